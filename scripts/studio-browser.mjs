// `npm run studio:browser -- [connector-folder]`: serves Connector Studio to a browser on 127.0.0.1.
// Builds first when the bundles are missing (build output goes to stderr, so stdout carries only the
// address to open), then runs dist/host.cjs in this process with the same arguments.
// Tip: `npm run -s studio:browser` also keeps npm's own banner off stdout.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const hostBundle = path.join(root, 'dist', 'host.cjs');
const rendererIndex = path.join(root, 'dist', 'renderer', 'index.html');

if (!existsSync(hostBundle) || !existsSync(rendererIndex)) {
  process.stderr.write('Building Connector Studio first (dist/ is incomplete)...\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    process.stderr.write(
      `The build failed (${result.error ? result.error.message : `exit code ${result.status}`}); see the messages above.\n`,
    );
    process.exit(1);
  }
}

// `npm run` starts scripts in the package root; a relative connector folder means the folder the
// command was typed in (npm's INIT_CWD).
if (process.env.INIT_CWD && existsSync(process.env.INIT_CWD)) process.chdir(process.env.INIT_CWD);

// dist/host.cjs reads process.argv.slice(2), which here holds exactly the arguments given to us.
createRequire(import.meta.url)(hostBundle);
