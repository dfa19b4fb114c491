// Testing operations for real: build the request the platform would send, print it as curl with
// secrets masked, and check what came back against the declared response schema. Sending is
// main's job (main/services/http-client.ts); everything here is pure.
export * from './connection-values';
export * from './curl';
export * from './header-map';
export * from './http-request';
export * from './json-path';
export * from './multipart-body';
export * from './parameter-values';
export * from './policy-expressions';
export { REQUEST_POLICIES, applyRequestPolicies, policyAppliesTo } from './policies';
export * from './request-builder';
export * from './response-check';
export * from './schema-check';
export * from './secret-mask';
export * from './url-encoding';
