import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lawBasis } from '../../src/dossier/context';
import { longDate } from '../../src/dossier/text';
import {
  BLANK,
  documentText,
  dossierRequest,
  settingsFromPlan,
  type Dossier,
  type DossierDocument,
  type DossierSettings,
} from '../../src/dossier';
import { builtInPlan, builtInPlanDocument, builtInPlanIds } from '../../src/plans';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');

function example(planId: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(EXAMPLES, `${planId}.input.json`), 'utf8'));
}

/** The example's request; `zero`: its plan with missing values scored 0 (awards.missingValues), so its places are final. */
function request(planId: string, zero = false): Record<string, unknown> {
  const body = example(planId);
  if (!zero) return body;
  const plan = JSON.parse(JSON.stringify(builtInPlanDocument(planId))) as { awards: Record<string, unknown> };
  plan.awards.missingValues = 'zero';
  return { ...body, plan };
}

function draft(planId: string, dossier?: DossierSettings, zero = false): Dossier {
  const body = request(planId, zero);
  const outcome = dossierRequest({ ...body, options: { ...(body.options as object), dossier } });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.dossier;
}

const text = (doc: DossierDocument) => documentText(doc);
const byKind = (d: Dossier, kind: DossierDocument['kind']) => d.documents.filter((x) => x.kind === kind);
const one = (d: Dossier, kind: DossierDocument['kind']) => byKind(d, kind)[0];
const WAITING = 'Lý do chờ Hội đồng quyết định';
/** Rows naming `name` (second cell) in a document's tables: the proposed ones, or those waiting for the council. */
function rowsNaming(doc: DossierDocument, name: string, which: 'proposed' | 'waiting' = 'proposed'): number {
  return doc.body
    .flatMap((b) =>
      b.kind === 'table' && b.columns.some((c) => c.header === WAITING) === (which === 'waiting')
        ? b.rows
        : [],
    )
    .filter((row) => row[1]?.runs.map((r) => r.text).join('') === name).length;
}

