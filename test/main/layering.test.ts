// `npm run check:layers` holds the layering of .dependency-cruiser.cjs: the tree passes, and each probe
// that breaks a ring (of shared/ or of the renderer), a layer's npm allow-list, a folder's index.ts or
// the folder graph fails it by the rule's name. Each run is the script's own depcruise command, in a copy of what it reads (the
// config, the known violations, tsconfig*.json, package.json and the cruised folders; node_modules
// linked), so the repository is never touched.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script: string = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts['check:layers'];
const [command, ...args] = script.trim().split(/\s+/);
const depcruise = path.join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

interface Probe {
  what: string;
  /** The probe file, written into the copy. */
  file: string;
  /** The module it imports. */
  imports: string;
  /** Every rule that must report it. */
  rules: string[];
  /** What the reported violation names besides the rule (file paths, or folders for folder rules). */
  names: (string | RegExp)[];
}

const PROBES: Probe[] = [
  {
    what: 'shared/ importing react',
    file: 'shared/core/text/layering-probe-react.ts',
    imports: 'react',
    rules: ['not-in-allowed'],
    names: ['shared/core/text/layering-probe-react.ts', /node_modules\/react\//],
  },
  {
    what: 'shared/ importing ajv (a package only the tests use)',
    file: 'shared/engines/certify/layering-probe-ajv.ts',
    imports: 'ajv',
    rules: ['not-in-allowed'],
    names: ['shared/engines/certify/layering-probe-ajv.ts', /node_modules\/ajv\//],
  },
  {
    what: 'shared/ importing monaco-editor',
    file: 'shared/editing/layering-probe-monaco.ts',
    imports: 'monaco-editor',
    rules: ['not-in-allowed'],
    names: ['shared/editing/layering-probe-monaco.ts', /node_modules\/monaco-editor\//],
  },
  {
    what: 'main/ importing renderer/app/App',
    file: 'main/layering-probe-app.ts',
    imports: '../renderer/app/App',
    rules: ['main-not-renderer', 'not-in-allowed'],
    names: ['main/layering-probe-app.ts', 'renderer/app/App.tsx'],
  },
  {
    what: 'a worker importing the React App',
    file: 'renderer/workers/layering-probe-app.ts',
    imports: '../app/App',
    rules: ['workers-no-ui'],
    names: ['renderer/workers/layering-probe-app.ts', 'renderer/app/App.tsx'],
  },
  {
    what: 'shared/core/text importing shared/engines/certify',
    file: 'shared/core/text/layering-probe-certify.ts',
    imports: '../../engines/certify',
    rules: ['shared-ring-order', 'not-in-allowed'],
    names: ['shared/core/text/layering-probe-certify.ts', 'shared/engines/certify/index.ts'],
  },
  {
    // import/openapi2/connection-security.ts imports export/: the probe closes the loop, through
    // openapi2's index.ts so that only the folder rule can see it.
    what: 'a folder cycle: shared/engines/export importing shared/engines/import/openapi2, which imports export',
    file: 'shared/engines/export/layering-probe-cycle.ts',
    imports: '../import/openapi2',
    rules: ['shared-no-folder-cycles'],
    names: [/^shared\/engines\/export → shared\/engines\/import\/openapi2 → shared\/engines\/export$/],
  },
  {
    what: 'renderer/ reaching past shared/core/text/index.ts',
    file: 'renderer/studio/layering-probe-deep.ts',
    imports: '../../shared/core/text/json-edit',
    rules: ['no-deep-import'],
    names: ['renderer/studio/layering-probe-deep.ts', 'shared/core/text/json-edit.ts'],
  },
  {
    what: 'a new editor file importing a tab (a known violation excuses only its own file)',
    file: 'renderer/editor/layering-probe-tab.ts',
    imports: '../wizard/certification/certification-client',
    rules: ['editor-not-tabs', 'not-in-allowed'],
    names: ['renderer/editor/layering-probe-tab.ts', 'renderer/wizard/certification/certification-client.ts'],
  },
  {
    what: 'a tab importing the concrete session in renderer/studio',
    file: 'renderer/wizard/general/layering-probe-session.ts',
    imports: '../../studio/connector-session',
    rules: ['renderer-ring-order', 'not-in-allowed'],
    names: ['renderer/wizard/general/layering-probe-session.ts', 'renderer/studio/connector-session.ts'],
  },
  {
    what: 'a field importing a tab',
    file: 'renderer/wizard/fields/layering-probe-tab.ts',
    imports: '../definition/operation-search',
    rules: ['renderer-ring-order'],
    names: ['renderer/wizard/fields/layering-probe-tab.ts', 'renderer/wizard/definition/operation-search.ts'],
  },
  {
    what: 'a worker importing renderer/editor',
    file: 'renderer/workers/layering-probe-editor.ts',
    imports: '../editor/diagnostic-markers',
    rules: ['renderer-ring-order', 'not-in-allowed'],
    names: ['renderer/workers/layering-probe-editor.ts', 'renderer/editor/diagnostic-markers.ts'],
  },
  {
    // operation-runs/test-tab.tsx imports definition/: the probe closes the loop between two tabs,
    // which the allow-list and the ring rules both pass, so that only the folder rule can see it.
    what: 'a renderer folder cycle: wizard/definition importing wizard/operation-runs, which imports definition',
    file: 'renderer/wizard/definition/layering-probe-cycle.ts',
    imports: '../operation-runs/run-model',
    rules: ['renderer-no-folder-cycles'],
    names: [/^renderer\/wizard\/definition → renderer\/wizard\/operation-runs → renderer\/wizard\/definition$/],
  },
  {
    what: 'preload/ importing zod',
    file: 'preload/layering-probe-zod.ts',
    imports: 'zod',
    rules: ['not-in-allowed'],
    names: ['preload/layering-probe-zod.ts', /node_modules\/zod\//],
  },
];

interface Run {
  code: number | null;
  output: string;
  violations: { rule: string; text: string }[];
}

/** A copy of what `npm run check:layers` reads, with node_modules linked in. */
function copyOfTree(tmp: string, name: string): string {
  const dir = path.join(tmp, name);
  const files = readdirSync(root).filter((file) => /^tsconfig.*\.json$/.test(file) || file === 'package.json');
  // The script's other arguments: the cruised folders, the config, the known violations.
  for (const arg of args) if (!arg.startsWith('-') && existsSync(path.join(root, arg))) files.push(arg);
  for (const file of files) cpSync(path.join(root, file), path.join(dir, file), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** The err reporter's violations: `error <rule>: <from> → <to>`, a cycle continuing on the next lines. */
function violationsIn(output: string): Run['violations'] {
  const found: Run['violations'] = [];
  for (const line of output.split('\n')) {
    const start = /^\s*error (\S+): (.*)$/.exec(line);
    const last = found.at(-1);
    if (start) found.push({ rule: start[1]!, text: start[2]!.trim() });
    else if (last && /^\s+\S/.test(line) && !/^\s*[x✔‼]/.test(line)) last.text = `${last.text} ${line.trim()}`;
  }
  return found;
}

function checkLayers(cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [depcruise, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output, violations: violationsIn(output) }));
  });
}

describe('npm run check:layers', () => {
  let tmp = '';
  let tree: Run;
  let probed: Run;

  beforeAll(async () => {
    expect(command, `check:layers should run depcruise, not: ${script}`).toBe('depcruise');
    tmp = mkdtempSync(path.join(os.tmpdir(), 'studio-layering-'));
    const clean = copyOfTree(tmp, 'tree');
    const withProbes = copyOfTree(tmp, 'probed');
    for (const probe of PROBES) {
      expect(existsSync(path.join(withProbes, probe.file)), `${probe.file} exists already`).toBe(false);
      writeFileSync(path.join(withProbes, probe.file), `import * as probe from '${probe.imports}';\nexport { probe };\n`);
    }
    [tree, probed] = await Promise.all([checkLayers(clean), checkLayers(withProbes)]);
  });

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('passes on the tree', () => {
    expect(tree.violations, tree.output).toEqual([]);
    expect(tree.code, tree.output).toBe(0);
  });

  it('fails with the probes in the tree', () => {
    expect(probed.code, probed.output).not.toBe(0);
  });

  it.each(PROBES.map((probe) => [probe.what, probe] as const))('fails on %s', (_what, probe) => {
    for (const rule of probe.rules) {
      const matching = probed.violations.filter(
        (v) =>
          v.rule === rule &&
          probe.names.every((name) => (typeof name === 'string' ? v.text.split(/\s+/).includes(name) : name.test(v.text))),
      );
      expect(matching, `${rule} for ${probe.file}:\n${probed.output}`).not.toEqual([]);
    }
  });

  it('reports nothing but the probes', () => {
    const folders = PROBES.map((probe) => path.dirname(probe.file));
    const unexplained = probed.violations.filter(
      (v) =>
        !PROBES.some((probe) => v.text.includes(probe.file)) &&
        !(v.rule.endsWith('folder-cycles') && folders.some((f) => v.text.includes(f))),
    );
    expect(unexplained, probed.output).toEqual([]);
  });
});
