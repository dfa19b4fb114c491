// The size an import reports for a definition over 1 MB is the size validate reports for the folder it
// wrote: the same bytes (the UTF-8 text written, indentation included) in the same units and rounding.
// Run against the CLI bundled as the bin is, as a child process.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/cli-bundle.mjs';

const run = promisify(execFile);
let tmp: string;
let bin: string;

beforeAll(async () => {
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'connector-studio-import-size-')));
  bin = path.join(tmp, 'cli.cjs');
  await buildCli({ outdir: tmp, logLevel: 'error', define: { __STUDIO_VERSION__: '"9.9.9"' } });
}, 120_000);

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

/** A Swagger 2.0 definition of about `operations` operations, written without indentation. */
function largeDefinition(operations: number): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < operations; i++) {
    paths[`/items${i}`] = {
      get: {
        operationId: `GetItems${i}`,
        summary: `Get items ${i}`,
        // Non-ASCII text: UTF-8 bytes and string length differ, so a measure by length would not match.
        description: `Lists the items of group ${i}: café, naïve, 日本語. ${'Every item of the group, in order. '.repeat(4)}`,
        responses: { '200': { description: 'The items', schema: { type: 'array', items: { type: 'string' } } } },
      },
    };
  }
  return { swagger: '2.0', info: { title: 'Large', version: '1.0', description: 'A large connector.' }, host: 'api.example.com', paths };
}

/** "1.23 MB" from the first line naming DefinitionTooLarge's figure. */
function sizeFigure(text: string): string | undefined {
  return /The definition is (?:about )?([\d.]+ [KM]B)/.exec(text)?.[1];
}

describe('import --report and validate', () => {
  it('state the same size for a definition over 1 MB', async () => {
    const source = path.join(tmp, 'large.json');
    await fs.writeFile(source, JSON.stringify(largeDefinition(2500)));
    const out = path.join(tmp, 'out');
    const imported = await run(process.execPath, [bin, 'import', source, '--out', out, '--report'], { cwd: tmp });
    const reported = sizeFigure(imported.stdout);
    expect(imported.stdout).toMatch(/warning {2}DefinitionTooLarge: The definition is /);

    const validated = await run(process.execPath, [bin, 'validate', out], { cwd: tmp }).catch((e: { stdout: string }) => e);
    const checked = sizeFigure(validated.stdout);
    expect(checked, validated.stdout).toBeDefined();
    expect(reported).toBe(checked);
    // And both are the file's own bytes.
    const bytes = (await fs.stat(path.join(out, 'apiDefinition.swagger.json'))).size;
    expect(reported).toBe(`${(bytes / 1048576).toFixed(2)} MB`);
  }, 120_000);
});
