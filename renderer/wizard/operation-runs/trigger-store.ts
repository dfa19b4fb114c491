// Triggers in the Test tab, kept per connector session outside React like run-store.ts: a webhook
// receiver keeps listening, and a repeating poll keeps polling, while the person is on another tab.
// Notifications are fetched only while a panel watches them (about once a second, not while the
// page is hidden). Requests are built by the test store, so inputs, connection and timeout are the
// ones the tab shows. A repeating poll ends by itself once the connector is closed. This file knows
// nothing of the session or the page (the session's features join them), so it also runs in Node.
import type { RequestOf, ResponseOf, StudioApi } from '../../../shared/contracts/ipc';
import { Store } from '../../session/store';
import { errorMessage } from '../../../shared/core/error-message';

export type WebhookNotification = ResponseOf<'webhookNotifications'>['notifications'][number];
export type PollReply = ResponseOf<'pollTrigger'>;
type TestResult = ResponseOf<'runOperationTest'>;
export type Texts = { definitionText: string; propertiesText?: string };

/** What builds a run's request from the tab's inputs, connection and timeout (the test store). */
export interface RunRequests {
  runRequest(operation: string, texts: Texts): RequestOf<'runOperationTest'>;
}

export const NOTIFICATION_POLL_MS = 1000;
/** Notifications kept per receiver here (the oldest go first), and their body characters in all. */
export const MAX_KEPT_NOTIFICATIONS = 100;
export const MAX_KEPT_NOTIFICATION_CHARS = 8 * 1024 * 1024;
/** Polls listed per trigger (the oldest go first). */
export const MAX_KEPT_POLLS = 20;
export const MIN_POLL_INTERVAL_SECONDS = 1;
export const MAX_POLL_INTERVAL_SECONDS = 3600;

export interface WebhookState {
  phase: 'starting' | 'listening' | 'stopping' | 'stopped';
  receiverId?: string;
  callbackUrl?: string;
  registration?: TestResult;
  /** Oldest first. */
  notifications: WebhookNotification[];
  /** The highest sequence number received: the next fetch asks for those after it. */
  lastSeq: number;
  /** Notifications received but no longer kept here. */
  dropped: number;
  /** What stopping did (the receiver, the subscription's DELETE). */
  stopNotes?: string[];
  error?: string;
}

export interface PollEntry {
  /** 1 for the first poll of this trigger, counting up. */
  n: number;
  at: string;
  reply: PollReply;
  /** Whether a state from the previous poll was sent. */
  sentState: boolean;
}

export interface PollingState {
  /** Newest first. */
  polls: PollEntry[];
  total: number;
  /** The state the next poll sends: the last poll's nextState. */
  state?: string;
  running: boolean;
  /** The poll shown in full (its n); the newest when undefined. */
  shown?: number;
  intervalSeconds: string;
  repeat?: { intervalSeconds: number; nextAt?: string; waitSeconds?: number };
  /** A poll that could not be made at all, or why repeating stopped. */
  error?: string;
}

export interface TriggerState {
  webhooks: Record<string, WebhookState>;
  polling: Record<string, PollingState>;
}

const messageOf = (err: unknown) => errorMessage(err);

/** The interval typed, in whole seconds, or undefined when it is not a number in range. */
export function pollInterval(text: string): number | undefined {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) return undefined;
  const whole = Math.round(n);
  return whole >= MIN_POLL_INTERVAL_SECONDS && whole <= MAX_POLL_INTERVAL_SECONDS ? whole : undefined;
}

/** Seconds until the next repeated poll: the interval, or the API's Retry-After when that is longer. */
export function nextPollDelay(intervalSeconds: number, retryAfterSeconds: number | undefined): number {
  return retryAfterSeconds !== undefined && retryAfterSeconds > intervalSeconds ? retryAfterSeconds : intervalSeconds;
}

/** Appends notifications, dropping the oldest beyond the count and size caps; answers the list and how many were dropped. */
export function keepNotifications(
  kept: WebhookNotification[],
  arrived: WebhookNotification[],
): { list: WebhookNotification[]; dropped: number } {
  const list = [...kept, ...arrived];
  let chars = list.reduce((sum, n) => sum + n.body.length, 0);
  let drop = Math.max(0, list.length - MAX_KEPT_NOTIFICATIONS);
  for (let i = 0; i < drop; i++) chars -= list[i]!.body.length;
  // The newest is always kept, however large.
  while (chars > MAX_KEPT_NOTIFICATION_CHARS && drop < list.length - 1) chars -= list[drop++]!.body.length;
  return { list: list.slice(drop), dropped: drop };
}

