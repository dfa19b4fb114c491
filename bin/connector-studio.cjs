#!/usr/bin/env node
// The connector-studio command. The TypeScript sources are bundled to dist/cli.cjs (which loads
// dist/cli/<command>.cjs for the command given) by `npm run build`, which `npm install` runs
// through the prepare script.
const path = require('node:path');
const fs = require('node:fs');

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
const studio = require(cli);
// Before a command's bundle loads: its compiled code is then read from the cache, not made again.
studio.enableCompileCache();
studio.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
