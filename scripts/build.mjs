// Bundles the Node-side entry points (Electron main, its heavy-work worker, preload, CLI, browser host) with esbuild.
// The renderer is built by Vite (`vite build`). Usage: node scripts/build.mjs [--watch]
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  // jsonc-parser's UMD build (its "main") loads its parts with a dynamic require that a bundle
  // cannot follow; its ES module build bundles cleanly.
  mainFields: ['module', 'main'],
  sourcemap: true,
  logLevel: 'warning',
  // Native and Electron modules are loaded at run time, never bundled.
  define: { __STUDIO_VERSION__: JSON.stringify(version) },
  external: ['electron', '@napi-rs/keyring', '@napi-rs/keyring/*'],
};

/**
 * Tells esbuild that the modules of shared/ do nothing when imported but define things, so a module
 * none of whose exports is used is left out even when it is reached through a folder's index.ts. The
 * preload imports three zod-free names from shared/contracts/ipc; without this, the index would
 * bring in every channel schema and zod with them.
 */
const sharedFolder = fileURLToPath(new URL('../shared/', import.meta.url));
const sharedHasNoSideEffects = {
  name: 'shared-has-no-side-effects',
  setup(b) {
    b.onResolve({ filter: /^\./ }, async (args) => {
      if (args.pluginData === 'shared-has-no-side-effects') return undefined;
      const result = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'shared-has-no-side-effects',
      });
      if (result.errors.length > 0 || !result.path.startsWith(sharedFolder)) return result;
      return { ...result, sideEffects: false };
    });
  },
};

const entries = [
  { in: 'main/index.ts', out: 'dist/main/index.cjs' },
  // Opening, importing and packaging, off the thread that answers calls: the Electron main and the
  // browser host (dist/host.cjs) both start it from dist/main/, which the packaged app holds.
  { in: 'main/heavy-work-worker.ts', out: 'dist/main/heavy-work-worker.cjs' },
  { in: 'preload/index.ts', out: 'dist/preload/index.cjs' },
  { in: 'main/cli.ts', out: 'dist/cli.cjs' },
  { in: 'main/host-cli.ts', out: 'dist/host.cjs' },
];

await Promise.all(
  entries
    .filter((e) => existsSync(e.in))
    .map((e) =>
      build({
        ...common,
        entryPoints: [e.in],
        outfile: e.out,
        // The sandboxed preload may only require('electron'): everything else is bundled in.
        // The plugin resolves shared/ itself, and esbuild then finds no tsconfig.json for those files
        // unless it is named (its `strict` is what puts "use strict" on top of the bundle).
        ...(e.in.startsWith('preload/') ? { sourcemap: false, plugins: [sharedHasNoSideEffects], tsconfig: 'tsconfig.json' } : {}),
      }),
    ),
);
