// connector-studio: the command-line face of the studio (plain Node, no Electron).
// This module only reads the arguments and loads the one command module asked for: --help and
// --version load nothing else, and `validate` never loads the importers or the HTTP client.
// scripts/cli-bundle.mjs bundles each command module it imports lazily into a file of its own.
import { parseArgs } from 'node:util';
import { EXIT, isUsageError, usageFromParseArgs, UsageError } from './cli/cli-error';
import { type CliCommand, type CliIo, OPTIONS } from './cli/command-input';
import { escapeControls } from './cli/terminal-text';
import { enableCompileCache } from './cli/compile-cache';
import { USAGE } from './cli/usage';

// For bin/connector-studio.cjs, which turns it on before it runs a command.
export { enableCompileCache };

/** Each command's module, loaded when it runs. */
const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  import: () => import('./cli/import-command'),
  export: () => import('./cli/export-command'),
  inspect: () => import('./cli/inspect-command'),
  validate: () => import('./cli/validate-command'),
  diff: () => import('./cli/diff-command'),
  test: () => import('./cli/test-command'),
};

export async function main(
  argv: string[],
  terminal: CliIo = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) },
): Promise<number> {
  // Control and bidi characters from a connector never reach the terminal raw.
  const io: CliIo = { out: (s) => terminal.out(escapeControls(s)), err: (s) => terminal.err(escapeControls(s)) };
  // Known before parsing, so even a usage error is answered in JSON when --json was asked for.
  let json = argv.includes('--json');
  try {
    // `test` has repeatable options of its own; it parses its arguments itself.
    if (argv[0] === 'test')
      return await (await loadCommand('test', COMMANDS.test!)).run({ argv: argv.slice(1), values: {}, operands: [], json }, io);
    let parsed;
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
    } catch (err) {
      throw usageFromParseArgs(err);
    }
    const { values, positionals } = parsed;
    json = values.json === true;
    if (values.help) {
      io.out(USAGE);
      return EXIT.ok;
    }
    if (values.version) {
      io.out(typeof __STUDIO_VERSION__ === 'string' ? __STUDIO_VERSION__ : 'development');
      return EXIT.ok;
    }
    const [command, ...operands] = positionals;
    if (!command) throw new UsageError('No command given.');
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) {
      // Repeated only when it looks like a command word: a value typed where the command goes may be a secret.
      throw new UsageError(
        /^[a-z][a-z-]{0,30}$/.test(command)
          ? `Unknown command "${command}".`
          : `The first argument must be a command: ${Object.keys(COMMANDS)
              .join(', ')
              .replace(/, (\w+)$/, ' or $1')}.`,
      );
    }
    return await (await loadCommand(command, load)).run({ argv, values, operands, json }, io);
  } catch (err) {
    const usage = isUsageError(err);
    const message = usage ? `${(err as Error).message} Run connector-studio --help for usage.` : (err as Error).message;
    const code = studioErrorCode(err) ?? (usage ? 'usage' : 'internal');
    if (json) io.out(JSON.stringify({ error: { code, message } }));
    else io.err(`connector-studio: ${message}`);
    return usage ? EXIT.usage : EXIT.failure;
  }
}

/** A command's module; a build that lost one is said in a sentence, not a module-loader trace. */
async function loadCommand(name: string, load: () => Promise<CliCommand>): Promise<CliCommand> {
  try {
    return await load();
  } catch (err) {
    // Only the bundle itself (dist/cli/<name>-command.cjs), not a library it requires.
    if ((err as { code?: unknown }).code !== 'MODULE_NOT_FOUND' || !/^Cannot find module '[^']*-command\.cjs'/.test((err as Error).message))
      throw err;
    throw new Error(`The ${name} command is missing from this build of the CLI; run \`npm run build\` again.`);
  }
}

/**
 * The code of a StudioError. By its name, not `instanceof`: each command module is bundled with its
 * own copy of the class (shared/contracts/ipc/studio-error.ts sets the name).
 */
function studioErrorCode(err: unknown): string | undefined {
  return err instanceof Error && err.name === 'StudioError' && typeof (err as { code?: unknown }).code === 'string'
    ? (err as Error & { code: string }).code
    : undefined;
}

declare const __STUDIO_VERSION__: string;

// Run when bundled as the bin (dist/cli.cjs), not when imported by tests.
if (typeof require !== 'undefined' && require.main === module) {
  enableCompileCache();
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
