// The Test tab's state, kept per connector session outside React: a run keeps going, and its result
// stays, when the person switches to another tab and back (the tab itself unmounts). Calls go to the
// main side through the IPC contract; no secret value is ever held here after it is sent.
import type { RequestOf, ResponseOf, StudioApi } from '../../../shared/contracts/ipc';
import { Store } from '../../session/store';
import { errorMessage } from '../../../shared/core/error-message';

export type SavedConnection = ResponseOf<'listConnections'>['connections'][number];
export type SecretStatus = ResponseOf<'secretStoreStatus'>;
export type TestResult = ResponseOf<'runOperationTest'>;
export type HistoryEntry = ResponseOf<'listTestHistory'>['entries'][number];
export type OAuthSession = ResponseOf<'oauthSession'>;

export interface AllRow {
  operation: string;
  pointer: string;
  state: 'waiting' | 'running' | 'passed' | 'failed' | 'error';
  status?: number;
  totalMs?: number;
  message?: string;
}

export interface SignIn {
  connectionId: string;
  flowId?: string;
  state: 'starting' | 'pending' | 'signed-in' | 'failed' | 'expired' | 'cancelled';
  message?: string;
  authorizeUrl?: string;
}

export interface TestState {
  secretStatus?: SecretStatus;
  connections?: SavedConnection[];
  /** Why the connections could not be listed or changed. */
  connectionError?: string;
  connectionId?: string;
  oauthSession?: OAuthSession;
  signIn?: SignIn;
  timeoutSeconds: string;
  /** Typed input values by operation key, then parameter name. */
  inputs: Record<string, Record<string, string>>;
  results: Record<string, TestResult>;
  /** A run that could not be made at all (the host's sentence). */
  runErrors: Record<string, string>;
  running: Record<string, true>;
  history: Record<string, HistoryEntry[]>;
  historyError: Record<string, string>;
  /** A history entry shown instead of the latest result. */
  viewing: Record<string, HistoryEntry | undefined>;
  all?: { rows: AllRow[]; running: boolean; stopping: boolean };
}

const messageOf = (err: unknown) => errorMessage(err);

