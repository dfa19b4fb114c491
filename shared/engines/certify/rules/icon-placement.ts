import type { Finding, RuleContext } from '../types';

/**
 * Where an icon finding is shown: icon.png is not a text file, so at iconBrandColor (the colour
 * it must match) in apiProperties.json, or at its `properties` key.
 */
export function iconFinding(ctx: RuleContext, message: string): Finding {
  if (!ctx.properties) return { file: 'properties', pointer: '', message };
  return ctx.apiProperties.iconBrandColor !== undefined
    ? { file: 'properties', pointer: '/properties/iconBrandColor', message }
    : { file: 'properties', pointer: '/properties', at: 'key', message };
}
