// Bundles the Node-side entry points (Electron main, its heavy-work worker, preload, CLI, browser host) with esbuild.
// The renderer is built by Vite (`vite build`). Usage: node scripts/build.mjs [--watch]
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { buildCli, sharedHasNoSideEffects } from './cli-bundle.mjs';

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

const entries = [
  { in: 'main/index.ts', out: 'dist/main/index.cjs' },
  // Opening, importing and packaging, off the thread that answers calls: the Electron main and the
  // browser host (dist/host.cjs) both start it from dist/main/, which the packaged app holds.
  { in: 'main/heavy-work-worker.ts', out: 'dist/main/heavy-work-worker.cjs' },
  { in: 'preload/index.ts', out: 'dist/preload/index.cjs' },
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
        ...(e.in.startsWith('preload/') ? { sourcemap: false, plugins: [sharedHasNoSideEffects()], tsconfig: 'tsconfig.json' } : {}),
      }),
    )
    // The CLI: a small dispatcher and one bundle per command (scripts/cli-bundle.mjs).
    .concat(buildCli({ outdir: 'dist', sourcemap: true, define: common.define })),
);
