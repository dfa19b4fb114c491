// Types of scripts/cli-bundle.mjs, for the tests that bundle the CLI into a folder of their own.
import type { BuildOptions, Plugin } from 'esbuild';

export function sharedHasNoSideEffects(): Plugin;
export function buildCli(options: { outdir: string } & BuildOptions): Promise<string[]>;