export class TriggerStore extends Store<TriggerState> {
  private readonly fetching = new Set<string>();
  private readonly repeatTimers = new Map<string, ReturnType<typeof setTimeout>>();

  /** `texts` answers the connector as edited, or undefined once it is closed. */
  constructor(
    private readonly tests: RunRequests,
    private readonly api: StudioApi,
    private readonly texts: () => Texts | undefined,
  ) {
    super({ webhooks: {}, polling: {} });
  }

  private get state(): TriggerState {
    return this.getSnapshot();
  }

  private setWebhook(key: string, patch: Partial<WebhookState> | ((w: WebhookState) => Partial<WebhookState>)): void {
    this.update((s) => {
      const current = s.webhooks[key] ?? { phase: 'stopped', notifications: [], lastSeq: 0, dropped: 0 };
      return { webhooks: { ...s.webhooks, [key]: { ...current, ...(typeof patch === 'function' ? patch(current) : patch) } } };
    });
  }

  private setPolling(key: string, patch: Partial<PollingState> | ((p: PollingState) => Partial<PollingState>)): void {
    this.update((s) => {
      const current = s.polling[key] ?? { polls: [], total: 0, running: false, intervalSeconds: '10' };
      return { polling: { ...s.polling, [key]: { ...current, ...(typeof patch === 'function' ? patch(current) : patch) } } };
    });
  }

  // ---- webhook triggers ----------------------------------------------------------------------------

  /** Starts a receiver and registers it through the trigger operation with the tab's inputs. */
  async startListening(key: string): Promise<void> {
    const current = this.state.webhooks[key];
    if (current && current.phase !== 'stopped') return;
    const texts = this.texts();
    if (!texts) return;
    this.setWebhook(key, {
      phase: 'starting',
      notifications: [],
      lastSeq: 0,
      dropped: 0,
      error: undefined,
      stopNotes: undefined,
      registration: undefined,
      receiverId: undefined,
      callbackUrl: undefined,
    });
    try {
      const started = await this.api.startWebhookTrigger(this.tests.runRequest(key, texts));
      const status = started.registration.response?.status;
      // The host stops the receiver when the registration was refused (the same rule as here).
      const listening = status !== undefined && status < 300;
      this.setWebhook(key, {
        phase: listening ? 'listening' : 'stopped',
        receiverId: started.receiverId,
        callbackUrl: started.callbackUrl,
        registration: started.registration,
      });
    } catch (err) {
      this.setWebhook(key, { phase: 'stopped', error: messageOf(err) });
    }
  }

  /** Stops the receiver (the host deletes the subscription when it can) and fetches what came before. */
  async stopListening(key: string): Promise<void> {
    const current = this.state.webhooks[key];
    if (current?.phase !== 'listening' || current.receiverId === undefined) return;
    const { receiverId } = current;
    this.setWebhook(key, { phase: 'stopping', error: undefined });
    try {
      const { notes } = await this.api.stopWebhookTrigger({ receiverId });
      this.setWebhook(key, { phase: 'stopped', stopNotes: notes });
    } catch (err) {
      this.setWebhook(key, { phase: 'stopped', error: messageOf(err) });
    }
    await this.fetchNotifications(key, true);
  }

  /** Asks the host for notifications after the last one received; one request per trigger at a time. */
  async fetchNotifications(key: string, afterStop = false): Promise<void> {
    const current = this.state.webhooks[key];
    if (current?.receiverId === undefined || this.fetching.has(key)) return;
    if (!afterStop && current.phase !== 'listening') return;
    const { receiverId } = current;
    this.fetching.add(key);
    try {
      const reply = await this.api.webhookNotifications({ receiverId, afterSeq: current.lastSeq });
      this.setWebhook(key, (w) => {
        if (w.receiverId !== receiverId) return {};
        const arrived = reply.notifications.filter((n) => n.seq > w.lastSeq);
        const patch: Partial<WebhookState> = {};
        if (arrived.length) {
          const { list, dropped } = keepNotifications(w.notifications, arrived);
          Object.assign(patch, { notifications: list, dropped: w.dropped + dropped, lastSeq: arrived[arrived.length - 1]!.seq });
        }
        if (!reply.active && w.phase === 'listening') {
          Object.assign(patch, { phase: 'stopped', stopNotes: ['The receiver is no longer listening (it was stopped on the host).'] });
        }
        return patch;
      });
    } catch (err) {
      // A receiver the host no longer knows (it was restarted): nothing more can arrive.
      this.setWebhook(key, (w) =>
        w.receiverId === receiverId ? { phase: w.phase === 'listening' ? 'stopped' : w.phase, error: messageOf(err) } : {},
      );
    } finally {
      this.fetching.delete(key);
    }
  }

