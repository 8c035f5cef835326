// Long tables mount in chunks: a first screenful now, then more rows a frame, each chunk in its
// own task after the frame is painted, so input is answered between chunks and the screen is
// complete a few frames later. The chunk size follows the machine: each chunk aims at `budgetMs`
// of main-thread work, counting both its rendering (start → commit) and the browser's style,
// layout and paint of it (the frame's rAF → the task after that frame). Used by the follow-up grid
// and the plan table.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

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
  const chunk = useRef({ start: 0, rendered: 0 });
  useLayoutEffect(() => {
    if (chunk.current.start) chunk.current.rendered = performance.now() - chunk.current.start;
  }, [count]);
  useEffect(() => {
    if (count >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      const frameStart = performance.now();
      timer = setTimeout(() => {
        const c = chunk.current;
        if (c.start) {
          // The last chunk's cost: its rendering, plus this frame's style, layout and paint.
          const cost = Math.max(1, c.rendered + (performance.now() - frameStart));
          // At most triple (a fast chunk may precede a slow one), never below a few rows.
          size.current = Math.round(clamp((size.current * budgetMs) / cost, 4, size.current * 3));
        }
        chunk.current = { start: performance.now(), rendered: 0 };
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
