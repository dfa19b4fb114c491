// Runs one main-side service call for the hostile-input suite in a process of its own (bundled
// by the suite with esbuild), so its time and memory are measured like the CLI's. The request
// is JSON in argv[2]; the outcome is one JSON line on stdout: {ok: true, value} or {ok: false,
// error: {code, message}}. Exit 0 handled, 1 refused (a StudioError), 70 anything else.
import { promises as fs } from 'node:fs';
import { importIntoFolder } from '../../main/services/connector-create-import';
import { openConnectorFolder, saveConnectorFiles } from '../../main/services/studio-handlers';
import { StudioError } from '../../shared/contracts/ipc/studio-error';

type Request =
  | { op: 'drop'; file: string; name: string; target: string }
  | { op: 'import-path'; file: string; target: string }
  | { op: 'open'; dir: string }
  | { op: 'save'; dir: string; files: Record<string, string> };

async function run(request: Request): Promise<unknown> {
  switch (request.op) {
    case 'drop': {
      const bytes = await fs.readFile(request.file);
      const result = await importIntoFolder({ kind: 'content', name: request.name, base64: bytes.toString('base64') }, request.target);
      return { dir: result.dir, notes: result.notes };
    }
    case 'import-path': {
      const result = await importIntoFolder({ kind: 'path', path: request.file }, request.target);
      return { dir: result.dir, notes: result.notes };
    }
    case 'open': {
      const opened = await openConnectorFolder(request.dir);
      return { files: Object.keys(opened.files) };
    }
    case 'save': {
      const files = Object.fromEntries(
        Object.entries(request.files).map(([name, text]) => [name, { text, encoding: 'utf-8' as const, bom: false }]),
      );
      return { written: await saveConnectorFiles(request.dir, files) };
    }
  }
}

run(JSON.parse(process.argv[2] ?? '{}') as Request).then(
  (value) => {
    process.stdout.write(`${JSON.stringify({ ok: true, value })}\n`);
  },
  (err: unknown) => {
    if (err instanceof StudioError) {
      process.stdout.write(`${JSON.stringify({ ok: false, error: { code: err.code, message: err.message } })}\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write(
        `${JSON.stringify({ ok: false, error: { code: 'unexpected', message: err instanceof Error ? err.message : String(err) } })}\n`,
      );
      process.exitCode = 70;
    }
  },
);
