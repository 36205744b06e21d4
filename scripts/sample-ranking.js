#!/usr/bin/env node
// The ranking and awards of the built-in sample data, block by block, as a plain table.
// `npm start` prints it from the running API; `npm run demo` prints it from the engine directly.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const SAMPLES = ['phung-hiep-2023-xa', 'phung-hiep-2023-phong-ban'];
// The core's main entry as bundled by `npm run build:functions` (plain Node cannot load its TypeScript sources).
const core = () => require(path.join(root, 'functions', 'dist', 'core.js'));

function sampleBody(id) {
  return JSON.parse(fs.readFileSync(path.join(root, 'examples', `${id}.input.json`), 'utf8'));
}

const pad = (s, n) => (s.length >= n ? `${s.slice(0, n - 2)}… ` : s.padEnd(n));

/** Lines of a ranking table for one score response (Vietnamese). */
function rankingLines(response) {
  const { formatMoney, formatPoints } = core();
  const lines = [];
  for (const block of response.summary.blocks) {
    lines.push('', `${block.name} — kế hoạch ${response.planId} v${response.planVersion}`);
    lines.push(
      `${pad('Hạng', 5)}${pad('Đơn vị', 38)}${pad('Tổng', 8)}${pad('Giải', 19)}${pad('Tiền thưởng', 12)}Ghi chú`,
    );
    for (const r of response.results.filter((x) => x.block === block.block)) {
      const award = r.award ? r.award.name : r.pendingTiers.length ? 'chờ Hội đồng' : '';
      const prize = r.award && r.award.prize != null ? formatMoney(r.award.prize) : '';
      const firstFlag = r.flags.find(
        (f) => f.code !== 'prize-not-specified' && f.code !== 'tie-at-tier-boundary',
      );
      const note = r.reasons[0] || (firstFlag ? firstFlag.message : '');
      lines.push(
        `${pad(String(r.rank ?? '—'), 5)}${pad(r.name, 38)}${pad(formatPoints(r.total), 8)}${pad(award, 19)}${pad(prize, 12)}${note}`,
      );
    }
    const planned = block.prizeFundPlanned === null ? '—' : formatMoney(block.prizeFundPlanned);
    lines.push(
      `Tiền thưởng: ${formatMoney(block.prizeFundUsed)} / ${planned} đồng; không xét: ${block.excluded}; ` +
        `chưa đủ dữ liệu: ${block.incomplete}; đồng hạng chờ Hội đồng: ${block.ties.length}`,
    );
    for (const t of block.ties) lines.push(`  ⚖ ${t.message}`);
  }
  return lines;
}

/** Score the samples through a running API and print the tables. */
async function printFromApi(baseUrl) {
  for (const id of SAMPLES) {
    const res = await fetch(`${baseUrl}/api/score`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(sampleBody(id)),
    });
    if (!res.ok) throw new Error(`POST /api/score (${id}) → ${res.status}`);
    console.log(rankingLines(await res.json()).join('\n'));
  }
}

function printFromEngine() {
  const { scoreRequest } = core();
  for (const id of SAMPLES) {
    const out = scoreRequest(sampleBody(id));
    if (!out.ok) {
      console.error(`${id}: ${out.title}`);
      for (const p of out.problems) console.error(`  ${p.path}: ${p.message}`);
      process.exitCode = 1;
      continue;
    }
    console.log(rankingLines(out.response).join('\n'));
  }
}

module.exports = { printFromApi, rankingLines };
if (require.main === module) printFromEngine();
