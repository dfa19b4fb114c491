// Bundles the CLI: main/cli.ts (the dispatcher) to <outdir>/cli.cjs, and each module it imports
// lazily (`() => import('./cli/validate-command')`) to a bundle of its own, <outdir>/cli/<name>.cjs,
// which the dispatcher requires only when that command runs. A command then starts with what it
// needs, not with every library of every command (a single bundle was 3.8 MB, loaded whole).
// esbuild splits code only for ES modules, so the command bundles are separate builds; a library
// two commands use is in both bundles, and each process loads one of them.
// Used by scripts/build.mjs and by the tests that run the built CLI in a folder of their own.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dispatcher = path.join(root, 'main', 'cli.ts');

/**
 * Tells esbuild that the modules of shared/ do nothing when imported but define things, so a module
 * none of whose exports is used is left out even when it is reached through a folder's index.ts
 * (shared/contracts/ipc's index brings every channel schema and zod; a command needs StudioError).
 */
export function sharedHasNoSideEffects() {
  const sharedFolder = path.join(root, 'shared') + path.sep;
  return {
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
}

/**
 * The dispatcher's lazy imports become `require('./cli/<name>.cjs')` at run time (a module of the
 * bundle whose body is that require, so the bundle's own import() machinery stays CommonJS), and
 * each imported file is recorded to be bundled on its own.
 */
function commandsApart(commands) {
  return {
    name: 'cli-commands-apart',
    setup(b) {
      b.onResolve({ filter: /^\.\/cli\// }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.importer !== dispatcher) return undefined;
        const resolved = await b.resolve(args.path, { kind: 'import-statement', resolveDir: args.resolveDir });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        const name = path.basename(resolved.path).replace(/\.[cm]?[jt]s$/, '');
        commands.set(name, resolved.path);
        return { path: name, namespace: 'cli-command' };
      });
      b.onLoad({ filter: /.*/, namespace: 'cli-command' }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(`./cli/${args.path}.cjs`)});`,
        loader: 'js',
      }));
      b.onResolve({ filter: /^\.\/cli\/[^/]+\.cjs$/ }, (args) =>
        args.namespace === 'cli-command' ? { path: args.path, external: true } : undefined,
      );
    },
  };
}

/**
 * Writes <outdir>/cli.cjs and <outdir>/cli/<command>.cjs. `esbuildOptions` are merged into every
 * build (define, sourcemap, nodePaths, logLevel...). Returns the files written.
 */
export async function buildCli({ outdir, ...esbuildOptions }) {
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    // jsonc-parser's UMD build (its "main") loads its parts with a dynamic require that a bundle
    // cannot follow; its ES module build bundles cleanly.
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    // Native and Electron modules are loaded at run time, never bundled.
    external: ['electron', '@napi-rs/keyring', '@napi-rs/keyring/*'],
    // The plugin resolves shared/ itself, and esbuild then finds no tsconfig.json for those files
    // unless it is named (its `strict` is what puts "use strict" on top of the bundle).
    tsconfig: path.join(root, 'tsconfig.json'),
    ...esbuildOptions,
  };
  const commands = new Map();
  const outfile = path.join(outdir, 'cli.cjs');
  await build({ ...common, entryPoints: [dispatcher], outfile, plugins: [commandsApart(commands), sharedHasNoSideEffects()] });
  const written = [outfile];
  await Promise.all(
    [...commands].map(([name, file]) => {
      const out = path.join(outdir, 'cli', `${name}.cjs`);
      written.push(out);
      return build({ ...common, entryPoints: [file], outfile: out, plugins: [sharedHasNoSideEffects()] });
    }),
  );
  return written;
}
