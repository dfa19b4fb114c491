// What the certify bench and scripts/profile-certify.mjs both do per corpus folder, kept in one
// place so that the profile measures what the bench does: the floor's read + JSON.parse, the bytes
// the checker is handed, and the profile a connector is checked with.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ConnectorFileBytes } from '../../shared/core/connector';
import type { CertifyProfile } from '../../shared/engines/certify';
import { readBytes } from './read-bytes';

/** A connector's profile from its corpus folder (certified-, independent-publisher- or custom-connectors). */
export function profileOf(rel: string): CertifyProfile {
  return rel.startsWith('certified') ? 'certified' : rel.startsWith('independent') ? 'independent-publisher' : 'custom';
}

/** The two JSON files of a folder (what the checker validates), read synchronously. */
export function readJsonFiles(dir: string): ConnectorFileBytes {
  const out: ConnectorFileBytes = {};
  const def = path.join(dir, 'apiDefinition.swagger.json');
  const props = path.join(dir, 'apiProperties.json');
  out.definition = { fileName: 'apiDefinition.swagger.json', bytes: readBytes(def) };
  if (existsSync(props)) out.properties = { fileName: 'apiProperties.json', bytes: readBytes(props) };
  return out;
}

/** The floor for one folder: read + JSON.parse of its two JSON files. */
export function readAndParseFloor(dir: string): void {
  for (const f of ['apiDefinition.swagger.json', 'apiProperties.json']) {
    const file = path.join(dir, f);
    if (!existsSync(file)) continue;
    try {
      JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    } catch {
      /* the floor skips the broken files; the checker checks them */
    }
  }
}
