// A new apiProperties.json, following Microsoft's certified and independent-publisher templates.
import type { SecurityDefinitionView } from '../../core/model';
import { connectionParametersFor } from './connection-parameters';

export type PublishProfile = 'custom' | 'certified' | 'independent-publisher';

/** Independent-publisher connectors must use this colour (and ship no icon). */
export const INDEPENDENT_PUBLISHER_COLOR = '#da3b01';
/** The portal's default colour; certification rejects it, so a custom connector starts with it only. */
export const PORTAL_DEFAULT_COLOR = '#007ee5';

export interface ApiPropertiesOptions {
  profile?: PublishProfile;
  publisher?: string;
  stackOwner?: string;
  iconBrandColor?: string;
}

export function newApiProperties(security: SecurityDefinitionView[], options: ApiPropertiesOptions = {}): string {
  const profile = options.profile ?? 'custom';
  // Certified connectors need their own brand colour (the portal default is rejected): the
  // template leaves it empty for the author, as Microsoft's does.
  const color =
    profile === 'independent-publisher'
      ? INDEPENDENT_PUBLISHER_COLOR
      : (options.iconBrandColor ?? (profile === 'certified' ? '' : PORTAL_DEFAULT_COLOR));
  const properties: Record<string, unknown> = {
    connectionParameters: connectionParametersFor(security),
    iconBrandColor: color,
    capabilities: [],
  };
  if (options.publisher !== undefined || profile !== 'custom') properties.publisher = options.publisher ?? '';
  if (options.stackOwner !== undefined || profile !== 'custom') properties.stackOwner = options.stackOwner ?? '';
  return `${JSON.stringify({ properties }, null, 2)}\n`;
}
