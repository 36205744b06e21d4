import type { HandUnit } from './helpers';

/**
 * A commune of the Phụng Hiệp plan with every criterion at its best on the default 200-point scale: 200 points.
 * Cases change a few values from here.
 */
export const NO = 'Không';

export const BEST: Record<string, unknown> = {
  tc01: 'Có',
  tc02: 'Có',
  tc03: 'Có',
  tc04: '100%',
  tc05: '100%',
  tc06: '100%',
  tc07: '100%',
  tc08: '80%',
  tc09: '100%',
  tc10: 'Có',
  tc11: 'Có',
  tc12: '100%',
  tc13: 200,
  tc14: '50%',
  tc15: 'Có',
  tc16: 'Có',
  tc17: '100%',
  tc18: 2,
  tc19: '100%',
  tc20: '98%',
  tc21: 'Có',
  tc22: 36,
  tc23: '100%',
  tc24: 'Có',
};

/**
 * A commune at its best but for `values`, the criteria in `missing` left blank, with no late dossier and no late
 * report unless `facts` says otherwise.
 */
export function commune(
  id: string,
  values: Record<string, unknown> = {},
  { missing = [], facts = {} }: { missing?: string[]; facts?: Record<string, unknown> } = {},
): HandUnit {
  const v: Record<string, unknown> = { ...BEST, ...values };
  for (const m of missing) delete v[m];
  return {
    id,
    block: 'xa',
    values: v,
    facts: { lateDossiersMaxInMonth: 0, reportDelayMaxDays: 0, ...facts },
  };
}
