export * from './identity-providers';
export * from './read-security';
export * from './security-choices';
export * from './security-entries';
export * from './security-ops';
export * from './security-text-edits';
export * from './security-types';
