// Profiles opening the corpus the way `BENCH=open-corpus npm run bench` measures it (read + decode +
// parse + model), with a time per stage against the floor (read + JSON.parse).
// Usage: node --max-semi-space-size=64 scripts/profile-open.mjs [rounds]            (stage times)
//        node --max-semi-space-size=64 --cpu-prof --cpu-prof-dir=dist/prof scripts/profile-open.mjs   (V8 profile)
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const entry = path.join(root, 'dist/prof/profile-open-entry.ts');
mkdirSync(path.dirname(entry), { recursive: true });
writeFileSync(
  entry,
  `import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildConnectorModel } from '../../shared/core/model';
import { decodeBytes, JsonDocument } from '../../shared/core/text';
import { CONNECTORS_DIR, corpusConnectors } from '../../test/support/corpus';
import { readBytes } from '../../test/support/read-bytes';
// CPU time of this thread (steadier than wall time on a shared machine); wall time where Node lacks it.
const now = (process as any).threadCpuUsage ? () => { const u = (process as any).threadCpuUsage(); return (u.user + u.system) / 1000; } : () => performance.now();
export function run(rounds: number) {
  const defs = corpusConnectors().map((rel) => path.join(CONNECTORS_DIR, rel, 'apiDefinition.swagger.json'));
  const all: Record<string, number[]> = { floor: [], read: [], decode: [], parse: [], model: [], open: [] };
  for (let r = 0; r < rounds; r++) {
    const stage = { floor: 0, read: 0, decode: 0, parse: 0, model: 0 };
    let t = now();
    for (const f of defs) {
      try { JSON.parse(readFileSync(f, 'utf8').replace(/^\\uFEFF/, '')); } catch {}
    }
    stage.floor += now() - t;
    for (const f of defs) {
      t = now();
      const bytes = readBytes(f);
      let u = now(); stage.read += u - t; t = u;
      const text = decodeBytes(bytes).text;
      u = now(); stage.decode += u - t; t = u;
      const doc = JsonDocument.parse(text);
      u = now(); stage.parse += u - t; t = u;
      buildConnectorModel(doc.value);
      u = now(); stage.model += u - t; t = u;
    }
    for (const [k, v] of Object.entries(stage)) all[k]!.push(v);
    all.open!.push(stage.read + stage.decode + stage.parse + stage.model);
  }
  // Minimum and median over the rounds: on a shared machine the minimum is the least disturbed.
  const at = (xs: number[], q: 'min' | 'median') => [...xs].sort((a, b) => a - b)[q === 'min' ? 0 : xs.length >> 1]!;
  console.log('stage     min  median  ms/round (main-thread cpu), ' + rounds + ' rounds');
  for (const [k, v] of Object.entries(all)) console.log(k.padEnd(8), at(v, 'min').toFixed(0).padStart(5), at(v, 'median').toFixed(0).padStart(6));
  console.log('open / floor: min', (at(all.open!, 'min') / at(all.floor!, 'min')).toFixed(2), 'median', (at(all.open!, 'median') / at(all.floor!, 'median')).toFixed(2));
}
`,
);
const outfile = path.join(root, 'dist/prof/profile-open.cjs');
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  mainFields: ['module', 'main'],
  logOverride: { 'empty-import-meta': 'silent' },
  logLevel: 'error',
});
createRequire(import.meta.url)(outfile).run(Number(process.argv[2] ?? 5));