describe('dossier of the Phụng Hiệp communes block (hand-checked against the example)', () => {
  // Xã Hiệp Hưng's missing values would hold every place under the plan's default: scored 0 here
  const d = draft('phung-hiep-2023-xa', undefined, true);

  it('under the plan as shipped (missing values hold the places they could change), nothing is proposed yet', () => {
    const held = draft('phung-hiep-2023-xa');
    expect(held.proposals).toEqual([]);
    expect(held.pending.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Thị trấn Cây Dương', 'Xã Hiệp Hưng']),
    );
  });

  it('proposes the four prize winners once each, with their amounts', () => {
    expect(d.proposals.map((p) => [p.name, p.award, p.prize])).toEqual([
      ['Thị trấn Cây Dương', 'Giải Nhất', 10_000_000],
      ['Thị trấn Kinh Cùng', 'Giải Nhì', 7_000_000],
      ['Xã Tân Bình', 'Giải Ba', 5_000_000],
      ['Thị trấn Búng Tàu', 'Giải Khuyến khích', 2_000_000],
    ]);
    expect(d.total).toBe(24_000_000);
    const list = byKind(d, 'danh-sach')[0];
    for (const p of d.proposals) expect([p.name, rowsNaming(list, p.name)]).toEqual([p.name, 1]);
    expect(text(list)).toContain('24.000.000 đồng (bằng chữ: Hai mươi tư triệu đồng)');
    expect(text(list)).toContain('Thị trấn Cây Dương | 198,68/200 điểm, xếp thứ 1 | Giải Nhất | 10.000.000');
  });

  it('holds the tied units for the council: never proposed, shown as waiting, with blanks for the decision', () => {
    const tied = ['Xã Bình Thành', 'Xã Thạnh Hòa'];
    // Xã Phương Phú waits too: a fact is missing, so whether it may be considered is not known
    expect(d.pending.map((p) => p.name)).toEqual([...tied, 'Xã Phương Phú']);
    for (const name of tied) expect(d.proposals.some((p) => p.name === name)).toBe(false);
    const decision = one(d, 'quyet-dinh');
    for (const name of tied) expect(rowsNaming(decision, name)).toBe(0);
    const minutes = text(one(d, 'bien-ban'));
    expect(minutes).toContain(
      'Xã Bình Thành | 170,3/200 điểm, xếp thứ 5 | Chờ Hội đồng quyết định: Giải Khuyến khích',
    );
    expect(minutes).toContain(`Hội đồng quyết định: ${BLANK}`);
    expect(minutes).toContain(`Kết quả biểu quyết: ${BLANK}/${BLANK} thành viên dự họp đồng ý.`);
    const list = text(byKind(d, 'danh-sach')[0]);
    expect(list).toContain('Chờ Hội đồng Thi đua – Khen thưởng quyết định (không thuộc danh sách đề nghị)');
    expect(text(one(d, 'to-trinh'))).toContain(
      'Xã Bình Thành (Giải Khuyến khích); Xã Thạnh Hòa (Giải Khuyến khích)',
    );
  });

  it('counts the individual commendations: 10 + 7 + 5 + 3, and 2 for each of the 6 other ranked units', () => {
    expect(d.commendations.reduce((s, c) => s + c.count, 0)).toBe(37);
    expect(d.documents.map((x) => x.fileName)).toEqual([
      '01-to-trinh',
      '02-danh-sach-01-giai-thuong-phong-trao-thi-dua',
      '02-danh-sach-ca-nhan',
      '03-bien-ban-hop-hoi-dong',
      '04-du-thao-quyet-dinh',
    ]);
  });

  it('cites the law in force, the plan and its due date; no achievement reports (the plan asks for none)', () => {
    const proposal = text(one(d, 'to-trinh'));
    expect(proposal).toContain('Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;');
    expect(proposal).toContain(
      'Căn cứ Kế hoạch số 167/KH-UBND ngày 08 tháng 8 năm 2023 của Ủy ban nhân dân huyện Phụng Hiệp, tỉnh Hậu Giang',
    );
    expect(proposal).toContain('Hạn gửi hồ sơ theo Kế hoạch số 167/KH-UBND: ngày 05/01/2024.');
    expect(proposal).toContain('Tổng số tiền thưởng: 24.000.000 đồng (bằng chữ: Hai mươi tư triệu đồng).');
    expect(byKind(d, 'bao-cao')).toHaveLength(0);
  });

  it('leaves every office field it was not given as a visible blank, never invented', () => {
    const proposal = text(one(d, 'to-trinh'));
    expect(proposal).toContain(`Số: ${BLANK}/TTr-${BLANK}`);
    expect(proposal).toContain(`Kính gửi: ${BLANK}`);
    expect(proposal).toContain(`${BLANK}, ngày …… tháng …… năm ……`);
    expect(proposal).toContain(`Nguồn kinh phí khen thưởng: ${BLANK}.`);
    expect(text(one(d, 'quyet-dinh'))).toContain(`Số: ${BLANK}/QĐ-${BLANK}`);
    expect(d.blanks).toEqual(expect.arrayContaining(['issuer', 'number', 'signerName', 'fundingSource']));
  });
});

