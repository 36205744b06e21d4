/**
 * One global assignment of columns to targets: each column feeds at most one target, each target comes from at
 * most one column, and the assignment with the best total evidence wins (Hungarian algorithm), rather than the
 * first column to claim a target. Evidence is squared so that one strong match is never traded for two weak ones.
 */

/**
 * For each row (column of the sheet), the index of the target it gets, or -1. `scores[i][j]` is the evidence that
 * row i feeds target j (0 = never).
 */
export function assign(scores: readonly (readonly number[])[]): number[] {
  const rows = scores.length;
  const cols = rows ? Math.max(...scores.map((r) => r.length)) : 0;
  const none = () => Array.from({ length: rows }, () => -1);
  if (!rows || !cols) return none();
  const at = (i: number, j: number) => {
    const s = scores[i][j] ?? 0;
    return s > 0 ? s * s : 0;
  };
  // the algorithm below wants no more rows than columns: transpose when the sheet has more columns than targets
  const transposed = rows > cols;
  const n = transposed ? cols : rows;
  const m = transposed ? rows : cols;
  const utility = transposed ? (i: number, j: number) => at(j, i) : at;
  const owner = hungarian(n, m, utility);
  const out = none();
  for (let j = 0; j < m; j++) {
    const i = owner[j];
    if (i < 0) continue;
    const [row, col] = transposed ? [j, i] : [i, j];
    if (at(row, col) > 0) out[row] = col;
  }
  return out;
}

/**
 * Maximum-utility assignment of n rows to m ≥ n columns (the classic O(n²m) potentials method, on costs =
 * −utility). Returns, for every column, its row or -1.
 */
function hungarian(n: number, m: number, utility: (i: number, j: number) => number): number[] {
  const INF = Number.MAX_VALUE;
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // p[j]: row (1-based) holding column j; 0 = none
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(INF);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = -utility(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const owner = Array.from({ length: m }, () => -1);
  for (let j = 1; j <= m; j++) if (p[j] > 0) owner[j - 1] = p[j] - 1;
  return owner;
}
