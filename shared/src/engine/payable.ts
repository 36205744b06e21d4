/**
 * The most the places still open could pay to the units waiting for them: each unit takes one place at most (a
 * unit waiting on Nhất, Nhì and Ba gets one of them), each tier at most its places held. Places are taken in order
 * of their prize, each kept if the units can still be matched to every place kept (a transversal matroid: the
 * greedy choice is the best one).
 */
export function mostPayable(
  tiers: readonly { held: number; prize: number | null; pending: readonly string[] }[],
): number {
  const places = tiers
    .flatMap((t, k) => Array.from({ length: t.held }, () => ({ k, prize: t.prize ?? 0 })))
    .filter((p) => p.prize > 0)
    .sort((a, b) => b.prize - a.prize || a.k - b.k);
  const holder = new Map<string, number>(); // unit → the kept place it is matched to
  /** Whether place p can be given a unit, moving others along an augmenting path. */
  const assign = (p: number, seen: Set<string>): boolean => {
    for (const unit of tiers[places[p].k].pending) {
      if (seen.has(unit)) continue;
      seen.add(unit);
      const other = holder.get(unit);
      if (other === undefined || assign(other, seen)) {
        holder.set(unit, p);
        return true;
      }
    }
    return false;
  };
  let total = 0;
  for (let p = 0; p < places.length; p++)
    if (assign(p, new Set())) {
      total += places[p].prize;
    }
  return total;
}
