// Profiles the certification checker over the corpus the way `BENCH=certify npm run bench` measures
// it (read + decode + parse + model + certify, one process), with a time per stage.
// Usage: node scripts/profile-certify.mjs [rounds]            (stage times)
//        node scripts/profile-certify.mjs [rounds] --per-connector
//            (each connector against its own read + JSON.parse, the furthest above 3x first: the
//            corpus-wide ratio hides a connector that costs ten times its floor)
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
  `import path from 'node:path';
import { certifyConnector } from '../../shared/engines/certify';
import { decodeConnectorFiles, loadConnector } from '../../shared/core/connector';
import { profileOf, readAndParseFloor, readJsonFiles } from '../../test/support/certify-corpus';
import { CONNECTORS_DIR, corpusConnectors } from '../../test/support/corpus';
export function run(rounds: number, perConnector: boolean) {
  const rels = corpusConnectors();
  if (perConnector) return byConnector(rels, rounds);
  const stage = { read: 0, decode: 0, load: 0, certify: 0, floor: 0 };
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    for (const rel of rels) readAndParseFloor(path.join(CONNECTORS_DIR, rel));
    stage.floor += performance.now() - t;
    for (const rel of rels) {
      t = performance.now();
      const raw = readJsonFiles(path.join(CONNECTORS_DIR, rel));
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
function byConnector(rels: string[], rounds: number) {
  const floor = new Float64Array(rels.length);
  const ours = new Float64Array(rels.length);
  const findings = new Int32Array(rels.length);
  // The first two rounds compile; the rest are timed. Floor and ours alternate per connector.
  for (let r = 0; r < rounds + 2; r++) {
    for (let i = 0; i < rels.length; i++) {
      const dir = path.join(CONNECTORS_DIR, rels[i]!);
      let t = performance.now();
      readAndParseFloor(dir);
      const f = performance.now() - t;
      t = performance.now();
      findings[i] = certifyConnector(loadConnector(decodeConnectorFiles(readJsonFiles(dir))), { profile: profileOf(rels[i]!) }).diagnostics.length;
      if (r >= 2) {
        floor[i] += f / rounds;
        ours[i] += (performance.now() - t) / rounds;
      }
    }
  }
  const order = rels.map((_, i) => i).sort((a, b) => ours[b]! - 3 * floor[b]! - (ours[a]! - 3 * floor[a]!));
  console.log('ms above 3x   floor    ours  ratio  findings  connector');
  for (const i of order.slice(0, 20))
    console.log([(ours[i]! - 3 * floor[i]!).toFixed(2).padStart(11), floor[i]!.toFixed(2).padStart(7), ours[i]!.toFixed(2).padStart(7), (ours[i]! / floor[i]!).toFixed(1).padStart(5) + 'x', String(findings[i]).padStart(9), ' ' + rels[i]].join(' '));
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
const args = process.argv.slice(2);
const rounds = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
createRequire(import.meta.url)(outfile).run(rounds, args.includes('--per-connector'));
