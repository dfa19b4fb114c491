// Exit codes of the CLI: 0 success, 1 findings or failure, 2 bad usage.
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** Bad usage, in a sentence that never repeats a value the user gave (it may be a secret). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * A UsageError, known by its name: each command module is bundled with its own copy of the class,
 * so one thrown there is not an instance of the dispatcher's.
 */
export function isUsageError(err: unknown): err is UsageError {
  return err instanceof Error && err.name === 'UsageError';
}

/** An option's name as typed, when it looks like one (`--out`, `-o`); never a value. */
function optionName(message: string): string | undefined {
  const name = message.match(/'(--?[A-Za-z][A-Za-z0-9-]{0,40})(?: <value>)?'/)?.[1];
  return name;
}

/**
 * node:util parseArgs' errors as UsageErrors in one sentence: option names only, never the
 * argument that was not expected (a mistyped `--param api_key <secret>` leaves the secret as one).
 */
export function usageFromParseArgs(err: unknown): UsageError {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : '';
  const name = optionName(message);
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(name ? `Unknown option ${name}.` : 'An unknown option was given.');
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(message))
        return new UsageError(name ? `${name} takes no value.` : 'An option that takes no value was given one.');
      return new UsageError(name ? `${name} needs a value.` : 'An option needs a value.');
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError('An argument was given where none is expected.');
    default:
      return new UsageError('The arguments could not be read.');
  }
}

/** "1 more argument" / "2 more arguments": how many were left over, not what they were. */
export function extraArguments(count: number, what: string): UsageError {
  return new UsageError(
    `${what}; ${count} more argument${count === 1 ? ' was' : 's were'} given (put values in quotes, and options as --name value).`,
  );
}
