// `npm start` (after `npm run build`): opens the desktop window with the locally installed Electron.
// The electron package throws on require when its binary was never downloaded (as on machines where
// only the npm registry is reachable), so that case becomes one sentence pointing at the browser host.
// Usage: npm start -- [connector-folder]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const NOT_INSTALLED =
  'Electron is not installed on this machine (its binary was not downloaded), so the desktop window cannot open; ' +
  'run `npm run studio:browser -- <connector-folder>` to use the studio in your browser instead.';

function electronBinary() {
  try {
    const binary = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  process.stderr.write(NOT_INSTALLED + '\n');
  process.exit(1);
}

// A terminal inherited from an Electron app (VS Code) may set this, which would run Electron as Node.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;

// `.` is the package root: package.json "main" points at dist/main/index.cjs.
const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
child.on('error', (err) => {
  process.stderr.write(`Electron could not be started (${err.message}).\n`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
