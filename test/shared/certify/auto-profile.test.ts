// `--profile auto`: the profile chosen from the connector's folder, else from its files. On the
// corpus the folder decides; without it, the files must still tell independent publishers (brand
// colour) from certified connectors (publisher, stackOwner, metadata).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseProfile, type CertifyProfile } from '../../../shared/engines/certify';
import { decodeConnectorFiles, loadConnector } from '../../../shared/core/connector';
import { readConnectorFolder } from '../../../main/services/connector-folder';
import { CONNECTORS_DIR, corpusConnectors, HAVE_CORPUS } from '../../support/corpus';
import { goodDefinition, goodProperties, loadInline } from './support';

describe('chooseProfile', () => {
  it('reads the PowerPlatformConnectors folder names, nearest first', () => {
    const c = loadInline({ definition: goodDefinition(), properties: goodProperties() });
    expect(chooseProfile(c, '/src/PowerPlatformConnectors/independent-publisher-connectors/Contoso')).toEqual({
      profile: 'independent-publisher',
      reason: 'folder independent-publisher-connectors',
    });
    expect(chooseProfile(c, 'C:\\repos\\certified-connectors\\custom-connectors\\Contoso').profile).toBe('custom');
  });

  it('without such a folder: brand colour, then publisher or stackOwner, then metadata, else custom', () => {
    const ip = goodProperties();
    ip.properties.iconBrandColor = '#DA3B01';
    expect(chooseProfile(loadInline({ definition: goodDefinition(), properties: ip }), '/home/me/contoso').profile).toBe(
      'independent-publisher',
    );
    expect(chooseProfile(loadInline({ definition: goodDefinition(), properties: goodProperties() })).profile).toBe('certified');
    const anonymous = goodProperties();
    delete anonymous.properties.publisher;
    delete anonymous.properties.stackOwner;
    expect(chooseProfile(loadInline({ definition: goodDefinition(), properties: anonymous }))).toEqual({
      profile: 'certified',
      reason: 'x-ms-connector-metadata',
    });
    const bare = goodDefinition();
    delete bare['x-ms-connector-metadata'];
    expect(chooseProfile(loadInline({ definition: bare, properties: anonymous })).profile).toBe('custom');
  });

  it.skipIf(!HAVE_CORPUS)(
    'on the corpus without its folders: every independent publisher, and nearly every certified connector',
    async () => {
      const counts = new Map<string, number>();
      for (const rel of corpusConnectors()) {
        const raw = await readConnectorFolder(path.join(CONNECTORS_DIR, rel));
        const chosen = chooseProfile(loadConnector(decodeConnectorFiles(raw), raw.icon?.bytes));
        const key = `${rel.split('/')[0]} -> ${chosen.profile}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const n = (group: string, profile: CertifyProfile) => counts.get(`${group} -> ${profile}`) ?? 0;
      console.log('[auto-profile]', Object.fromEntries([...counts].sort()));
      expect(n('independent-publisher-connectors', 'independent-publisher')).toBe(296);
      expect(n('certified-connectors', 'certified')).toBeGreaterThan(440);
      expect(n('certified-connectors', 'independent-publisher')).toBeLessThanOrEqual(1);
    },
  );
});