describe('settings fill the blanks', () => {
  const settings: DossierSettings = {
    superior: 'Ủy ban nhân dân huyện Phụng Hiệp',
    issuer: 'Phòng Văn hóa và Thông tin',
    symbol: 'VHTT',
    number: '12',
    place: 'Phụng Hiệp',
    date: '2024-01-03',
    submitTo: 'Chủ tịch Ủy ban nhân dân huyện Phụng Hiệp',
    signerPrefix: 'KT.',
    signerOn: 'Trưởng phòng',
    signerTitle: 'Phó Trưởng phòng',
    signerName: 'Nguyễn Văn An',
    fundingSource: 'Quỹ thi đua, khen thưởng huyện năm 2024',
    recipients: ['Hội đồng Thi đua – Khen thưởng huyện'],
  };
  const d = draft('phung-hiep-2023-xa', settings);
  const proposal = text(one(d, 'to-trinh'));

  it('writes the header, number, place and date, signer and recipients as given', () => {
    expect(proposal).toContain(
      'ỦY BAN NHÂN DÂN HUYỆN PHỤNG HIỆP\nPHÒNG VĂN HÓA VÀ THÔNG TIN\nSố: 12/TTr-VHTT',
    );
    expect(proposal).toContain('Phụng Hiệp, ngày 03 tháng 01 năm 2024');
    expect(proposal).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân huyện Phụng Hiệp');
    expect(proposal).toContain('KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\nNguyễn Văn An');
    expect(proposal).toContain('- Như trên;\n- Hội đồng Thi đua – Khen thưởng huyện;\n- Lưu: VT.');
    expect(proposal).toContain('Nguồn kinh phí khen thưởng: Quỹ thi đua, khen thưởng huyện năm 2024.');
    expect(proposal).not.toContain(`Số: ${BLANK}`);
    expect(d.blanks).not.toEqual(expect.arrayContaining(['issuer']));
    expect(d.blanks).toContain('decisionIssuer');
    // The lists point back to the proposal they go with.
    expect(text(byKind(d, 'danh-sach')[0])).toContain(
      '(Kèm theo Tờ trình số 12/TTr-VHTT ngày 03 tháng 01 năm 2024 của Phòng Văn hóa và Thông tin)',
    );
  });

  it('reads settings from the plan parameters dossier-…, request options winning field by field', () => {
    // missing values scored 0, so the places (and their achievement reports) are final
    const plan = { ...builtInPlan('phung-hiep-2023-xa')!.plan };
    plan.awards = { ...plan.awards, missingValues: 'zero' };
    const withParams = {
      ...plan,
      parameters: [
        { id: 'dossier-issuer', label: 'Cơ quan', value: 'Phòng Nội vụ' },
        { id: 'dossier-recipients', label: 'Nơi nhận', value: 'UBND huyện; Lưu hồ sơ' },
        {
          id: 'dossier-members',
          label: 'Thành viên',
          value: 'Trần Văn B | Phó Chủ tịch UBND huyện | Chủ tịch Hội đồng',
        },
        { id: 'dossier-members-total', label: 'Tổng số', value: 9 },
        { id: 'dossier-achievement-reports', label: 'Báo cáo', value: 'có' },
        { id: 'other', label: 'Không liên quan', value: 1 },
      ],
    };
    const read = settingsFromPlan(withParams);
    expect(read).toEqual({
      ok: true,
      settings: {
        issuer: 'Phòng Nội vụ',
        recipients: ['UBND huyện', 'Lưu hồ sơ'],
        members: [{ name: 'Trần Văn B', position: 'Phó Chủ tịch UBND huyện', role: 'Chủ tịch Hội đồng' }],
        membersTotal: 9,
        achievementReports: true,
      },
    });
    const body = example('phung-hiep-2023-xa');
    const outcome = dossierRequest({
      ...body,
      plan: withParams,
      options: { dossier: { issuer: 'Phòng Văn hóa' } },
    });
    if (!outcome.ok) throw new Error(outcome.title);
    expect(outcome.settings.issuer).toBe('Phòng Văn hóa');
    expect(outcome.settings.membersTotal).toBe(9);
    expect(text(one(outcome.dossier, 'bien-ban'))).toContain('có mặt 1/9 thành viên');
    expect(byKind(outcome.dossier, 'bao-cao')).toHaveLength(4);
  });

  it('names the parameter or the option that is wrong', () => {
    const plan = builtInPlan('phung-hiep-2023-xa')!.plan;
    const bad = settingsFromPlan({
      ...plan,
      parameters: [{ id: 'dossier-date', label: 'Ngày', value: '03/01/2024' }],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]).toMatchObject({ path: 'plan.parameters[0].value' });
    const body = example('phung-hiep-2023-xa');
    const outcome = dossierRequest({ ...body, options: { dossier: { signerName: 5, nope: 'x' } } });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.status).toBe(400);
      expect(outcome.problems.map((p) => p.path)).toEqual(
        expect.arrayContaining(['options.dossier.signerName', 'options.dossier.nope']),
      );
    }
  });
});

