export * from './types';
export { compilePlan, compilePlanDocument, planHash, ENGINE_VERSION, type CompiledPlan } from './compile';
export { evaluate, type Evaluation } from './evaluate';
export { rankAndAward, type Standing } from './awards';
export { respond, scoreUnits, unitsHash } from './score';
export { decide, addDays, type DecisionResult, type DecisionSummary, type DecisionStatus } from './decisions';
export { targetExceeded, isTargetMet, type TargetResult } from './targets';
// The stages one by one, for tools that measure or compare them (bench, the corpus report).
export { compileCriterion, isMet, type CompiledCriterion } from './criteria';
export { factReader, yearSeriesReader } from './facts';
export { rateReader } from './rate-scale';
