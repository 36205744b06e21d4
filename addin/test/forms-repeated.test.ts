/** The pane's forms step refuses a list naming one unit twice, as the CLI does: two forms would rank it twice. */
import { describeError } from '../src/ui/errors';
import { formsWorkbook, RepeatedUnitsError } from '../src/forms-workflow';
import { loadBuiltIn } from '../src/workflow';

const loaded = loadBuiltIn('phung-hiep-2023-xa');
if (!loaded.ok) throw new Error('plan');
const plan = loaded.loaded.plan;

describe('forms for a list of units', () => {
  it('refuses one unit typed twice (case, tone mark), naming both spellings, in the language asked', async () => {
    const made = formsWorkbook(undefined, plan, ['Xã Hòa An', 'Xã Tân Long', 'xã hoà an'], { lang: 'vi' });
    await expect(made).rejects.toThrow(RepeatedUnitsError);
    const err = await made.catch((e: unknown) => e);
    expect(describeError(err, 'vi')).toMatch(/Xã Hòa An.*xã hoà an/);
    expect(describeError(err, 'en')).toMatch(/Xã Hòa An.*xã hoà an/);
    expect(describeError(err, 'en')).not.toBe(describeError(err, 'vi'));
  });

  it('makes one form per unit otherwise', async () => {
    const made = await formsWorkbook(undefined, plan, ['Xã Hòa An', 'Xã Tân Long'], { lang: 'vi' });
    expect(made.count).toBe(2);
    expect(made.bytes?.length).toBeGreaterThan(0);
  });
});
