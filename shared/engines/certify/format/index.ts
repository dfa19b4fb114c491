export * from './format-options';
export * from './json-format';
export * from './junit-format';
export * from './sarif-format';
export * from './text-format';
export * from './sarif-location';
