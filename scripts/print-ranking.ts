// Prints the ranking and awards of the built-in sample data, block by block (npm run demo).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreRequest } from '../shared/src/api/score-request';
import { formatMoney, formatPoints } from '../shared/src/values';

const samples = ['phung-hiep-2023-xa', 'phung-hiep-2023-phong-ban'];
const pad = (s: string, n: number) => (s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length));

for (const id of samples) {
  const body = JSON.parse(readFileSync(join(__dirname, '..', 'examples', `${id}.input.json`), 'utf8'));
  const out = scoreRequest(body);
  if (!out.ok) {
    console.error(`${id}: ${out.title}`);
    for (const p of out.problems) console.error(`  ${p.path}: ${p.message}`);
    process.exitCode = 1;
    continue;
  }
  const { response } = out;
  for (const block of response.summary.blocks) {
    console.log(`\n${block.name} — kế hoạch ${response.planId} v${response.planVersion}`);
    console.log(
      `${pad('Hạng', 5)}${pad('Đơn vị', 42)}${pad('Tổng', 8)}${pad('Giải', 20)}${pad('Tiền thưởng', 13)}Ghi chú`,
    );
    for (const r of response.results.filter((x) => x.block === block.block)) {
      const award = r.award?.name ?? (r.pendingTiers.length ? 'chờ Hội đồng' : '');
      const prize = r.award?.prize != null ? formatMoney(r.award.prize) : '';
      const note = r.reasons[0] ?? r.flags.find((f) => f.code !== 'prize-not-specified')?.message ?? '';
      console.log(
        `${pad(String(r.rank ?? '—'), 5)}${pad(r.name, 42)}${pad(formatPoints(r.total), 8)}${pad(award, 20)}${pad(prize, 13)}${note}`,
      );
    }
    console.log(
      `Tiền thưởng đã dùng: ${formatMoney(block.prizeFundUsed)} / ${block.prizeFundPlanned === null ? '—' : formatMoney(block.prizeFundPlanned)} đồng; ` +
        `không xét: ${block.excluded}; chưa đủ dữ liệu: ${block.incomplete}; đồng hạng chờ Hội đồng: ${block.ties.length}`,
    );
    for (const t of block.ties) console.log(`  ⚖ ${t.message}`);
  }
}
