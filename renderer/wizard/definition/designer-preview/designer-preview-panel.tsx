// The designer preview beside the selected operation's form: the Power Automate card, the
// dynamic content its response gives, the Power Apps call, and the problems a maker would see,
// all from the text as it is (the detail worker builds it with the operation's detail).
import { useId } from 'react';
import type { DesignerPreview } from '../../../../shared/engines/designer-preview';
import { useTabSession } from '../../../session/session-context';
import { useStore } from '../../../session/use-store';
import type { Finding } from '../../../workers/certify-protocol';
import { PreviewCard } from './preview-card';
import { PreviewOutputsView } from './preview-outputs';
import { PreviewPowerApps } from './preview-power-apps';
import { PreviewProblems } from './preview-problems';
import './designer-preview.css';

/** A store read with useStore (the icon file, the certification checker). */
interface Readable<T> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): T;
}

interface Props {
  preview: DesignerPreview | undefined;
  /** Why the detail worker could not read the operation, if it could not. */
  error?: string | undefined;
  icon: Readable<{ base64: string | undefined }>;
  certification: Readable<{ findings: Finding[] | undefined }>;
  onFocusParameter(parameterPointer: string, field: string): void;
  id?: string;
}

export function DesignerPreviewPanel({ preview, error, icon, certification, onFocusParameter, id }: Props) {
  const session = useTabSession();
  const { base64 } = useStore(icon);
  const { findings } = useStore(certification);
  const headingId = useId();
  const cardId = useId();
  const problemsId = useId();
  const outputsId = useId();
  const appsId = useId();
  return (
    <section className="designer-preview" aria-labelledby={headingId} id={id}>
      <h3 id={headingId}>Designer preview</h3>
      <p className="section-hint">What Power Automate and Power Apps would show of this operation, from the text as it is.</p>
      {!preview ? (
        <p className={error ? 'error' : 'status'}>{error ? `The preview cannot be built: ${error}` : 'Reading the operation…'}</p>
      ) : (
        <>
          <section aria-labelledby={cardId}>
            <h4 id={cardId}>Power Automate</h4>
            <PreviewCard preview={preview} icon={base64} />
          </section>
          <section aria-labelledby={problemsId}>
            <h4 id={problemsId}>What a maker would see{preview.problems.length ? ` (${preview.problems.length})` : ''}</h4>
            <PreviewProblems problems={preview.problems} findings={findings} session={session} onFocusParameter={onFocusParameter} />
          </section>
          <section aria-labelledby={outputsId}>
            <h4 id={outputsId}>Outputs</h4>
            <PreviewOutputsView outputs={preview.outputs} />
          </section>
          <section aria-labelledby={appsId}>
            <h4 id={appsId}>Power Apps</h4>
            <PreviewPowerApps call={preview.powerApps} />
          </section>
        </>
      )}
    </section>
  );
}
