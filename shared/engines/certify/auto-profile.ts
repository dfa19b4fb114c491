// `--profile auto`: the kind of submission read from the connector itself. The folders of
// Microsoft's PowerPlatformConnectors repository name it; elsewhere the files do. Measured on the
// dev corpus (ignoring the folder): all 296 independent-publisher connectors have the brand colour
// #da3b01 (IndependentPublisherBrandColor), and one certified connector does; 446 of 477 certified
// connectors name a publisher or stackOwner or have x-ms-connector-metadata, the other 30 are read
// as custom (no certification metadata at all).
import type { LoadedConnector } from '../../core/connector';
import { asObject } from '../../core/model';
import type { CertifyProfile } from './types';

/** A profile, or `auto`: chosen from the connector. */
export type ProfileChoice = CertifyProfile | 'auto';
export const PROFILE_CHOICES: readonly ProfileChoice[] = ['auto', 'custom', 'certified', 'independent-publisher'];

export interface ChosenProfile {
  profile: CertifyProfile;
  /** Why, in a few words: "folder independent-publisher-connectors". */
  reason: string;
}

const REPOSITORY_FOLDERS: Record<string, CertifyProfile> = {
  'independent-publisher-connectors': 'independent-publisher',
  'certified-connectors': 'certified',
  'custom-connectors': 'custom',
};

/** The brand colour every independent publisher connector must use. */
export const INDEPENDENT_PUBLISHER_COLOR = '#da3b01';

/** The profile a connector is checked under with `auto`; `folder` is where it was opened from. */
export function chooseProfile(connector: LoadedConnector, folder?: string): ChosenProfile {
  if (folder) {
    const segments = folder.split(/[\\/]+/);
    for (let i = segments.length - 1; i >= 0; i--) {
      const profile = REPOSITORY_FOLDERS[segments[i]!.toLowerCase()];
      if (profile) return { profile, reason: `folder ${segments[i]}` };
    }
  }
  const properties = asObject(asObject(connector.files.properties?.doc?.value)?.properties) ?? {};
  const color = properties.iconBrandColor;
  if (typeof color === 'string' && color.trim().toLowerCase() === INDEPENDENT_PUBLISHER_COLOR)
    return { profile: 'independent-publisher', reason: `iconBrandColor ${INDEPENDENT_PUBLISHER_COLOR}` };
  const named = (['publisher', 'stackOwner'] as const).filter((k) => typeof properties[k] === 'string' && properties[k].trim() !== '');
  if (named.length) return { profile: 'certified', reason: `apiProperties.json names ${named.join(' and ')}` };
  const definition = asObject(connector.files.definition?.doc?.value);
  if (definition && Array.isArray(definition['x-ms-connector-metadata']))
    return { profile: 'certified', reason: 'x-ms-connector-metadata' };
  return { profile: 'custom', reason: 'no publisher, stackOwner or x-ms-connector-metadata' };
}

/** The profile to check under: the one asked for, or the one `auto` chooses. */
export function resolveProfile(choice: ProfileChoice, connector: LoadedConnector, folder?: string): ChosenProfile {
  return choice === 'auto' ? chooseProfile(connector, folder) : { profile: choice, reason: 'asked for' };
}