describe('plans with award decisions', () => {
  it('609: every granted award listed once under its form; over-quota candidates wait for the council', () => {
    const d = draft('kien-giang-sxd-609-cchc');
    const key = (p: { unitId: string; award: string }) => `${p.unitId}/${p.award}`;
    expect(new Set(d.proposals.map(key)).size).toBe(d.proposals.length);
    for (const doc of byKind(d, 'danh-sach')) {
      const form = doc.subtitle[0].replace(/^Đề nghị tặng /, '');
      for (const p of d.proposals.filter((x) => x.form === form))
        expect([doc.fileName, p.name, rowsNaming(doc, p.name)]).toEqual([
          doc.fileName,
          p.name,
          d.proposals.filter((x) => x.form === form && x.unitId === p.unitId).length,
        ]);
    }
    // Nguyễn Văn A2 is proposed for nothing: it waits for the period Bằng khen (quota of 2 individuals), and for the
    // yearly one, since Phạm Văn X's collective cannot be followed and counts in phong-a's quota of 2 meanwhile.
    const bk = byKind(d, 'danh-sach').find((x) => x.fileName.includes('bang-khen'))!;
    expect([rowsNaming(bk, 'Nguyễn Văn A2'), rowsNaming(bk, 'Nguyễn Văn A2', 'waiting')]).toEqual([0, 1]);
    expect(d.proposals.some((p) => p.unitId === 'cn-a2')).toBe(false);
    expect(d.pending.find((p) => p.unitId === 'cn-a2')?.awards).toEqual([
      'Bằng khen của Chủ tịch UBND tỉnh cho cá nhân (giai đoạn 2021–2025)',
      'Bằng khen của Chủ tịch UBND tỉnh cho cá nhân (hằng năm)',
    ]);
    // Phòng Quản lý nhà is second for the one period Bằng khen: held, not proposed.
    const held = d.pending.find((p) => p.unitId === 'phong-b');
    expect(held?.awards).toEqual(['Bằng khen của Chủ tịch UBND tỉnh cho tập thể (giai đoạn 2021–2025)']);
    expect(d.proposals.some((p) => p.unitId === 'phong-b')).toBe(false);
    // 46.800.000 less Nguyễn Văn A2's yearly 3.510.000, now waiting
    expect(d.total).toBe(43_290_000);
    expect(d.dueDate).toBe('2026-01-22');
    // The plan asks for achievement reports: one per proposed unit, prefilled with its CCHC ratings.
    const reports = byKind(d, 'bao-cao');
    expect(reports).toHaveLength(new Set(d.proposals.map((p) => p.unitId)).size);
    expect(text(reports[0])).toContain(
      'Xếp loại kết quả thực hiện nhiệm vụ CCHC năm | 2021: tốt; 2022: xuất sắc; 2023: xuất sắc; 2024: tốt; 2025: xuất sắc',
    );
    expect(text(one(d, 'to-trinh'))).toContain('Căn cứ Nghị định số 152/2025/NĐ-CP');
  });

  it('243 (2023): statutory amounts and the dossier sets the plan counts by form', () => {
    const d = draft('kien-giang-243-2023');
    const proposal = text(one(d, 'to-trinh'));
    expect(proposal).toContain('1 | Bằng khen của Thủ tướng Chính phủ | 1 | 0 | 12.600.000 | 02');
    expect(proposal).toContain(
      'Tổng số tiền thưởng: 25.200.000 đồng (bằng chữ: Hai mươi lăm triệu hai trăm nghìn đồng).',
    );
    expect(proposal).toContain(`Hạn gửi hồ sơ: ${BLANK} (kế hoạch không ghi hạn).`);
  });

  it('a tier without prize money is left to the council, not counted as zero', () => {
    // Phòng Giáo dục's unreadable values would hold Phòng Nội vụ's place: scored 0 here
    const d = draft('phung-hiep-2023-phong-ban', undefined, true);
    const unset = d.proposals.filter((p) => p.prize === null);
    expect(unset.map((p) => p.name)).toEqual(['Viettel Phụng Hiệp', 'Phòng Nội vụ']);
    expect(text(one(d, 'quyet-dinh'))).toContain('(chưa gồm 2 trường hợp do Hội đồng quyết định mức thưởng)');
    expect(text(byKind(d, 'danh-sach')[0])).toContain(`Giải Khuyến khích | Hội đồng quyết định ${BLANK}`);
  });

  it('drafts in Vietnamese whatever language the scoring was asked in', () => {
    const body = example('kien-giang-sxd-cds-2022-2025');
    const outcome = dossierRequest({ ...body, options: { lang: 'en' } });
    if (!outcome.ok) throw new Error(outcome.title);
    expect(outcome.response.lang).toBe('vi');
    expect(outcome.dossier.documents[0].title).toBe('TỜ TRÌNH');
  });
});

