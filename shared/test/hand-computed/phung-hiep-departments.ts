import type { HandUnit } from './helpers';

/**
 * A department of the Phụng Hiệp plan with every criterion at its best on the default 100-point scale: 100 points.
 * Cases change a few values from here.
 */
export const BEST_DEPARTMENT: Record<string, unknown> = {
  tc01: 'Có',
  tc02: 'Có',
  tc03: '100%',
  tc04: 'Có',
  tc05: '100%',
  tc06: '100%',
  tc07: '80%',
  tc08: 120,
  tc09: '100%',
  tc10: 'Có',
  tc11: 'Có',
  tc12: '100%',
  tc13: '100%',
  tc14: '98%',
  tc15: 12,
  tc16: 'Có',
};

/** A department at its best but for `values`, with no late dossier and no late report unless `facts` says so. */
export function department(
  id: string,
  values: Record<string, unknown> = {},
  facts: Record<string, unknown> = {},
): HandUnit {
  return {
    id,
    block: 'phong-ban',
    values: { ...BEST_DEPARTMENT, ...values },
    facts: { lateDossiersMaxInMonth: 0, reportDelayMaxDays: 0, ...facts },
  };
}
