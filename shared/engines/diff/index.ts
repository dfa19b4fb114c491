// Breaking changes between two versions of a connector (`connector-studio diff <old> <new>`).
export { diffConnectors } from './diff-connectors';
export { ALL_DIFF_RULES, DIFF_RULES, type DiffRuleId } from './rules';
export * from './format';
export type { DiffArea, DiffFile, DiffFinding, DiffResult, DiffRule, DiffSource } from './types';
