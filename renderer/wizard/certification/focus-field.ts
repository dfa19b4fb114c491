// Puts the keyboard focus on a form field by the label the form shows, once the tab showing it has
// rendered (a few frames after switching tabs or selecting an operation). A group of check boxes is
// found by its legend, and its first box focused. Where one label is used twice in a tab (Basic
// authentication's two "Parameter label"s), `within` names the legend of the section holding it.
// In a list typed one item a line (an `enum`'s Values), one item's line can be selected too.
const MAX_FRAMES = 30;

/** A form field: its label, the legend of its section when the label alone is ambiguous, and for a
 * request parameter's, response's or schema property's field that item's pointer (its form opens first). */
export interface FieldRequest {
  label: string;
  within?: string;
  item?: string;
  /** The line of a multi-line field to select (0 the first). */
  line?: number;
}

function section(panel: HTMLElement, legend: string | undefined): HTMLElement | undefined {
  if (legend === undefined) return panel;
  for (const el of panel.querySelectorAll('legend')) {
    if (el.textContent?.trim() === legend && el.parentElement) return el.parentElement;
  }
  return undefined;
}

function findField(panel: HTMLElement, label: string): HTMLElement | undefined {
  for (const el of panel.querySelectorAll('label')) {
    if (el.textContent?.trim() === label && el.htmlFor) {
      const field = document.getElementById(el.htmlFor);
      if (field) return field;
    }
  }
  for (const legend of panel.querySelectorAll('legend')) {
    if (legend.textContent?.trim() !== label) continue;
    const first = legend.parentElement?.querySelector<HTMLElement>('input, select, textarea, button');
    if (first) return first;
  }
  return undefined;
}

/** Selects line `line` of a text area (a line past its end selects nothing). */
function selectLine(field: HTMLElement, line: number): void {
  if (!(field instanceof HTMLTextAreaElement)) return;
  const lines = field.value.split('\n');
  if (line >= lines.length) return;
  const start = lines.slice(0, line).reduce((at, l) => at + l.length + 1, 0);
  field.setSelectionRange(start, start + lines[line]!.length);
}

/**
 * Focuses (and scrolls to) the field labelled `label` in the panel `panelId`, waiting for it to
 * render; with `line`, selects that line of it.
 */
export function focusField(panelId: string, label: string, within?: string, line?: number, frames = MAX_FRAMES): void {
  requestAnimationFrame(() => {
    const panel = document.getElementById(panelId);
    const scope = panel && !panel.hidden ? section(panel, within) : undefined;
    const field = scope ? findField(scope, label) : undefined;
    if (field) {
      field.scrollIntoView({ block: 'center' });
      field.focus();
      if (line !== undefined) selectLine(field, line);
    } else if (frames > 0) {
      focusField(panelId, label, within, line, frames - 1);
    }
  });
}
