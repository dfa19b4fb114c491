// The connector folder a launch names (`connector-studio-app ./my-connector`, `npm start -- ./x`): the
// first argument that is not a switch. Packaged: [exe, ...args]; development: [electron, app, ...args].
// Chromium adds switches of its own (--no-sandbox, --original-process-start-time=...), which are skipped.

/** What a launch asks for: a folder argument as typed, and the folder it was typed in. */
export interface LaunchRequest {
  folder: string | undefined;
  cwd: string;
}

export function folderArgumentFromArgv(argv: readonly string[], isPackaged: boolean): string | undefined {
  return argv.slice(isPackaged ? 1 : 2).find((a) => a.length > 0 && !a.startsWith('-'));
}
