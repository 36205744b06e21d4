import type { Plan } from '../plan/schema';
import type { RateReading } from '../values';
import { own } from './own';
import type { ScoreOptions } from './types';

/**
 * How a plain number is read for a rate criterion, target or fact, by id (per-year facts also by "<id>_<year>"):
 * 1. the scale a sheet column established for that id (`options.rateScales`: its cells' % format, or numbers
 *    above 1), except 'ambiguous', which yields to a declared scale;
 * 2. the request's `options.rateScale`, then the plan's `rateScale`;
 * 3. otherwise a percent (in JSON, 1 means 1%), or still 'ambiguous' when the sheet said so.
 */
export function rateReader(plan: Plan, options: ScoreOptions = {}): (...ids: string[]) => RateReading {
  const declared = options.rateScale ?? plan.rateScale;
  const sheet = options.rateScales;
  return (...ids) => {
    let said: string | undefined;
    for (const id of ids) {
      const v = own(sheet as Record<string, unknown> | undefined, id);
      if (typeof v === 'string') {
        said = v;
        break;
      }
    }
    if (said === 'percent' || said === 'fraction') return said;
    if (said === 'ambiguous') return declared && declared !== 'auto' ? declared : 'ambiguous';
    return declared ?? 'percent';
  };
}
