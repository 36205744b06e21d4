/**
 * Every document of every built-in plan's dossier, drafted from the example data, rendered as .docx and converted
 * to PDF by LibreOffice headless in one run: the text (pdftotext) and page count of each are checked, and page 1
 * of each is kept as a picture in test-results/dossier/documents/. CI installs libreoffice-writer-nogui and poppler-utils
 * (.ci/run); a missing tool is a broken environment, never a reason to skip.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDossier } from '../../adapters/docx';
import { dossierRequest, type Dossier, type DossierDocument } from '../../src/dossier';
import { moneyInWords } from '../../src/values';
import { builtInPlan, builtInPlanIds } from '../../src/plans';

const ROOT = join(__dirname, '..', '..', '..');
const SHOTS = join(ROOT, 'test-results', 'dossier', 'documents');
/** Page counts an office would accept for the example data (a list of four units on eight pages is a layout bug). */
const PAGES: Record<DossierDocument['kind'], [number, number]> = {
  'to-trinh': [1, 3],
  'danh-sach': [1, 4],
  'bien-ban': [2, 6],
  'quyet-dinh': [1, 3],
  'bao-cao': [1, 4],
};

function tool(name: string, pkg: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  if (!found)
    throw new Error(
      `${name} is not on PATH: apt-get install --no-install-recommends ${pkg} (as .ci/run does)`,
    );
  return found;
}

/**
 * Folds what the PDF's text layer changes in wrapped, justified text: line breaks, spaces that justification
 * splits words with ("c ải"), and the hyphen dropped when a line ends on one ("167/KH-" + "UBND").
 */
const squeeze = (text: string) => text.replace(/-/g, '').replace(/\s+/g, '');

/** pdftotext -layout: lines top to bottom as printed, table cells side by side. */
function pdfText(pdf: string): string {
  return squeeze(
    execFileSync(tool('pdftotext', 'poppler-utils'), ['-layout', '-enc', 'UTF-8', pdf, '-'], {
      encoding: 'utf8',
    }),
  );
}

/**
 * A table cell that wraps is printed line by line beside the other cells ("Văn phòng Sở (đạt 7/8, đề nghị Bằng" +
 * the next cells + "khen)"): its words come in reading order, with other cells' words between.
 */
function inOrder(text: string, phrase: string): boolean {
  let at = 0;
  for (const word of phrase.split(/\s+/).map(squeeze).filter(Boolean)) {
    const found = text.indexOf(word, at);
    if (found < 0) return false;
    at = found + word.length;
  }
  return true;
}

function pages(pdf: string): number {
  const info = execFileSync(tool('pdfinfo', 'poppler-utils'), [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

const money = (n: number) => n.toLocaleString('de-DE');

interface Drafted {
  planId: string;
  dossier: Dossier;
  files: { doc: DossierDocument; path: string }[];
}

describe('dossier documents open in LibreOffice and read as written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-dossier-'));
  const drafted: Drafted[] = [];

  beforeAll(async () => {
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    for (const planId of builtInPlanIds()) {
      const body = JSON.parse(readFileSync(join(ROOT, 'examples', `${planId}.input.json`), 'utf8'));
      const outcome = dossierRequest(body);
      if (!outcome.ok) throw new Error(`${planId}: ${outcome.title}`);
      const rendered = await renderDossier(outcome.dossier);
      const files = outcome.dossier.documents.map((doc, i) => {
        const path = join(dir, `${planId}--${rendered.files[i].name}`);
        writeFileSync(path, rendered.files[i].data);
        return { doc, path };
      });
      drafted.push({ planId, dossier: outcome.dossier, files });
    }
    const lo =
      spawnSync('sh', ['-c', 'command -v libreoffice || command -v soffice'], {
        encoding: 'utf8',
      }).stdout.trim() || tool('libreoffice', 'libreoffice-writer-nogui');
    // One LibreOffice start for every document (the start dominates the time), with a private profile.
    execFileSync(
      lo,
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...drafted.flatMap((d) => d.files.map((f) => f.path)),
      ],
      { stdio: 'pipe', timeout: 240_000 },
    );
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(builtInPlanIds())(
    '%s: every document converts, within its page bounds, with its text',
    (planId) => {
      const d = drafted.find((x) => x.planId === planId);
      if (!d) throw new Error(`${planId} was not drafted`);
      const plan = builtInPlan(planId)!.plan;
      const { dossier } = d;
      for (const { doc, path } of d.files) {
        const pdf = path.replace(/\.docx$/, '.pdf');
        expect([doc.fileName, existsSync(pdf)]).toEqual([doc.fileName, true]);
        const n = pages(pdf);
        const [min, max] = PAGES[doc.kind];
        expect([doc.fileName, n >= min && n <= max ? 'in bounds' : `${n} pages`]).toEqual([
          doc.fileName,
          'in bounds',
        ]);
        const text = pdfText(pdf);
        const check = (s: string, found: boolean) =>
          expect([doc.fileName, found ? s : `missing: ${s}`]).toEqual([doc.fileName, s]);
        const has = (s: string) => check(s, text.includes(squeeze(s)));
        has('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        has('Độc lập - Tự do - Hạnh phúc');
        has(doc.title);
        const listed =
          doc.kind === 'danh-sach'
            ? dossier.proposals.filter((p) => doc.subtitle[0] === `Đề nghị tặng ${p.form}`)
            : doc.kind === 'bao-cao'
              ? dossier.proposals.filter((p) => doc.label.endsWith(p.name))
              : doc.kind === 'to-trinh'
                ? []
                : dossier.proposals;
        for (const p of listed) {
          check(p.name, inOrder(text, p.name));
          if (p.prize !== null && doc.kind !== 'bao-cao') has(money(p.prize));
        }
        if (doc.kind === 'to-trinh' || doc.kind === 'bien-ban' || doc.kind === 'quyet-dinh') {
          has(plan.source.number);
          if (dossier.proposals.length) {
            has(`${money(dossier.total)} đồng`);
            has(moneyInWords(dossier.total));
          }
        }
        if (doc.kind === 'danh-sach' && listed.length)
          has(moneyInWords(listed.reduce((s, p) => s + (p.prize ?? 0), 0)));
        if (doc.kind === 'to-trinh' && dossier.dueDate) {
          const [y, m, day] = dossier.dueDate.split('-');
          has(`${day}/${m}/${y}`);
        }
      }
    },
  );

  it('keeps a picture of page 1 of each document in test-results/dossier/documents/', () => {
    const pdftoppm = tool('pdftoppm', 'poppler-utils');
    for (const d of drafted)
      for (const { doc, path } of d.files) {
        const out = join(SHOTS, `${d.planId}--${doc.fileName}`);
        execFileSync(pdftoppm, [
          '-png',
          '-r',
          '60',
          '-f',
          '1',
          '-l',
          '1',
          '-singlefile',
          path.replace(/\.docx$/, '.pdf'),
          out,
        ]);
        expect([doc.fileName, existsSync(`${out}.png`)]).toEqual([doc.fileName, true]);
      }
  });
});
