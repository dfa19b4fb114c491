// The selected operation's detail and designer preview, from the detail worker: asked again whenever the form state
// changes (the texts moved on) or another operation is chosen. One request at a time; while one is
// out, only the latest wish is kept. Texts are sent only when their version changed.
import { useEffect, useRef, useState } from 'react';
import type { OperationDetail } from '../../../shared/editing/definition-edits';
import type { DesignerPreview } from '../../../shared/engines/designer-preview';
import type { ConnectorTexts } from '../../session/editing';
import type { DetailAnswer, DetailRequest } from './detail-protocol';
import DetailWorker from './detail-worker?worker';

class DetailClient {
  private readonly worker = new DetailWorker();
  private seq = 0;
  private busy = false;
  private wanted: { pointer: string; done(answer: DetailAnswer): void } | undefined;
  private sent: { definition: number; properties: number } = { definition: -1, properties: -1 };

  constructor(private readonly texts: ConnectorTexts) {
    this.worker.onmessage = (e: MessageEvent<DetailAnswer>) => {
      this.busy = false;
      this.current?.(e.data);
      this.next();
    };
  }

  private current: ((answer: DetailAnswer) => void) | undefined;

  request(pointer: string, done: (answer: DetailAnswer) => void): void {
    this.wanted = { pointer, done };
    this.next();
  }

  private next(): void {
    if (this.busy || !this.wanted) return;
    const { pointer, done } = this.wanted;
    this.wanted = undefined;
    const message: DetailRequest = { id: ++this.seq, pointer };
    const defVersion = this.texts.version('definition');
    if (defVersion !== undefined && defVersion !== this.sent.definition) {
      message.definition = this.texts.text('definition') ?? '';
      this.sent.definition = defVersion;
    }
    const propsVersion = this.texts.version('properties') ?? 0;
    if (propsVersion !== this.sent.properties) {
      message.properties = this.texts.text('properties') ?? null;
      this.sent.properties = propsVersion;
    }
    this.busy = true;
    this.current = done;
    this.worker.postMessage(message);
  }

  dispose(): void {
    this.worker.terminate();
  }
}

export interface OperationDetailState {
  detail: OperationDetail | undefined;
  preview?: DesignerPreview;
  error?: string;
}

/** The detail of the operation at `pointer`, refreshed after every form state (`formVersion`). */
export function useOperationDetail(session: ConnectorTexts, pointer: string | undefined, formVersion: unknown): OperationDetailState {
  const client = useRef<DetailClient | undefined>(undefined);
  const [state, setState] = useState<{ pointer: string } & OperationDetailState>();
  useEffect(() => {
    const c = (client.current = new DetailClient(session));
    return () => {
      c.dispose();
      client.current = undefined;
    };
  }, [session]);
  useEffect(() => {
    if (!pointer || !client.current) return;
    client.current.request(pointer, (a) =>
      setState({ pointer, detail: a.detail, ...(a.preview ? { preview: a.preview } : {}), ...(a.error ? { error: a.error } : {}) }),
    );
  }, [session, pointer, formVersion]);
  // A detail of another operation is never shown as this one's.
  if (!state || state.pointer !== pointer) return { detail: undefined };
  return { detail: state.detail, ...(state.preview ? { preview: state.preview } : {}), ...(state.error ? { error: state.error } : {}) };
}
