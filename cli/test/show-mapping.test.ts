/**
 * `--show-mapping`: the CLI prints the mapping the pane's step 2 shows — each column's letter, full title, sample
 * values, target, confidence and why, and the plan items no column feeds — on stderr, in either language.
 */
import { join } from 'node:path';
import { runCli } from '../src/run';
import { captureIo, EXAMPLES } from './helpers';

const TWO_SOURCES = join(EXAMPLES, 'corpus', 'ph-xa-08-hai-nguon-cung-tieu-chi.xlsx');
const PLAN = 'phung-hiep-2023-xa';

async function run(args: string[]) {
  const io = captureIo();
  const code = await runCli(args, io);
  return { code, out: io.out, err: io.err };
}

describe('--show-mapping', () => {
  it('validate prints every column with title, samples, target, confidence and why, then what nothing feeds', async () => {
    const res = await run(['validate', '--plan', PLAN, TWO_SOURCES, '--show-mapping']);
    expect(res.err).toContain('Cách ghép cột, trang "Tong hop":');
    expect(res.err).toContain(
      '  Cột E: "Dịch vụ công trực tuyến › TL HS giải quyết trực tuyến (xã tự báo cáo)',
    );
    expect(res.err).toMatch(/\n {6}mẫu: \S+ · \S+ · \S+\n/);
    expect(res.err).toMatch(
      /→ Tiêu chí 8 — Tỷ lệ hồ sơ giải quyết trực tuyến .*\(\d+%, chưa chắc — cần xác nhận\)/,
    );
    expect(res.err).toMatch(/vì: .*gần bằng cột D — cần kiểm tra/);
    expect(res.err).toMatch(/Cột D: .*\n.*\n {6}→ không dùng\n {6}vì: .*nhưng cột E khớp chắc chắn hơn/);
    expect(res.err).toContain('Mục của kế hoạch chưa có cột nào:\n  - Tiêu chí 1 — ');
    // stdout is still the command's own output
    expect(res.out).not.toContain('Cách ghép cột');
  });

  it('speaks English with --lang en, and score refuses after printing it (the column is uncertain)', async () => {
    const res = await run(['score', '--plan', PLAN, TWO_SOURCES, '--show-mapping', '--lang', 'en', '--json']);
    expect(res.code).toBe(1);
    expect(res.err).toContain('Column mapping, sheet "Tong hop":');
    expect(res.err).toMatch(/→ Criterion 8 — .*\(\d+%, uncertain — confirm it\)/);
    expect(res.err).toContain('values are percentages');
    expect(res.err).toMatch(/uncertain column.*must be confirmed/);
  });

  it('prints nothing of the sort without the flag', async () => {
    const res = await run(['validate', '--plan', PLAN, TWO_SOURCES]);
    expect(res.err).not.toContain('Cách ghép cột');
  });
});
