// What may leave the app for the OS browser. Only https opens at once; a plain http address (a local
// authorization server, a vendor's old docs) opens only after the user says yes to the exact address;
// every other scheme (file:, javascript:, custom protocols that start programs) never does. Links the
// page follows (window.open, navigation) also need the user's own click or key press just before:
// a page cannot open the browser by itself.
import { dialog, shell, type BrowserWindow, type WebContents } from 'electron';

export type LinkVerdict = 'open' | 'ask' | 'refuse';

export function linkVerdict(url: string): LinkVerdict {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'refuse';
  }
  if (parsed.username || parsed.password) return 'refuse';
  if (parsed.protocol === 'https:') return 'open';
  if (parsed.protocol === 'http:') return 'ask';
  return 'refuse';
}

/** How long after a click or key press a link the page follows still counts as the user's. */
export const GESTURE_WINDOW_MS = 1500;
const GESTURES = new Set(['mouseUp', 'keyUp', 'gestureTap', 'touchEnd']);
const lastGesture = new WeakMap<WebContents, number>();

/** Records the user's clicks and key presses on a webContents (input the page itself cannot fake). */
export function trackUserGestures(contents: WebContents, now: () => number = Date.now): void {
  contents.on('input-event', (_event, input) => {
    if (GESTURES.has(input.type)) lastGesture.set(contents, now());
  });
}

export function followsUserGesture(contents: WebContents, now: number = Date.now()): boolean {
  const at = lastGesture.get(contents);
  return at !== undefined && now - at <= GESTURE_WINDOW_MS;
}

/** Asks before an http address leaves the app; true when the user chose to open it. */
async function userAllows(url: string, parent: BrowserWindow | null | undefined): Promise<boolean> {
  const options = {
    type: 'question' as const,
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    title: 'Open an unencrypted address?',
    message: 'This address is not https: what is sent to it can be read on the way.',
    detail: url,
  };
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  return response === 0;
}

/** Opens `url` in the OS browser when the policy allows it; answers whether it was opened. */
export async function openExternalLink(url: string, parent?: BrowserWindow | null): Promise<boolean> {
  const verdict = linkVerdict(url);
  if (verdict === 'refuse') return false;
  if (verdict === 'ask' && !(await userAllows(url, parent))) return false;
  await shell.openExternal(url);
  return true;
}
