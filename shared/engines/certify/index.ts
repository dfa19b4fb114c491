// Offline certification checker: Microsoft's Swagger Validator rules, the certification submission
// rules and the JSON Schemas of apiDefinition.swagger.json / apiProperties.json, run in one pass.
export { certifyConnector, type CertifyOptions, type CertifyResult } from './certify-connector';
export { levelFor, PROFILE_DESCRIPTIONS } from './profiles';
export {
  chooseProfile,
  resolveProfile,
  PROFILE_CHOICES,
  INDEPENDENT_PUBLISHER_COLOR,
  type ChosenProfile,
  type ProfileChoice,
} from './auto-profile';
export { RULES } from './rules';
export { applyFix } from './apply-fix';
export * from './connector-categories';
export * from './locate-pointers';
export { apiDefinitionSchema, apiPropertiesSchema } from './generated/connector-schemas.js';
export * from './format';
export type {
  CertifyDiagnostic,
  CertifyFile,
  CertifyProfile,
  CertifyRule,
  Finding,
  Fix,
  ProfileLevels,
  RuleCategory,
  RuleContext,
  RuleLevel,
  RuleVisitor,
  Where,
} from './types';
export { CERTIFY_PROFILES, SchemaKey } from './types';
