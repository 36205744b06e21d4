import { useEffect, useMemo, useState } from 'react';
import type { Plan } from '@thidua/core';
import { coverageOf, type Detection } from '../workflow';

/**
 * How much of the plan the detected table feeds, and the official's confirmation of a partial one: a step that
 * scores (Chấm điểm, Hồ sơ) is refused when nothing is mapped and waits for the confirmation when part is.
 */
export function useCoverage(
  detection: Detection | undefined,
  plan: Plan | undefined,
  block: string | undefined,
) {
  const [confirmed, setConfirmed] = useState(false);
  const gate = useMemo(
    () => (detection && plan ? coverageOf(detection, plan, block) : undefined),
    [detection, plan, block],
  );
  // A confirmation belongs to the mapping and plan it was given for.
  useEffect(() => setConfirmed(false), [detection?.mapping, plan]);
  const refused = gate !== undefined && !gate.ok && gate.code === 'nothing-mapped';
  const waiting = gate?.coverage.status === 'partial' && !confirmed;
  return { gate, confirmed, setConfirmed, refused, waiting };
}
