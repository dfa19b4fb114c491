#!/usr/bin/env node
// The connector-studio command. The TypeScript sources are bundled to dist/cli.cjs by
// `npm run build`, which `npm install` runs through the prepare script.
const path = require('node:path');
const fs = require('node:fs');

// Checking hundreds of connectors allocates many short-lived objects: with a larger young generation
// V8 spends about half as long collecting them (the certify bench runs with the same setting). V8
// reads the size only at start-up, so the command starts itself once more with it.
const YOUNG_GENERATION = '--max-semi-space-size=64';
if (!process.execArgv.some((a) => a.startsWith('--max-semi-space-size'))) {
  const { spawnSync } = require('node:child_process');
  const child = spawnSync(process.execPath, [...process.execArgv, YOUNG_GENERATION, __filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (!child.error) process.exit(child.status ?? 1);
  // Could not start a second process: run here, with V8's default size.
}
const cli = path.join(__dirname, '..', 'dist', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write(`connector-studio: the CLI is not built yet; run \`npm run build\` in ${path.dirname(__dirname)} first.\n`);
  process.exit(1);
}
// A closed pipe (`connector-studio inspect x | head`) ends the output quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}
require(cli)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
