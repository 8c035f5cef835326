// Moving between editable cells like in a Word table: Tab goes to the next cell and opens it for
// typing, Shift+Tab to the previous one. Every editable cell's display element carries data-cell.
import { scrollIntoViewKept } from '../../progressive';

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
  focusCell(next, open);
  return true;
}

/**
 * Focuses a cell; `open`: a text cell opens its editor. A far item's placeholder (data-cell="far")
 * carries `open` on to the cell it wakes into.
 */
export function focusCell(cell: HTMLElement, open: boolean, block: ScrollLogicalPosition = 'nearest'): void {
  openOnFocus = open && (cell.dataset.cell === 'text' || cell.dataset.cell === 'far') ? cell : null;
  cell.focus();
  // A far placeholder has woken into its item (a new element) and focused the cell there. Kept in
  // view while the items around it draw (the next key lets it go).
  const shown = cell.isConnected ? cell : document.activeElement;
  if (shown instanceof HTMLElement) scrollIntoViewKept(shown, block);
}

/**
 * Opens the editor of a cell found later (a new item or activity, once the plan has been re-read):
 * `field` inside `scope`; a scope still a far placeholder is woken first.
 */
export function openCellWhenShown(scope: string, field: string, tries = 20): void {
  const el = document.querySelector<HTMLElement>(`${scope} ${field}`);
  if (el) return focusCell(el, true, 'center');
  const far = document.querySelector(scope)?.closest('tbody.item-far')?.querySelector<HTMLElement>('[data-cell="far"]');
  far?.focus();
  if (tries > 0) requestAnimationFrame(() => openCellWhenShown(scope, field, tries - 1));
}
