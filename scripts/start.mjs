// `npm start` (after `npm run build`): opens the desktop window with the locally installed Electron.
// Since Electron 42 the npm package carries no binary and no install script: the binary is fetched on
// first use. This script fetches it once (node node_modules/electron/install.js), unless
// ELECTRON_SKIP_BINARY_DOWNLOAD is set; when it cannot be had (offline, or a machine that reaches only
// the npm registry) it says in one sentence how to get it or to use the browser host.
// Usage: npm start -- [connector-folder]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronDir = path.join(root, 'node_modules', 'electron');
const NOT_INSTALLED =
  'The Electron binary is not installed, so the desktop window cannot open: run `node node_modules/electron/install.js` ' +
  '(it downloads Electron from GitHub) and `npm start` again, or run `npm run studio:browser -- <connector-folder>` to use the studio in your browser.';

/** The binary's path when it is on disk (path.txt names it inside dist/ once install.js has run). */
/** ELECTRON_OVERRIDE_DIST_PATH (honoured by the electron package too) points at an unpacked Electron. */
function installedBinary() {
  let name = null;
  try {
    name = readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    // never installed
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? path.join(override, name || 'electron') : name && path.join(electronDir, 'dist', name);
  return binary && existsSync(binary) ? binary : null;
}

function fetchBinary() {
  if (!existsSync(path.join(electronDir, 'install.js'))) return false;
  process.stderr.write('Downloading the Electron binary (once)...\n');
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    stdio: ['ignore', process.stderr, 'pipe'],
    encoding: 'utf8',
  });
  if (result.status === 0) return true;
  // install.js prints a stack trace; the reason is its first line.
  const reason = (result.stderr || result.error?.message || '').trim().split('\n')[0];
  if (reason) process.stderr.write(`The download failed (${reason}).\n`);
  return false;
}

let binary = installedBinary();
if (!binary && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD && !process.env.ELECTRON_OVERRIDE_DIST_PATH && fetchBinary())
  binary = installedBinary();
if (!binary) {
  process.stderr.write(`${NOT_INSTALLED}\n`);
  process.exit(1);
}

// A terminal inherited from an Electron app (VS Code) may set this, which would run Electron as Node.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;

// The app is the package root (package.json "main" is dist/main/index.cjs). Electron runs in the folder
// `npm start` was typed in (npm's INIT_CWD), so a relative connector folder means what the user meant.
const cwd = process.env.INIT_CWD && existsSync(process.env.INIT_CWD) ? process.env.INIT_CWD : process.cwd();
const child = spawn(binary, [root, ...process.argv.slice(2)], { cwd, stdio: 'inherit', env });
child.on('error', (err) => {
  process.stderr.write(`Electron could not be started (${err.message}).\n`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
