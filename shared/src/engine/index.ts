export * from './types';
export { compilePlan, compilePlanDocument, planHash, ENGINE_VERSION, type CompiledPlan } from './compile';
export { evaluate, type Evaluation } from './evaluate';
export { rankAndAward, type Standing } from './awards';
export { scoreUnits, unitsHash } from './score';
export { decide, addDays, type DecisionResult, type DecisionSummary, type DecisionStatus } from './decisions';
export { targetExceeded, isTargetMet, type TargetResult } from './targets';
