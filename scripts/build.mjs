// Bundles the Node-side entry points (Electron main, preload, CLI, browser host) with esbuild.
// The renderer is built by Vite (`vite build`). Usage: node scripts/build.mjs [--watch]
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

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
        ...(e.in.startsWith('preload/') ? { sourcemap: false } : {}),
      }),
    ),
);
