// Runs the benchmarks in test/bench: bundles each with esbuild (same settings as the app) and runs
// it in this Node process. Usage: npm run bench (which gives Node the 64 MB young generation the
// studio's check and parse workers run with, main/renderer-flags.ts; the floors are measured in the
// same process, so with it too; the CLI bench starts the CLI as users do, with Node's defaults).
// A bench's run() may return its ratios (ours / a same-run anchor, higher is worse); with
// BENCH_RATIOS_FILE set they are written there as one JSON object (scripts/bench-check.mjs reads it).
import { build } from 'esbuild';
import { readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const benches = readdirSync(path.join(root, 'test/bench')).filter(
  (f) => f.endsWith('.bench.ts') && (process.env.BENCH ? f.startsWith(process.env.BENCH) : true),
);
const require = createRequire(import.meta.url);
const ratios = {};
for (const file of benches) {
  const outfile = path.join(root, 'dist/bench', file.replace(/\.ts$/, '.cjs'));
  await build({
    entryPoints: [path.join(root, 'test/bench', file)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    mainFields: ['module', 'main'],
    // Resolved at run time from node_modules, as an installed app would.
    external: [
      '@apidevtools/swagger-parser',
      '@playwright/test',
      'playwright-core',
      'playwright',
      '@napi-rs/keyring',
      '@napi-rs/keyring/*',
    ],
    // import.meta.url is empty in CommonJS; test/support/corpus.ts falls back to the working directory.
    logOverride: { 'empty-import-meta': 'silent' },
    logLevel: 'warning',
  });
  console.log(`\n== ${file}`);
  Object.assign(ratios, await require(outfile).run());
}
if (process.env.BENCH_RATIOS_FILE) writeFileSync(process.env.BENCH_RATIOS_FILE, `${JSON.stringify(ratios, null, 2)}\n`);
