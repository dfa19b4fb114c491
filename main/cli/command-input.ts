// What the dispatcher (main/cli.ts) hands a command module it loaded: the options every command
// shares, already parsed, and the terminal. Kept free of imports so the dispatcher stays small.

/** The options of the commands that share one parse (`test` parses its own). */
export const OPTIONS = {
  out: { type: 'string', short: 'o' },
  profile: { type: 'string' },
  from: { type: 'string' },
  'ref-root': { type: 'string' },
  format: { type: 'string' },
  report: { type: 'boolean' },
  force: { type: 'boolean' },
  verbose: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

export interface CliValues {
  out?: string;
  profile?: string;
  from?: string;
  'ref-root'?: string;
  format?: string;
  report?: boolean;
  force?: boolean;
  verbose?: boolean;
  json?: boolean;
}

export interface CliIo {
  out(s: string): void;
  err(s: string): void;
}

export interface CommandInput {
  /** The arguments as typed: for `test`, which parses its own, those after the command word. */
  argv: string[];
  /** The shared options, parsed. */
  values: CliValues;
  /** The positional arguments after the command word. */
  operands: string[];
  /** --json was given. */
  json: boolean;
}

/** A command module: main/cli/<name>-command.ts, loaded only when its command runs. */
export interface CliCommand {
  run(input: CommandInput, io: CliIo): Promise<number>;
}
