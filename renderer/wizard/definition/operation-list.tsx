// The actions and triggers as a list box that renders only the rows in view (the largest real
// connectors have hundreds). Arrow keys, Home, End, Page Up and Page Down move the selection.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { KIND_LABELS } from '../../../shared/editing/connector-labels';
import type { OperationRow } from '../../../shared/editing/form-state';

// Room for a summary on two lines and the operation ID with its badges.
export const ROW_HEIGHT = 76;
const OVERSCAN = 4;

interface Props {
  operations: readonly OperationRow[];
  selected: string | undefined;
  onSelect(pointer: string): void;
  labelledBy: string;
}

function optionId(index: number): string {
  return `operation-option-${index}`;
}

export function OperationList({ operations, selected, onSelect, labelledBy }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);
  const selectedIndex = operations.findIndex((op) => op.pointer === selected);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setHeight(el.clientHeight);
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Keep the selected row in view (after a keyboard move or a search).
  useEffect(() => {
    const el = ref.current;
    if (!el || selectedIndex < 0) return;
    const top = selectedIndex * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
  }, [selectedIndex]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(operations.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);

  const move = (index: number) => {
    const op = operations[Math.max(0, Math.min(operations.length - 1, index))];
    if (op) onSelect(op.pointer);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const from = selectedIndex < 0 ? -1 : selectedIndex;
    const target: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: from < 0 ? 0 : from - 1,
      Home: 0,
      End: operations.length - 1,
      PageDown: from + page,
      PageUp: from - page,
    };
    if (e.key in target) {
      e.preventDefault();
      move(target[e.key]!);
    }
  };

  return (
    <div
      ref={ref}
      className="operation-list"
      role="listbox"
      tabIndex={0}
      aria-labelledby={labelledBy}
      aria-activedescendant={selectedIndex >= first && selectedIndex < last ? optionId(selectedIndex) : undefined}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div className="operation-list-inner" style={{ height: operations.length * ROW_HEIGHT }}>
        {operations.slice(first, last).map((op, i) => {
          const index = first + i;
          return (
            <div
              key={op.pointer}
              id={optionId(index)}
              role="option"
              aria-selected={op.pointer === selected}
              aria-posinset={index + 1}
              aria-setsize={operations.length}
              className="operation-row"
              title={op.summary ? `${op.summary} (${op.operationId || 'no operation ID'})` : undefined}
              style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
              onClick={() => onSelect(op.pointer)}
            >
              <span className="operation-row-title">
                <span className={`method method-${op.method}`}>{op.method.toUpperCase()}</span>{' '}
                {op.summary || <span className="missing">No summary</span>}
              </span>
              <span className="operation-row-sub">
                <code>{op.operationId || 'no operation ID'}</code>
                {op.kind !== 'action' ? <span className="badge">{KIND_LABELS[op.kind]}</span> : null}
                {op.deprecated ? <span className="badge badge-warn">Deprecated</span> : null}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
