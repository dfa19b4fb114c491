// Form on the left, editor on the right, with a divider that drags (or moves with the arrow keys)
// and either side collapsible. The ratio is the form's share of the width, in percent.
import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

interface Props {
  ratio: number;
  onRatioChange(ratio: number): void;
  formHidden: boolean;
  editorHidden: boolean;
  form: ReactNode;
  editor: ReactNode;
  formId: string;
  editorId: string;
}

const MIN = 20;
const MAX = 80;
const clamp = (n: number) => Math.round(Math.min(MAX, Math.max(MIN, n)));

export function SplitView({ ratio, onRatioChange, formHidden, editorHidden, form, editor, formId, editorId }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const both = !formHidden && !editorHidden;
  const columns = both ? `${ratio}fr 6px ${100 - ratio}fr` : '1fr';

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!e.currentTarget.hasPointerCapture(e.pointerId)) return;
    const box = container.current?.getBoundingClientRect();
    if (box && box.width > 0) onRatioChange(clamp(((e.clientX - box.left) / box.width) * 100));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 10 : 2;
    const next: Record<string, number> = { ArrowLeft: ratio - step, ArrowRight: ratio + step, Home: MIN, End: MAX };
    if (e.key in next) {
      e.preventDefault();
      onRatioChange(clamp(next[e.key]!));
    }
  };

  return (
    <div ref={container} className="split" style={{ gridTemplateColumns: columns }}>
      <div id={formId} className="split-pane form-pane" hidden={formHidden}>
        {form}
      </div>
      {both ? (
        <div
          className="split-divider"
          role="separator"
          aria-orientation="vertical"
          aria-label="Width of the form and the editor"
          aria-controls={`${formId} ${editorId}`}
          aria-valuemin={MIN}
          aria-valuemax={MAX}
          aria-valuenow={ratio}
          aria-valuetext={`Form ${ratio}%, editor ${100 - ratio}%`}
          tabIndex={0}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onKeyDown={onKeyDown}
        />
      ) : null}
      <div id={editorId} className="split-pane editor-pane" hidden={editorHidden}>
        {editor}
      </div>
    </div>
  );
}
