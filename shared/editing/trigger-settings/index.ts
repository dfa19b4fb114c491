// Trigger settings: x-ms-trigger, hints and metadata, the webhook callback property and
// notification content (polling triggers' pollingtrigger policy lives in shared/editing/policy-templates).
export * from './callback-property';
export * from './read-triggers';
export * from './trigger-types';
