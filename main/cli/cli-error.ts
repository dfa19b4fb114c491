// Exit codes of the CLI: 0 success, 1 findings or failure, 2 bad usage.
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export class UsageError extends Error {}
