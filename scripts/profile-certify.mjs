// Profiles the certification checker over the corpus the way `BENCH=certify npm run bench` measures
// it (read + decode + parse + model + certify, one process), with a time per stage.
// Usage: node scripts/profile-certify.mjs [rounds]            (stage times)
//        node --cpu-prof --cpu-prof-dir=dist/prof scripts/profile-certify.mjs   (V8 profile)
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const entry = path.join(root, 'dist/prof/profile-entry.ts');
mkdirSync(path.dirname(entry), { recursive: true });
writeFileSync(
  entry,
  `import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { certifyConnector } from '../../shared/engines/certify';
import { decodeConnectorFiles, loadConnector } from '../../shared/core/connector';
import { CONNECTORS_DIR, corpusConnectors } from '../../test/support/corpus';
import { readBytes } from '../../test/support/read-bytes';
export function run(rounds: number) {
  const rels = corpusConnectors();
  const profileOf = (rel: string) => (rel.startsWith('certified') ? 'certified' : rel.startsWith('independent') ? 'independent-publisher' : 'custom') as const;
  const stage = { read: 0, decode: 0, load: 0, certify: 0, floor: 0 };
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    for (const rel of rels) {
      for (const f of ['apiDefinition.swagger.json', 'apiProperties.json']) {
        const file = path.join(CONNECTORS_DIR, rel, f);
        if (!existsSync(file)) continue;
        try { JSON.parse(readFileSync(file, 'utf8').replace(/^\\uFEFF/, '')); } catch {}
      }
    }
    stage.floor += performance.now() - t;
    for (const rel of rels) {
      const dir = path.join(CONNECTORS_DIR, rel);
      t = performance.now();
      const raw: any = { definition: { fileName: 'apiDefinition.swagger.json', bytes: readBytes(path.join(dir, 'apiDefinition.swagger.json')) } };
      if (existsSync(path.join(dir, 'apiProperties.json'))) raw.properties = { fileName: 'apiProperties.json', bytes: readBytes(path.join(dir, 'apiProperties.json')) };
      let u = performance.now(); stage.read += u - t; t = u;
      const texts = decodeConnectorFiles(raw);
      u = performance.now(); stage.decode += u - t; t = u;
      const loaded = loadConnector(texts);
      u = performance.now(); stage.load += u - t; t = u;
      certifyConnector(loaded, { profile: profileOf(rel) });
      u = performance.now(); stage.certify += u - t; t = u;
    }
  }
  for (const [k, v] of Object.entries(stage)) console.log(k.padEnd(8), (v / rounds).toFixed(0).padStart(6), 'ms/round');
}
`,
);
const outfile = path.join(root, 'dist/prof/profile-certify.cjs');
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  mainFields: ['module', 'main'],
  logLevel: 'error',
});
createRequire(import.meta.url)(outfile).run(Number(process.argv[2] ?? 5));
