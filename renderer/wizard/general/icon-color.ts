// The icon background colour (apiProperties.json iconBrandColor): the portal's hex form "#RRGGBB";
// certification refuses white and the portal's default blue, and independent publisher connectors
// all use #da3b01 (connectors.md 2.3, 2.5).
export const DEFAULT_BRAND_COLOR = '#007ee5';
export const INDEPENDENT_PUBLISHER_COLOR = '#da3b01';

const HEX = /^#[0-9a-fA-F]{6}$/;

export function isBrandColor(value: string): boolean {
  return HEX.test(value);
}

export interface ColorCheck {
  /** The value is not a colour the platform takes. */
  error?: string;
  /** A colour certification refuses. */
  warning?: string;
}

export function checkBrandColor(value: string): ColorCheck {
  if (value === '') return { error: 'Required: a colour as #RRGGBB (for example #da3b01).' };
  if (!HEX.test(value)) return { error: `"${value}" is not a colour of the form #RRGGBB (for example #da3b01).` };
  const lower = value.toLowerCase();
  if (lower === '#ffffff') return { warning: 'White: certification needs the background colour of your icon, not white.' };
  if (lower === DEFAULT_BRAND_COLOR) return { warning: 'The default blue: certification needs the background colour of your icon.' };
  return {};
}
