/**
 * An award whose prize the plan's document does not set (prize: null — the council decides the amount): the
 * proposals sheet and the dossier never let a sum read as if it were the whole. The sheet's list says, under the
 * table, which prize is for the council to set; the list and the minutes say how many cases their total leaves out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WriteBlock } from '../../src/sheet/model';
import { buildProposalsSheet } from '../../src/sheet/writing';
import { documentText, dossierRequest } from '../../src/dossier';
import { smallPlan, smallResponse } from './fixtures';

const texts = (blocks: WriteBlock[]) =>
  blocks.flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === 'string');

describe('the proposals sheet with a prize the document does not set', () => {
  const plan = smallPlan();
  const response = smallResponse(plan);

  it('has the unit with no amount and, under its table, the line saying the council sets it', () => {
    const kk = response.results.find((u) => u.award?.tier === 'kk');
    expect(kk?.award?.prize).toBeNull();
    const part = buildProposalsSheet('Đề nghị', response, plan, 'vi', '2024-01-05');
    const all = texts(part.blocks);
    const note =
      'Văn bản không quy định tiền thưởng cho Giải Khuyến khích: Hội đồng cần quyết định mức thưởng';
    expect(all.filter((t) => t === note)).toHaveLength(1);
    // right under the sum of its award form
    const at = (text: string) => part.blocks.find((b) => b.values.flat().includes(text))?.at.row ?? -1;
    const sum = part.blocks.find((b) => b.values.some((r) => r[1] === 'Cộng'));
    const sumRow = (sum?.at.row ?? 0) + (sum?.values.findIndex((r) => r[1] === 'Cộng') ?? 0);
    expect(at(note)).toBe(sumRow + 1);
    const en = texts(buildProposalsSheet('Proposals', response, plan, 'en', '2024-01-05').blocks);
    expect(en.some((t) => t.startsWith('The document sets no prize money for'))).toBe(true);
  });

  it('has no such line when every prize is set', () => {
    const all = smallPlan();
    const set = {
      ...all,
      awards: { ...all.awards, tiers: all.awards.tiers.map((t) => ({ ...t, prize: 1_000_000 })) },
    };
    const part = buildProposalsSheet('Đề nghị', smallResponse(set), set, 'vi', '2024-01-05');
    expect(texts(part.blocks).some((t) => t.startsWith('Văn bản không quy định tiền thưởng'))).toBe(false);
  });
});

describe('the dossier’s totals with a prize the document does not set', () => {
  const body = JSON.parse(
    readFileSync(join(__dirname, '../../../examples/phung-hiep-2023-phong-ban.input.json'), 'utf8'),
  );
  const outcome = dossierRequest(body);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  const doc = (kind: string) =>
    documentText(
      outcome.dossier.documents.find((d) => d.kind === kind) as (typeof outcome.dossier.documents)[0],
    );

  it('the list and the minutes say how many cases their total leaves out', () => {
    expect(doc('danh-sach')).toContain(
      'tổng số tiền thưởng: 0 đồng (bằng chữ: Không đồng), chưa gồm 1 trường hợp do Hội đồng quyết định mức thưởng.',
    );
    expect(doc('bien-ban')).toContain(
      'Tổng số tiền thưởng: 0 đồng (bằng chữ: Không đồng), chưa gồm 1 trường hợp do Hội đồng quyết định mức thưởng.',
    );
  });
});
