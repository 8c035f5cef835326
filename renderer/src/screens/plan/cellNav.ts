// Moving between editable cells like in a Word table: Tab goes to the next cell and opens it for
// typing, Shift+Tab to the previous one. Every editable cell's display element carries data-cell.
let openOnFocus: HTMLElement | null = null;

/** Called by a cell when it gets focus: true once if it was focused by Tab from an open editor. */
export function takeOpenOnFocus(el: HTMLElement | null): boolean {
  if (!el || openOnFocus !== el) return false;
  openOnFocus = null;
  return true;
}

/** Focuses the cell after (or before) `from` and asks it to open its editor (text cells only). */
export function focusNeighbourCell(from: HTMLElement, backwards: boolean, open = true): boolean {
  const table = from.closest('table');
  if (!table) return false;
  const cells = Array.from(table.querySelectorAll<HTMLElement>('[data-cell]'));
  const here = from.closest<HTMLElement>('[data-cell]');
  const i = here ? cells.indexOf(here) : -1;
  const next = cells[backwards ? i - 1 : i + 1];
  if (!next) return false;
  openOnFocus = open && next.dataset.cell === 'text' ? next : null;
  next.focus();
  next.scrollIntoView({ block: 'nearest' });
  return true;
}

/** Opens the editor of a cell found later (a new item or activity, once the plan has been re-read). */
export function openCellWhenShown(selector: string, tries = 20): void {
  const el = document.querySelector<HTMLElement>(selector);
  if (el) {
    openOnFocus = el;
    el.focus();
    el.scrollIntoView({ block: 'center' });
    return;
  }
  if (tries > 0) requestAnimationFrame(() => openCellWhenShown(selector, tries - 1));
}
