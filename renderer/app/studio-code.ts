// The studio's code (Monaco included) is split from the entry, so the start screen is quick.

/** Starts loading it, while a connector is being read. A failure to load shows when the session is created. */
export function loadStudioCode(): void {
  import('../studio/connector-session').catch(() => undefined);
  import('../studio/studio-view').catch(() => undefined);
}
