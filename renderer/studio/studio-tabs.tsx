// The wizard's steps as tabs, in the portal's order (tab-registry.ts). Arrow keys move between tabs
// (and show them), Tab moves into the panel.
import type { KeyboardEvent } from 'react';
import { TABS, type TabId } from './tab-registry';

export const tabId = (id: TabId) => `tab-${id}`;
export const panelId = (id: TabId) => `panel-${id}`;

interface Props {
  active: TabId;
  onChange(id: TabId): void;
}

export function StudioTabs({ active, onChange }: Props) {
  const onKeyDown = (e: KeyboardEvent) => {
    // From the focused tab (the selected one, unless focus was put elsewhere by a script).
    const focused = TABS.findIndex((t) => tabId(t.id) === (e.target as HTMLElement).id);
    const i = focused >= 0 ? focused : TABS.findIndex((t) => t.id === active);
    const to: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 };
    if (!(e.key in to)) return;
    e.preventDefault();
    const next = TABS[(to[e.key]! + TABS.length) % TABS.length]!;
    onChange(next.id);
    document.getElementById(tabId(next.id))?.focus();
  };
  return (
    <div role="tablist" aria-label="Connector steps" className="tabs" onKeyDown={onKeyDown}>
      {TABS.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={tabId(t.id)}
          aria-selected={t.id === active}
          aria-controls={panelId(t.id)}
          tabIndex={t.id === active ? 0 : -1}
          className="tab"
          onClick={() => onChange(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
