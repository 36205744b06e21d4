import { useCallback, useMemo, type Dispatch } from 'react';
import { coverageOf } from '../workflow';
import type { PaneAction, PaneState } from './pane-state';

/**
 * How much of the plan the detected table feeds, and the official's confirmation of a partial one: a step that
 * scores (Chấm điểm, Hồ sơ) is refused when nothing is mapped and waits for the confirmation when part is. The
 * confirmation is the pane's (pane-state.ts): it goes with the mapping, plan and block it was given for.
 */
export function useCoverage(state: PaneState, dispatch: Dispatch<PaneAction>) {
  const { detection, loaded, block, confirmedPartial: confirmed } = state;
  const plan = loaded?.plan;
  const gate = useMemo(
    () => (detection && plan ? coverageOf(detection, plan, block) : undefined),
    [detection, plan, block],
  );
  const setConfirmed = useCallback(
    (value: boolean) => dispatch({ type: 'partial-confirmed', confirmed: value }),
    [dispatch],
  );
  const refused = gate !== undefined && !gate.ok && gate.code === 'nothing-mapped';
  const waiting = gate?.coverage.status === 'partial' && !confirmed;
  return { gate, confirmed, setConfirmed, refused, waiting };
}
