/**
 * The coverage rule and confidence: a column mapped below high confidence, not confirmed by the official, counts as
 * not mapped — scoring waits (the pane's confirmation, the CLI's --allow-partial) and the message names the column,
 * its target, its confidence and why. Confirmed, it counts like any other.
 */
import {
  mappingCoverage,
  partialMappingProblem,
  scoringGate,
  uncertainColumns,
  uncertainItemText,
} from '../../src/workflow';
import { idSheet, proposed, workflowPlan } from './helpers';

const plan = workflowPlan();
const all = idSheet(
  'Bảng',
  ['yn', 'rate', 'online', 'late', 'cchc_2021', 'cchc_2022'],
  [
    ['Xã A', 'Khối A', 'Có', 85, 90, 0, 'Tốt', 'Kém'],
    ['Xã B', 'Khối B', 'Không', 70, 60, 1, 'Kém', 'Tốt'],
  ],
);
const sure = proposed(all, plan);
/** The same mapping with the "rate" column proposed at 0.62, as a text match would be. */
const unsure = {
  ...sure,
  columns: sure.columns.map((c) =>
    c.target?.id === 'rate'
      ? { ...c, confidence: 0.62, reason: 'Nội dung giống tiêu chí 2 (độ giống 0,53)', reasons: undefined }
      : c,
  ),
};

describe('confidence and the coverage rule', () => {
  it('a mapping at high confidence everywhere is complete', () => {
    expect(mappingCoverage(sure, plan)).toMatchObject({ status: 'complete', uncertain: [] });
  });

  it('an uncertain column makes it partial, and is listed with its column, target, confidence and why', () => {
    const coverage = mappingCoverage(unsure, plan);
    expect(coverage.status).toBe('partial');
    expect(coverage.notMapped).toEqual([]);
    expect(coverage.uncertain).toEqual([
      expect.objectContaining({ line: 'cột D', target: { kind: 'criterion', id: 'rate' }, confidence: 0.62 }),
    ]);
    const [u] = coverage.uncertain!;
    expect(uncertainItemText(u, 'vi')).toBe(
      'cột D "rate" → tiêu chí 2 (62%: Nội dung giống tiêu chí 2 (độ giống 0,53))',
    );
    expect(uncertainItemText(u, 'en')).toMatch(/^column D "rate" → criterion 2 \(62%: /);
  });

  it('scoring waits for the official: the CLI names --allow-partial and --show-mapping, the pane its confirmation', () => {
    const units = [{ id: 'xa-a', block: 'a', values: {} }];
    const cli = scoringGate({ sheet: all, mapping: unsure }, plan, units, { audience: 'cli' });
    expect(cli).toMatchObject({ ok: false, code: 'partial-mapping' });
    if (cli.ok) return;
    expect(cli.problem.message).toContain(
      '1 cột ghép chưa chắc chắn (độ tin cậy dưới 80%) cần người chấm xác nhận',
    );
    expect(cli.problem.message).toContain('cột D "rate" → tiêu chí 2 (62%');
    expect(cli.problem.message).toContain('--allow-partial');
    expect(cli.problem.message).toContain('--show-mapping');
    expect(cli.problem.message).not.toContain('không có cột nào');
    const pane = scoringGate({ sheet: all, mapping: unsure }, plan, units, { audience: 'pane' });
    expect(pane.ok || pane.problem.message).toContain('bấm "Đúng"');
    // confirmed (--allow-partial after reading the list): read, and said so
    const allowed = scoringGate({ sheet: all, mapping: unsure }, plan, units, {
      audience: 'cli',
      allowPartial: true,
    });
    expect(allowed).toMatchObject({ ok: true });
    if (allowed.ok)
      expect(allowed.note?.message).toContain('1 cột ghép chưa chắc chắn vẫn được đọc theo yêu cầu');
  });

  it('a column the official confirmed counts whatever its confidence', () => {
    const confirmed = {
      ...unsure,
      columns: unsure.columns.map((c) => (c.target?.id === 'rate' ? { ...c, confirmed: true } : c)),
    };
    expect(mappingCoverage(confirmed, plan)).toMatchObject({ status: 'complete', uncertain: [] });
    expect(uncertainColumns(confirmed, plan)).toEqual([]);
  });

  it('an uncertain column for a target only other blocks have does not hold the sheet up', () => {
    const onlineUnsure = {
      ...sure,
      columns: sure.columns.map((c) => (c.target?.id === 'online' ? { ...c, confidence: 0.5 } : c)),
    };
    expect(mappingCoverage(onlineUnsure, plan, [{ id: 'x', block: 'a', values: {} }]).status).toBe(
      'complete',
    );
    expect(mappingCoverage(onlineUnsure, plan, [{ id: 'y', block: 'b', values: {} }]).status).toBe('partial');
  });

  it('both kinds in one message: items with no column, then uncertain columns', () => {
    const u = mappingCoverage(unsure, plan).uncertain!;
    const p = partialMappingProblem('Bảng', [], 'cli', false, u);
    expect(p.message.startsWith('Trang "Bảng": 1 cột ghép chưa chắc chắn')).toBe(true);
    expect(p.messageEn).toMatch(
      /^Sheet "Bảng": 1 uncertain column \(confidence under 80%\) must be confirmed/,
    );
  });
});
