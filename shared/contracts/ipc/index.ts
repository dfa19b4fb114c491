export { isAbsolutePath } from './channels/common';
export * from './contract';
export * from './dispatch';
export * from './envelope';
export * from './studio-error';
