// Long tables mount in chunks: a first screenful now, then more rows a frame, each chunk in its
// own task after the frame is painted, so input is answered between chunks (no block over 50 ms)
// and the screen is complete a few frames later. The chunk size follows the machine: each chunk
// aims at `budgetMs` of rendering (measured from its start to its commit), leaving the rest of the
// frame's 50 ms to the browser's layout and paint. Used by the follow-up grid and the plan table.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface Chunks {
  /** Rows in the first render. */
  first: number;
  /** Rows in the second chunk; later chunks grow or shrink with the time the last one took. */
  step: number;
  /** Rendering time a chunk aims at (ms). */
  budgetMs?: number;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** How many rows to render now; grows to `total` over the next frames (remount to start over). */
export function useProgressiveCount(total: number, { first, step, budgetMs = 30 }: Chunks): number {
  const [count, setCount] = useState(first);
  const size = useRef(step);
  const started = useRef(0);
  useLayoutEffect(() => {
    if (!started.current) return;
    const ms = Math.max(1, performance.now() - started.current);
    started.current = 0;
    // At most triple (a fast chunk may precede a slow one), never below a few rows.
    size.current = Math.round(clamp((size.current * budgetMs) / ms, Math.max(4, size.current / 2), size.current * 3));
  }, [count, budgetMs]);
  useEffect(() => {
    if (count >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        started.current = performance.now();
        setCount((n) => n + size.current);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [count, total]);
  return count;
}
