// Long tables mount in chunks: a first screenful now, then more rows a frame, each chunk in its
// own task after the frame that drew the last one is painted, so input is answered between chunks
// and the screen is complete a few frames later. The chunk size follows the machine: each chunk
// aims at `budgetMs` of main-thread work, counting its rendering (start → commit) and the frame
// that lays it out and paints it (the frame's rAF → the task after it), not the wait for that
// frame. The frame is asked for as the chunk commits (a layout effect): asked later (a passive
// effect), the browser may draw the chunk first and the frame measured is an empty one. Used by
// the follow-up grid and the plan table.
import { useLayoutEffect, useRef, useState } from 'react';

export interface Chunks {
  /** Rows in the first render. */
  first: number;
  /** Rows in the second chunk; later chunks grow or shrink with the time the last one took. */
  step: number;
  /** Main-thread time a chunk aims at (ms); under 50 ms so input never waits longer. */
  budgetMs?: number;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** How many rows to render now; grows to `total` over the next frames (remount to start over). */
export function useProgressiveCount(total: number, { first, step, budgetMs = 35 }: Chunks): number {
  const [count, setCount] = useState(first);
  const size = useRef(step);
  /** When the chunk now being drawn started (0: the first render's, not measured). */
  const started = useRef(0);
  useLayoutEffect(() => {
    if (count >= total) return;
    const rendered = started.current ? performance.now() - started.current : 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      const frameStart = performance.now();
      timer = setTimeout(() => {
        if (started.current) {
          const cost = Math.max(1, rendered + (performance.now() - frameStart));
          // At most double (a fast chunk may precede a slow one), never below a few rows.
          size.current = Math.round(clamp((size.current * budgetMs) / cost, 4, size.current * 2));
        }
        started.current = performance.now();
        setCount((n) => n + size.current);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [count, total, budgetMs]);
  return count;
}
