/** Eighth-round workbooks, pinned through the CLI: what each must say. */
import { join } from 'node:path';
import { readLikeCli } from '../read-like-cli';
import { CORPUS_DIR } from '../report';

const read = (file: string, plan: string) => readLikeCli(join(CORPUS_DIR, file), plan);
const XA = 'phung-hiep-2023-xa';
const PB = 'phung-hiep-2023-phong-ban';

describe('the office’s statistics lines under the communes', () => {
  // ph-xa-43: before, "Số xã đạt", "Tỷ lệ xã đạt (%)", "Cao nhất", "Thấp nhất" were scored as four more communes
  it('are no units: ten communes are scored', async () => {
    const r = await read('ph-xa-43-dong-trung-binh-so-xa-dat-cao-thap.xlsx', XA);
    expect(r.exitCode).toBe(0);
    expect(r.units.map((u) => u.name)).not.toContainEqual(
      expect.stringMatching(/^(Số xã|Tỷ lệ xã|Cao|Thấp)/),
    );
    expect(r.response?.results).toHaveLength(10);
  });
});

describe('an English line under the Vietnamese header', () => {
  // ph-xa-39: before, the line "No. | Unit | …" was read as the start of another table, and no unit was read
  it('is part of the header: ten communes, each column by its Vietnamese title', async () => {
    const r = await read('ph-xa-39-tieu-de-viet-anh-ten-day-du.xlsx', XA);
    expect(r.exitCode).toBe(0);
    expect(r.response?.results).toHaveLength(10);
    const c = r.mapping?.columns.find((x) => x.target?.id === 'tc04');
    expect(c?.header).toBe('TL CBCC được tập huấn CĐS (%) / Officials trained in DT (%)');
  });
});

describe('"Số liệu | Điểm chuẩn | Điểm tự chấm | Điểm thẩm định | Ghi chú" under each criterion', () => {
  // ph-pb-27: before, eleven figures were below 80% (a rival in the points beside them) and the run refused
  it('reads the figure alone', async () => {
    const r = await read('ph-pb-27-so-lieu-diem-chuan-tu-cham-tham-dinh-ghi-chu.xlsx', PB);
    expect(r.exitCode).toBe(0);
    const fed = r.mapping?.columns.filter((c) => c.target?.kind === 'criterion') ?? [];
    expect(fed).toHaveLength(16);
    expect(fed.every((c) => c.header.endsWith('› Số liệu') && c.confidence >= 0.8)).toBe(true);
  });
});

describe('one "Có" merged across three criteria of a commune', () => {
  // ph-xa-41: before, the second and third criteria read blank and the communes were held
  it('is each criterion’s', async () => {
    const r = await read('ph-xa-41-o-co-gop-ngang-ba-tieu-chi.xlsx', XA);
    expect(r.exitCode).toBe(0);
    const first = r.units[0];
    expect([first.values.tc01, first.values.tc02, first.values.tc03]).toEqual(['Có', 'Có', 'Có']);
    expect(r.response?.results.every((u) => !u.flags.some((f) => f.code === 'missing-value'))).toBe(true);
  });
});

describe('a registration date typed as its quarter or its month', () => {
  // sxd-609-07: "Quý I/2022", "tháng 3/2022" against a deadline of 30/3/2022 — never read as the 1st
  it('holds the decisions that need it, naming what was typed', async () => {
    const r = await read('sxd-609-07-ngay-dang-ky-ghi-quy-thang.xlsx', 'kien-giang-sxd-609-cchc');
    expect(r.exitCode).toBe(0);
    const typed = (r.response?.results ?? []).flatMap((u) =>
      u.flags
        .filter((f) => f.code === 'invalid-fact')
        .map((f) => /"(Quý I\/2022|tháng 3\/2022)"/.exec(f.message)?.[1]),
    );
    expect(typed.sort()).toEqual(['Quý I/2022', 'Quý I/2022', 'tháng 3/2022', 'tháng 3/2022']);
  });
});

describe('counts exported with an English thousands comma ("1,153")', () => {
  // ph-xa-37: 1,153 or 1 153? Never guessed: the column is asked about, with both readings of its cells
  it('refuses, naming the column', async () => {
    const r = await read('ph-xa-37-xuat-tieng-anh-nghin-dau-phay.xlsx', XA);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/cột O "TC13\. SL HS nộp trực tuyến"/);
  });
});
