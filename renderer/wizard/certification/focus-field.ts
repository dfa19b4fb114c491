// Puts the keyboard focus on a form field by the label the form shows, once the tab showing it has
// rendered (a few frames after switching tabs or selecting an operation). A group of check boxes is
// found by its legend, and its first box focused.
const MAX_FRAMES = 30;

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

/** Focuses (and scrolls to) the field labelled `label` in the panel `panelId`, waiting for it to render. */
export function focusField(panelId: string, label: string, frames = MAX_FRAMES): void {
  requestAnimationFrame(() => {
    const panel = document.getElementById(panelId);
    const field = panel && !panel.hidden ? findField(panel, label) : undefined;
    if (field) {
      field.scrollIntoView({ block: 'center' });
      field.focus();
    } else if (frames > 0) {
      focusField(panelId, label, frames - 1);
    }
  });
}
