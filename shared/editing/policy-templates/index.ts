// Policy templates: the catalogue (from the reference's apiProperties.json schema), the instances
// a connector holds with their problems, and the edit that adds one.
export * from './policy-edits';
export * from './policy-instances';
export * from './template-catalogue';
export * from './template-types';
