// Entry of `npm run studio:browser -- [connector-dir]` (bundled to dist/host.cjs): starts the browser
// host and prints its address, token included, as the only line on stdout, so a script or a test can
// read it. Everything else goes to stderr. Runs until SIGINT or SIGTERM.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { version } from '../package.json';
import { errorMessage } from '../shared/core/error-message';
import { startBrowserHost } from './host';
import { checkFolderArgument } from './services/folder-argument';

const USAGE = 'Usage: studio-browser [connector-folder]';

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stderr.write(`${USAGE}\nServes Connector Studio on http://127.0.0.1 and prints the address to open.\n`);
    return 0;
  }
  if (args.length > 1 || args.some((a) => a.startsWith('-'))) {
    // The arguments are counted, not repeated: one may be a value that should not be printed.
    const options = args.filter((a) => a.startsWith('-')).length;
    process.stderr.write(
      `Expected at most one connector folder and no options, got ${args.length} arguments${options ? ` (${options} of them options)` : ''}.\n${USAGE}\n`,
    );
    return 2;
  }

  let initialDir: string | undefined;
  if (args[0] !== undefined) {
    const folder = checkFolderArgument(args[0], process.cwd());
    if ('error' in folder) {
      process.stderr.write(`${folder.error}\n`);
      return 2;
    }
    initialDir = folder.dir;
  }

  // The bundle lives in dist/; the renderer is built next to it.
  const rendererDir = path.join(__dirname, 'renderer');
  const index = await fs.stat(path.join(rendererDir, 'index.html')).catch(() => null);
  if (!index?.isFile()) {
    process.stderr.write(`The studio is not built (${path.join(rendererDir, 'index.html')} is missing): run npm run build.\n`);
    return 1;
  }

  // Opening, importing and packaging run in worker threads (dist/main/heavy-work-worker.cjs).
  const workerScript = path.join(__dirname, 'main', 'heavy-work-worker.cjs');
  const host = await startBrowserHost({ rendererDir, version, workerScript, ...(initialDir ? { initialDir } : {}) });
  process.stdout.write(`${host.url}\n`);

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await host.close();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`The studio host could not start: ${errorMessage(err)}.\n`);
    process.exit(1);
  },
);
