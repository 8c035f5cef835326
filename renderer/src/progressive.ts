// Long tables (the follow-up grid, the plan table) mount every row at once but draw only those in
// and near the view: the others are light placeholders (one empty cell of about a row's height)
// that turn into real rows as they come within a screen of the view. A month of 300 activities
// then lays out what is seen, not 300 rows (all in the DOM, Tab reaches every row, and the table
// says it is complete, data-complete, once the rows in view are drawn). Rows woken by scrolling
// render in a transition, so React yields to input while it renders them.
import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useLayoutEffect,
  useState,
  type RefObject,
} from 'react';

/**
 * Rows far from the view mount as light placeholders (one cell each) and turn into real rows as
 * they come within a screen of the view, so a long table's first frame lays out what is seen,
 * not 300 rows. Rows never turn back (a draft or focus stays where it is). The observer's root is
 * the table's scroll box; rows register before it exists and are observed once it does.
 */
export class NearView {
  private io: IntersectionObserver | null = null;
  private readonly waiting = new Map<Element, () => void>();

  /** `root`: the scroll box (null: the window). `onSettled`: after each batch of rows woken (the first: the view is complete). */
  attach(root: Element | null, onSettled: () => void): void {
    this.io = new IntersectionObserver(
      (entries) => {
        const wake: (() => void)[] = [];
        for (const e of entries) {
          const cb = e.isIntersecting ? this.waiting.get(e.target) : undefined;
          if (!cb) continue;
          this.waiting.delete(e.target);
          this.io?.unobserve(e.target);
          wake.push(cb);
        }
        // One interruptible render for the batch: React yields to input while it renders them.
        startTransition(() => {
          for (const cb of wake) cb();
          onSettled();
        });
      },
      { root, rootMargin: '100% 0px' },
    );
    for (const el of this.waiting.keys()) this.io.observe(el);
    if (this.waiting.size === 0) onSettled(); // every row is near: nothing to wait for
  }

  detach(): void {
    this.io?.disconnect();
    this.io = null;
  }

  /** Calls `onNear` once, when `el` comes within a screen of the view; returns the unobserve. */
  observe(el: Element, onNear: () => void): () => void {
    this.waiting.set(el, onNear);
    this.io?.observe(el);
    return () => {
      this.waiting.delete(el);
      this.io?.unobserve(el);
    };
  }
}

export const NearViewContext = createContext<NearView | null>(null);

/**
 * Whether `ref`'s element has come near the view (true at once when `near` or with no NearView),
 * and a function that says it has (focus reached the placeholder).
 */
export function useNearView(ref: RefObject<Element | null>, near: boolean): [boolean, () => void] {
  const view = useContext(NearViewContext);
  const [seen, setSeen] = useState(near || !view);
  if (near && !seen) setSeen(true); // once drawn, never back (a search that showed it has been cleared)
  useLayoutEffect(() => {
    if (seen || !view || !ref.current) return;
    return view.observe(ref.current, () => setSeen(true));
  }, [seen, view, ref]);
  return [seen || near, useCallback(() => setSeen(true), [])];
}

/** The nearest ancestor that scrolls vertically (null: the window). */
function scrollBoxOf(el: Element): Element | null {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(p).overflowY)) return p;
  }
  return null;
}

/**
 * The NearView of a table: attached to the table's scroll box after mount; `settled` is false
 * until the rows in view have been woken and rendered.
 */
export function useNearViewRoot(table: RefObject<HTMLElement | null>): { view: NearView; settled: boolean } {
  const [view] = useState(() => new NearView());
  const [settled, setSettled] = useState(false);
  useLayoutEffect(() => {
    if (!table.current) return;
    view.attach(scrollBoxOf(table.current), () => setSettled(true));
    return () => view.detach();
  }, [view, table]);
  return { view, settled };
}

/** Focus arrived at `e.currentTarget` from an element after it (Shift+Tab from below). */
export function focusFromBelow(e: { currentTarget: Element; relatedTarget: EventTarget | null }): boolean {
  const from = e.relatedTarget;
  return (
    from instanceof Node && (e.currentTarget.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
  );
}

/** How long the table must stay the same size before a kept target is let go. */
const QUIET_MS = 1500;

/**
 * Scrolls `el` into view (`block`) and keeps it there while the rows around it settle: rows waking
 * near the view (placeholders of an estimated height turning into real rows, off-screen text
 * blocks getting their real size) change the height above it after the scroll, which on a slow
 * PC comes frames later and would slide the row the user went to out of view. Each time the table
 * or one of its bodies changes size, `el` is scrolled back into view; this stops once the table has
 * kept its size for QUIET_MS, when the user scrolls, clicks or types, or when `el` leaves the
 * document. Returns the stop.
 */
export function scrollIntoViewKept(el: HTMLElement, block: ScrollLogicalPosition = 'center'): () => void {
  el.scrollIntoView({ block });
  const table = el.closest('table');
  if (!table) return () => undefined;
  let quiet = 0;
  const user = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;
  const stop = () => {
    ro.disconnect();
    clearTimeout(quiet);
    for (const type of user) window.removeEventListener(type, stop, true);
  };
  const rest = () => {
    clearTimeout(quiet);
    quiet = window.setTimeout(stop, QUIET_MS);
  };
  // Called before the frame is painted, after the layout that moved the row.
  const ro = new ResizeObserver(() => {
    if (!el.isConnected) return stop();
    el.scrollIntoView({ block });
    rest();
  });
  ro.observe(table);
  for (const body of table.tBodies) ro.observe(body);
  ro.observe(el);
  for (const type of user) window.addEventListener(type, stop, { capture: true, passive: true });
  rest();
  return stop;
}