export class TestStore extends Store<TestState> {
  private pollTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly dir: string,
    private readonly api: StudioApi,
  ) {
    super({ timeoutSeconds: '30', inputs: {}, results: {}, runErrors: {}, running: {}, history: {}, historyError: {}, viewing: {} });
  }

  private get state(): TestState {
    return this.getSnapshot();
  }

  // ---- secret store and connections ---------------------------------------------------------------

  async loadSecretStatus(): Promise<void> {
    try {
      this.update({ secretStatus: await this.api.secretStoreStatus({}) });
    } catch (err) {
      this.update({ secretStatus: { state: 'unavailable', message: messageOf(err) } });
    }
  }

  async keepSecretsForSession(): Promise<void> {
    try {
      // biome-ignore lint/correctness/useHookAtTopLevel: an IPC channel named use..., not a React hook.
      this.update({ secretStatus: await this.api.useSessionOnlySecrets({}) });
    } catch (err) {
      this.update({ connectionError: messageOf(err) });
    }
  }

  async loadConnections(): Promise<void> {
    try {
      const { connections } = await this.api.listConnections({ dir: this.dir });
      this.update((s) => ({
        connections,
        connectionError: undefined,
        connectionId:
          s.connectionId !== undefined && connections.some((c) => c.id === s.connectionId) ? s.connectionId : connections[0]?.id,
      }));
    } catch (err) {
      this.update({ connections: [], connectionError: messageOf(err) });
    }
  }

  selectConnection(id: string | undefined): void {
    this.update({ connectionId: id, oauthSession: undefined });
  }

  /** Creates or updates a connection; answers it, or undefined after showing why not. */
  async saveConnection(request: {
    id?: string;
    name: string;
    values: Record<string, string>;
    secrets: Record<string, string | null>;
  }): Promise<SavedConnection | undefined> {
    try {
      const saved = await this.api.saveConnection({ dir: this.dir, ...request });
      this.update({ connectionError: undefined });
      await this.loadConnections();
      this.update({ connectionId: saved.id });
      return saved;
    } catch (err) {
      this.update({ connectionError: messageOf(err) });
      return undefined;
    }
  }

  async deleteConnection(id: string): Promise<void> {
    try {
      await this.api.deleteConnection({ dir: this.dir, id });
      this.update((s) => ({ connectionError: undefined, connectionId: s.connectionId === id ? undefined : s.connectionId }));
      await this.loadConnections();
    } catch (err) {
      this.update({ connectionError: messageOf(err) });
    }
  }

  // ---- OAuth ---------------------------------------------------------------------------------------

  async loadOAuthSession(connectionId: string): Promise<void> {
    try {
      const session = await this.api.oauthSession({ dir: this.dir, connectionId });
      if (this.state.connectionId === connectionId) this.update({ oauthSession: session });
    } catch {
      // Sign-in not available: the Sign in button says so when pressed.
      this.update({ oauthSession: undefined });
    }
  }

  async signIn(
    connectionId: string,
    texts: { definitionText: string; propertiesText?: string },
    grant: 'authorization_code' | 'client_credentials',
  ): Promise<void> {
    this.stopPolling();
    this.update({ signIn: { connectionId, state: 'starting' } });
    try {
      const started = await this.api.startOAuthSignIn({ dir: this.dir, connectionId, grant, ...texts });
      this.update({
        signIn: {
          connectionId,
          flowId: started.flowId,
          state: started.state,
          ...(started.message !== undefined ? { message: started.message } : {}),
          ...(started.authorizeUrl !== undefined && !started.openedExternally ? { authorizeUrl: started.authorizeUrl } : {}),
        },
      });
      if (started.state === 'pending') this.poll(connectionId, started.flowId);
      else void this.loadOAuthSession(connectionId);
    } catch (err) {
      this.update({ signIn: { connectionId, state: 'failed', message: messageOf(err) } });
    }
  }

  private poll(connectionId: string, flowId: string): void {
    this.pollTimer = setTimeout(async () => {
      try {
        const status = await this.api.oauthFlowStatus({ flowId });
        this.update((s) => ({
          signIn: { ...s.signIn!, state: status.state, ...(status.message !== undefined ? { message: status.message } : {}) },
        }));
        if (status.state === 'pending') return this.poll(connectionId, flowId);
        void this.loadOAuthSession(connectionId);
      } catch (err) {
        this.update((s) => ({ signIn: { ...s.signIn!, state: 'failed', message: messageOf(err) } }));
      }
    }, 1000);
  }

  private stopPolling(): void {
    if (this.pollTimer !== undefined) clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
  }

  async cancelSignIn(): Promise<void> {
    const flowId = this.state.signIn?.flowId;
    this.stopPolling();
    if (flowId === undefined) return this.update({ signIn: undefined });
    try {
      const status = await this.api.cancelOAuthSignIn({ flowId });
      this.update((s) => ({
        signIn: { ...s.signIn!, state: status.state, ...(status.message !== undefined ? { message: status.message } : {}) },
      }));
    } catch (err) {
      this.update((s) => ({ signIn: { ...s.signIn!, state: 'failed', message: messageOf(err) } }));
    }
  }

  async signOut(connectionId: string): Promise<void> {
    try {
      this.update({ oauthSession: await this.api.signOut({ dir: this.dir, connectionId }), signIn: undefined });
    } catch (err) {
      this.update({ connectionError: messageOf(err) });
    }
  }

  // ---- runs ----------------------------------------------------------------------------------------

  setTimeoutSeconds(value: string): void {
    this.update({ timeoutSeconds: value });
  }

  setInput(operation: string, name: string, value: string): void {
    this.update((s) => ({ inputs: { ...s.inputs, [operation]: { ...s.inputs[operation], [name]: value } } }));
  }

  /** Sets values not typed yet (a body example), leaving what the person typed. */
  prefill(operation: string, values: Record<string, string>): void {
    const current = this.state.inputs[operation] ?? {};
    const missing = Object.entries(values).filter(([k]) => current[k] === undefined);
    if (missing.length)
      this.update((s) => ({ inputs: { ...s.inputs, [operation]: { ...Object.fromEntries(missing), ...s.inputs[operation] } } }));
  }

  private timeoutMs(): number {
    const seconds = Number(this.state.timeoutSeconds);
    return Number.isFinite(seconds) && seconds > 0 ? Math.min(600_000, Math.max(100, Math.round(seconds * 1000))) : 30_000;
  }

  /** What a run of the operation sends: its typed inputs (empty ones left out), the connection, the timeout. */
  runRequest(operation: string, texts: { definitionText: string; propertiesText?: string }): RequestOf<'runOperationTest'> {
    const inputs = Object.fromEntries(Object.entries(this.state.inputs[operation] ?? {}).filter(([, v]) => v !== ''));
    return {
      dir: this.dir,
      ...texts,
      operation,
      inputs,
      ...(this.state.connectionId !== undefined ? { connectionId: this.state.connectionId } : {}),
      timeoutMs: this.timeoutMs(),
    };
  }

  async run(operation: string, texts: { definitionText: string; propertiesText?: string }): Promise<TestResult | undefined> {
    if (this.state.running[operation]) return undefined;
    this.update((s) => ({ running: { ...s.running, [operation]: true }, viewing: { ...s.viewing, [operation]: undefined } }));
    let result: TestResult | undefined;
    try {
      result = await this.api.runOperationTest(this.runRequest(operation, texts));
      this.update((s) => ({ results: { ...s.results, [operation]: result! }, runErrors: omit(s.runErrors, operation) }));
    } catch (err) {
      this.update((s) => ({ runErrors: { ...s.runErrors, [operation]: messageOf(err) }, results: omit(s.results, operation) }));
    } finally {
      this.update((s) => ({ running: omit(s.running, operation) }));
    }
    void this.loadHistory(operation);
    return result;
  }

  /** Runs the operations one after the other, until done or stopped. */
  async runAll(operations: { key: string; pointer: string }[], texts: { definitionText: string; propertiesText?: string }): Promise<void> {
    if (this.state.all?.running) return;
    const rows: AllRow[] = operations.map((o) => ({ operation: o.key, pointer: o.pointer, state: 'waiting' }));
    this.update({ all: { rows, running: true, stopping: false } });
    const setRow = (i: number, patch: Partial<AllRow>) =>
      this.update((s) => (s.all ? { all: { ...s.all, rows: s.all.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) } } : {}));
    for (let i = 0; i < rows.length; i++) {
      if (this.state.all?.stopping) break;
      const key = rows[i]!.operation;
      setRow(i, { state: 'running' });
      const result = await this.run(key, texts);
      if (!result) setRow(i, { state: 'error', message: this.state.runErrors[key] ?? 'The operation was already running.' });
      else {
        setRow(i, {
          state: result.outcome,
          ...(result.response ? { status: result.response.status, totalMs: result.response.timing.totalMs } : {}),
          ...(result.problems[0] !== undefined ? { message: result.problems[0] } : {}),
        });
      }
    }
    this.update((s) => (s.all ? { all: { ...s.all, running: false, stopping: false } } : {}));
  }

  stopAll(): void {
    this.update((s) => (s.all?.running ? { all: { ...s.all, stopping: true } } : {}));
  }

  // ---- history -------------------------------------------------------------------------------------

  async loadHistory(operation: string): Promise<void> {
    try {
      const { entries } = await this.api.listTestHistory({ dir: this.dir, operation });
      this.update((s) => ({ history: { ...s.history, [operation]: entries }, historyError: omit(s.historyError, operation) }));
    } catch (err) {
      this.update((s) => ({ historyError: { ...s.historyError, [operation]: messageOf(err) } }));
    }
  }

  async clearHistory(operation: string): Promise<void> {
    try {
      await this.api.clearTestHistory({ dir: this.dir, operation });
      this.update((s) => ({ history: { ...s.history, [operation]: [] }, viewing: { ...s.viewing, [operation]: undefined } }));
    } catch (err) {
      this.update((s) => ({ historyError: { ...s.historyError, [operation]: messageOf(err) } }));
    }
  }

  view(operation: string, entry: HistoryEntry | undefined): void {
    this.update((s) => ({ viewing: { ...s.viewing, [operation]: entry } }));
  }
}

function omit<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _, ...rest } = record;
  return rest;
}
