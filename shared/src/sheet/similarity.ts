import { normalizeText } from '../values';

/** Words of a label without diacritics or punctuation: "Số hồ sơ trễ hạn/tháng" -> [so, ho, so, tre, han, thang]. */
export function words(text: string): string[] {
  return normalizeText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
}

function bigrams(ws: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < ws.length; i++) out.add(`${ws[i - 1]} ${ws[i]}`);
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return (2 * common) / (a.size + b.size);
}

/**
 * Compares short column headers with the plan's (long) criterion titles. Headers are usually
 * abbreviations of titles, so the main term is how much of the header's weight the title covers;
 * words that occur in many titles ("tỷ lệ", "số") weigh less (inverse document frequency).
 */
export class TextMatcher {
  private readonly docs: { words: Set<string>; pairs: Set<string> }[][];
  private readonly df = new Map<string, number>();

  /**
   * One entry per target; each target may have several labels (Vietnamese, English, id). `tokenize` gives the ways
   * a text reads (one by default; the domain dictionary gives one per reading of an ambiguous abbreviation).
   */
  constructor(
    targets: string[][],
    private readonly tokenize: (text: string) => string[][] = (text) => [words(text)],
  ) {
    this.docs = targets.map((labels) =>
      labels.flatMap((l) => tokenize(l).map((ws) => ({ words: new Set(ws), pairs: bigrams(ws) }))),
    );
    for (const doc of this.docs) {
      const seen = new Set<string>();
      for (const label of doc) for (const w of label.words) seen.add(w);
      for (const w of seen) this.df.set(w, (this.df.get(w) ?? 0) + 1);
    }
  }

  private weight(w: string): number {
    return Math.log(1 + (this.docs.length + 1) / ((this.df.get(w) ?? 0) + 1));
  }

  /** Similarity 0..1 of a header with target i (best of its labels and of the header's readings). */
  score(header: string, i: number): number {
    let best = 0;
    for (const ws of this.tokenize(header)) best = Math.max(best, this.scoreWords(ws, i));
    return best;
  }

  /** Similarity 0..1 of a header already read into words with target i. */
  scoreWords(ws: readonly string[], i: number): number {
    const hw = new Set(ws);
    if (hw.size === 0) return 0;
    const hp = bigrams(ws);
    let best = 0;
    for (const label of this.docs[i]) {
      let total = 0;
      let covered = 0;
      let labelTotal = 0;
      for (const w of hw) {
        const wt = this.weight(w);
        total += wt;
        if (label.words.has(w)) covered += wt;
      }
      for (const w of label.words) labelTotal += this.weight(w);
      const containment = total ? covered / total : 0;
      const weightedDice = total + labelTotal ? (2 * covered) / (total + labelTotal) : 0;
      const s = 0.55 * containment + 0.25 * weightedDice + 0.2 * dice(hp, label.pairs);
      if (s > best) best = s;
    }
    return best;
  }
}