describe('every built-in plan', () => {
  it.each(builtInPlanIds())('%s: totals agree with the scoring and held awards are never proposed', (id) => {
    const body = example(id);
    const outcome = dossierRequest(body);
    if (!outcome.ok) throw new Error(outcome.title);
    const { dossier, response } = outcome;
    expect(dossier.total).toBe(response.summary.prizeFundUsed);
    const held = new Set(
      response.results.flatMap((u) => [
        ...u.pendingTiers.map((t) => `${u.unitId}/${t}`),
        ...(u.decisions ?? [])
          .filter((x) => !x.granted && ['tie', 'overQuota'].includes(x.status))
          .map((x) => `${u.unitId}/${x.id}`),
      ]),
    );
    const proposed = new Set(
      response.results.flatMap((u) => [
        ...(u.award && !u.decisions?.length ? [`${u.unitId}/${u.award.tier}`] : []),
        ...(u.decisions ?? []).filter((x) => x.granted).map((x) => `${u.unitId}/${x.id}`),
      ]),
    );
    expect(dossier.proposals).toHaveLength(proposed.size);
    for (const key of held) expect(proposed.has(key)).toBe(false);
    expect(dossier.documents.length).toBeGreaterThanOrEqual(4);
  });
});

describe('dates and legal basis', () => {
  it('writes dates as NĐ 30 does: leading zero for days below 10 and months below 3', () => {
    expect(longDate('2024-01-05')).toEqual([{ text: 'ngày 05 tháng 01 năm 2024' }]);
    expect(longDate('2023-08-08')).toEqual([{ text: 'ngày 08 tháng 8 năm 2023' }]);
    expect(longDate('2023-12-31')).toEqual([{ text: 'ngày 31 tháng 12 năm 2023' }]);
  });

  it('cites the decree in force on the date', () => {
    expect(lawBasis('2025-07-01')[1]).toContain('152/2025/NĐ-CP');
    expect(lawBasis('2025-06-30')[1]).toContain('98/2023/NĐ-CP');
    expect(lawBasis('2023-12-31')[0]).toContain('năm 2003');
  });
});

describe('awards waiting for data are listed as waiting, never proposed', () => {
  it('Đồng Tháp: the off-scale rating "Tốt" of Phòng Đấu thầu holds its Bằng khen and Giấy khen', () => {
    const d = draft('dong-thap-skhdt-cds-2021-2025');
    const held = d.pending.find((p) => p.unitId === 'phong-e');
    expect(held?.awards).toEqual(['Bằng khen của Chủ tịch UBND tỉnh', 'Giấy khen của Giám đốc Sở']);
    expect(held?.why).toMatch(/Chưa đủ dữ liệu/);
    expect(d.proposals.some((p) => p.unitId === 'phong-e')).toBe(false);
  });

  it('Phụng Hiệp under hold: a place waiting for Xã Hiệp Hưng’s missing values says so', () => {
    const d = draft('phung-hiep-2023-xa');
    const first = d.pending.find((p) => p.unitId !== 'hiep-hung' && !/Đồng điểm/.test(p.why));
    expect(first?.why).toMatch(/Hiệp Hưng/);
  });
});

describe('the dossier is drafted from the answer /score gives for the same body', () => {
  it('keys it cannot read are flagged on the unit, and every criterion is explained', () => {
    const body = example('phung-hiep-2023-xa') as { units: { values: Record<string, unknown> }[] };
    body.units[0].values = JSON.parse(`{"__proto__": 5, ${JSON.stringify(body.units[0].values).slice(1)}`);
    const outcome = dossierRequest(body);
    if (!outcome.ok) throw new Error(outcome.title);
    const [first] = outcome.response.results.filter((r) =>
      r.flags.some((f) => f.code === 'unknown-criterion'),
    );
    expect(first?.flags.find((f) => f.code === 'unknown-criterion')?.message).toMatch(/__proto__/);
    expect(outcome.response.results.every((r) => Array.isArray(r.criteria))).toBe(true);
  });
});
