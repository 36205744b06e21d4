/**
 * Counting what a sheet's XML would make the spreadsheet library build — cells, rows, and the positions merged
 * areas and data validations cover — chunk by chunk, while the part is inflated, so a file is refused before it is
 * parsed. A small state machine over bytes: linear, no regex over the stream, nothing kept but the counts.
 */

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const MAX_NAME = 32;
const MAX_ATTRIBUTES = 65_536;

export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Cells covered by one reference ("B2", "A1:C3", "D:D", "2:5"), clamped to the grid; 0 when it is not a
 * reference.
 */
export function referenceArea(ref: string): number {
  const m = /^\$?([A-Z]{0,3})\$?(\d{0,7})(?::\$?([A-Z]{0,3})\$?(\d{0,7}))?$/.exec(ref.trim().toUpperCase());
  if (!m || (!m[1] && !m[2])) return 0;
  const [, c1, r1, c2 = c1, r2 = r1] = m;
  const left = c1 ? columnNumber(c1) : 1;
  const right = c2 ? columnNumber(c2) : EXCEL_COLUMNS;
  const top = r1 ? Number(r1) : 1;
  const bottom = r2 ? Number(r2) : EXCEL_ROWS;
  const width = Math.min(EXCEL_COLUMNS, Math.abs(right - left) + 1);
  const height = Math.min(EXCEL_ROWS, Math.abs(bottom - top) + 1);
  return width * height;
}

export interface CoveredRange {
  kind: 'merge' | 'validation' | 'name';
  range: string;
  area: number;
  name?: string;
}

function attribute(text: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(text);
  return m ? (m[2] ?? m[3]) : undefined;
}

const enum State {
  Text,
  Name,
  Skip,
  Attributes,
}

export class SheetXmlScanner {
  cells = 0;
  rows = 0;
  /** Positions covered by merged areas and data validations. */
  rangeCells = 0;
  largestRange: CoveredRange | undefined;

  private state = State.Text;
  private name = '';
  private capture: 'merge' | 'validation' | undefined;
  private attributes: number[] = [];

  push(chunk: Uint8Array): void {
    let i = 0;
    while (i < chunk.length) {
      switch (this.state) {
        case State.Text: {
          const at = chunk.indexOf(LT, i);
          if (at < 0) return;
          this.state = State.Name;
          this.name = '';
          i = at + 1;
          break;
        }
        case State.Name: {
          const b = chunk[i++];
          const delimiter = b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === GT || b === SLASH;
          if (!delimiter) {
            if (this.name === '' && (b === 0x21 || b === 0x3f)) this.state = State.Skip;
            else if (this.name.length < MAX_NAME) this.name += String.fromCharCode(b);
            break;
          }
          if (this.name === '') {
            this.state = b === GT ? State.Text : State.Skip; // "</…>" and stray "< "
            break;
          }
          this.element(this.name.slice(this.name.lastIndexOf(':') + 1));
          if (b === GT) this.closeTag();
          else this.state = this.capture ? State.Attributes : State.Skip;
          break;
        }
        case State.Skip: {
          const at = chunk.indexOf(GT, i);
          if (at < 0) return;
          this.state = State.Text;
          i = at + 1;
          break;
        }
        case State.Attributes: {
          const at = chunk.indexOf(GT, i);
          const end = at < 0 ? chunk.length : at;
          for (let k = i; k < end && this.attributes.length < MAX_ATTRIBUTES; k++)
            this.attributes.push(chunk[k]);
          if (at < 0) return;
          this.closeTag();
          i = at + 1;
          break;
        }
      }
    }
  }

  private element(local: string): void {
    if (local === 'c') this.cells++;
    else if (local === 'row') this.rows++;
    else if (local === 'mergeCell') this.capture = 'merge';
    else if (local === 'dataValidation') this.capture = 'validation';
  }

  private closeTag(): void {
    if (this.capture) {
      const text = String.fromCharCode(...this.attributes.slice(0, 4096)) + this.tail();
      const refs = attribute(text, this.capture === 'merge' ? 'ref' : 'sqref');
      if (refs) this.cover(this.capture, refs);
    }
    this.capture = undefined;
    this.attributes = [];
    this.state = State.Text;
  }

  /** Attribute bytes past the first 4 096, decoded in pieces (String.fromCharCode takes a bounded argument list). */
  private tail(): string {
    let out = '';
    for (let k = 4096; k < this.attributes.length; k += 4096)
      out += String.fromCharCode(...this.attributes.slice(k, k + 4096));
    return out;
  }

  private cover(kind: 'merge' | 'validation', refs: string): void {
    for (const ref of refs.split(/\s+/)) {
      const area = referenceArea(ref);
      if (!area) continue;
      this.rangeCells += area;
      if (!this.largestRange || area > this.largestRange.area) this.largestRange = { kind, range: ref, area };
    }
  }
}
