// Click-through from the overview (store `focus.activityId`): show that activity's row in the
// month grid, flash it, focus its status, then clear the focus target.
import { useEffect, type RefObject } from 'react';
import { scrollIntoViewKept } from '../../progressive';
import { useApp } from '../../StoreContext';
import type { MonthData } from './useMonthData';

interface ClickThrough {
  data: MonthData | null;
  loading: boolean;
  visible: ReadonlySet<number>;
  gridRef: RefObject<HTMLElement | null>;
  /** The activity is not due in the month shown. */
  onNotDue(month: string): void;
  /** The filters hide it: clear them (the hook runs again). */
  onHidden(): void;
}

export function useClickThrough({ data, loading, visible, gridRef, onNotDue, onHidden }: ClickThrough) {
  const focus = useApp((s) => s.focus);
  const clearFocus = useApp((s) => s.clearFocus);
  useEffect(() => {
    const id = focus?.activityId;
    if (!id || !data || loading) return;
    if (!data.rows.some((r) => r.activityId === id)) {
      onNotDue(data.month);
      clearFocus();
      return;
    }
    if (!visible.has(id)) {
      onHidden();
      return;
    }
    // The row may still be on its way (rows are added over a few frames).
    let frame = 0;
    let tries = 0;
    const show = () => {
      const find = () => gridRef.current?.querySelector<HTMLElement>(`tr.fu-row[data-activity-id="${id}"]`);
      let el = find();
      if (!el && tries++ < 120) {
        frame = requestAnimationFrame(show);
        return;
      }
      if (el) {
        // Focus first: a dormant row's stand-in (or a far row's placeholder) wakes the row, whose
        // live row (a new tr) focuses its select.
        el.querySelector<HTMLElement>('[data-field="status"], .fu-far-cell')?.focus({ preventScroll: true });
        el = find() ?? el;
        const status = el.querySelector<HTMLElement>('[data-field="status"]');
        if (status && document.activeElement !== status) status.focus({ preventScroll: true });
        // Kept in view while the rows around it wake (they change height after the scroll).
        scrollIntoViewKept(el);
        el.classList.remove('fu-flash');
        void el.offsetWidth; // restarts the animation
        el.classList.add('fu-flash');
      }
      clearFocus();
    };
    // From a frame, not from this effect: a row waking on focus renders at once (flushSync),
    // which React cannot do while it is still committing.
    frame = requestAnimationFrame(show);
    return () => cancelAnimationFrame(frame);
  }, [focus, data, loading, visible, gridRef, onNotDue, onHidden, clearFocus]);
}
