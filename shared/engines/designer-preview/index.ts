// The designer preview: what Power Automate and Power Apps would show of one operation.
export * from './types';
export { designerPreview } from './designer-preview';
export { MAX_IMPORTANT_INPUTS } from './preview-problems';
export { powerAppsName } from './power-apps-call';