  /** Fetches notifications about once a second while the page is visible, until the returned function is called. */
  watchNotifications(key: string): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let watching = true;
    const tick = async () => {
      // Read through globalThis: the store also runs where there is no document (its tests in Node).
      const hidden = (globalThis as { document?: { visibilityState?: string } }).document?.visibilityState === 'hidden';
      if (!hidden) await this.fetchNotifications(key);
      if (watching) timer = setTimeout(() => void tick(), NOTIFICATION_POLL_MS);
    };
    void tick();
    return () => {
      watching = false;
      if (timer !== undefined) clearTimeout(timer);
    };
  }

  // ---- polling triggers ----------------------------------------------------------------------------

  setPollInterval(key: string, text: string): void {
    this.setPolling(key, { intervalSeconds: text });
  }

  showPoll(key: string, n: number | undefined): void {
    this.setPolling(key, { shown: n });
  }

  /** Forgets the state, so the next poll starts as the first one did. */
  resetPollState(key: string): void {
    this.setPolling(key, { state: undefined });
  }

  /** One poll with the state of the previous one; answers the reply, or undefined when none could be made. */
  async pollNow(key: string): Promise<PollReply | undefined> {
    if (this.state.polling[key]?.running) return undefined;
    const texts = this.texts();
    if (!texts) return undefined;
    const state = this.state.polling[key]?.state;
    this.setPolling(key, { running: true, error: undefined });
    try {
      const reply = await this.api.pollTrigger({ ...this.tests.runRequest(key, texts), ...(state !== undefined ? { state } : {}) });
      this.setPolling(key, (p) => {
        const entry: PollEntry = { n: p.total + 1, at: new Date().toISOString(), reply, sentState: state !== undefined };
        return { polls: [entry, ...p.polls].slice(0, MAX_KEPT_POLLS), total: p.total + 1, state: reply.nextState, shown: undefined };
      });
      return reply;
    } catch (err) {
      this.setPolling(key, { error: messageOf(err) });
      return undefined;
    } finally {
      this.setPolling(key, { running: false });
    }
  }

  /** Polls now and then again every interval (or the API's Retry-After, when longer) until stopped. */
  startRepeating(key: string): void {
    const interval = pollInterval(this.state.polling[key]?.intervalSeconds ?? '10');
    const current = this.state.polling[key];
    if (interval === undefined || current?.repeat || current?.running) return;
    this.setPolling(key, { repeat: { intervalSeconds: interval }, error: undefined });
    void this.repeatTick(key);
  }

  /**
   * The connector is closing: stops every repeating poll and every receiver (the host deletes their
   * subscriptions as Stop listening does), so nothing keeps listening for a connector no longer open.
   */
  stopAll(): void {
    for (const key of [...this.repeatTimers.keys()]) this.stopRepeating(key);
    for (const w of Object.values(this.state.webhooks)) {
      if (w.phase === 'listening' && w.receiverId !== undefined)
        void this.api.stopWebhookTrigger({ receiverId: w.receiverId }).catch(() => undefined);
    }
  }

  stopRepeating(key: string, reason?: string): void {
    const timer = this.repeatTimers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.repeatTimers.delete(key);
    this.setPolling(key, { repeat: undefined, ...(reason !== undefined ? { error: reason } : {}) });
  }

  private async repeatTick(key: string): Promise<void> {
    this.repeatTimers.delete(key);
    if (!this.state.polling[key]?.repeat) return;
    if (!this.texts()) return this.stopRepeating(key, 'The connector was closed, so polling stopped.');
    const reply = await this.pollNow(key);
    const repeat = this.state.polling[key]?.repeat;
    if (!repeat) return;
    // A poll that could not be made at all would fail the same way again.
    if (!reply) return this.stopRepeating(key, this.state.polling[key]?.error ?? 'The poll could not be made, so polling stopped.');
    const wait = nextPollDelay(repeat.intervalSeconds, reply.retryAfterSeconds);
    this.setPolling(key, { repeat: { ...repeat, waitSeconds: wait, nextAt: new Date(Date.now() + wait * 1000).toISOString() } });
    this.repeatTimers.set(
      key,
      setTimeout(() => void this.repeatTick(key), wait * 1000),
    );
  }
}
