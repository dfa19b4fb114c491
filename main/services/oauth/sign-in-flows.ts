// Browser sign-ins in progress and recently ended, by flow id, for the renderer to poll. A flow
// holds no secret: its verifier and state live in the closure that runs it.
import { randomBytes } from 'node:crypto';
import { StudioError } from '../../../shared/contracts/ipc';

export type FlowState = 'pending' | 'signed-in' | 'failed' | 'expired' | 'cancelled';

export interface FlowRecord {
  flowId: string;
  /** The connection it signs in (its scope, refresh-token-store.ts), so a newer sign-in replaces a pending one. */
  owner: string;
  state: FlowState;
  message?: string;
  endedAt?: number;
  /** Stops the loopback redirect. */
  stop(): void;
}

/** Ended flows are answered for this long, then forgotten. */
const KEEP_ENDED_MS = 15 * 60_000;
const MAX_FLOWS = 100;

export class SignInFlows {
  private readonly flows = new Map<string, FlowRecord>();

  constructor(private readonly now: () => number) {}

  /** A new pending flow; a pending one of the same connection is cancelled first. */
  create(owner: string, stop: () => void): FlowRecord {
    this.prune();
    for (const f of this.flows.values())
      if (f.owner === owner && f.state === 'pending')
        this.end(f.flowId, 'cancelled', 'A newer sign-in of this connection replaced this one.');
    const flow: FlowRecord = { flowId: randomBytes(16).toString('hex'), owner, state: 'pending', stop };
    this.flows.set(flow.flowId, flow);
    return flow;
  }

  get(flowId: string): FlowRecord {
    const f = this.flows.get(flowId);
    if (!f)
      throw new StudioError('not-found', 'There is no such sign-in (it ended more than 15 minutes ago, or the studio was restarted).');
    return f;
  }

  /** Ends a pending flow; an ended one stays as it ended. */
  end(flowId: string, state: Exclude<FlowState, 'pending'>, message?: string): FlowRecord {
    const f = this.get(flowId);
    if (f.state !== 'pending') return f;
    f.state = state;
    if (message !== undefined) f.message = message;
    f.endedAt = this.now();
    f.stop();
    return f;
  }

  /** Cancels the pending flows of a connection (signing out). */
  cancelOwner(owner: string, message: string): void {
    for (const f of this.flows.values()) if (f.owner === owner && f.state === 'pending') this.end(f.flowId, 'cancelled', message);
  }

  private prune(): void {
    const now = this.now();
    for (const [id, f] of this.flows) if (f.endedAt !== undefined && now - f.endedAt > KEEP_ENDED_MS) this.flows.delete(id);
    const ended = [...this.flows.values()].filter((f) => f.state !== 'pending');
    while (this.flows.size >= MAX_FLOWS && ended.length) this.flows.delete(ended.shift()!.flowId);
  }
}
