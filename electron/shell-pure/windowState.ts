// The main window's size, position and maximised state, remembered between runs. Pure: parsing what
// was saved, and placing it on the displays there are now (a laptop undocked from its second
// monitor must not open the window off screen).

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const MIN_WIDTH = 900;
export const MIN_HEIGHT = 600;
export const DEFAULT_SIZE = { width: 1280, height: 820 };

const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** The saved state, or null when the text is missing, damaged or nonsense. */
export function parseWindowState(text: string | null): WindowState | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const s = raw as { bounds?: Partial<Rect>; maximized?: unknown } | null;
  const b = s?.bounds;
  if (!b || !isInt(b.x) || !isInt(b.y) || !isInt(b.width) || !isInt(b.height)) return null;
  if (b.width < 100 || b.height < 100) return null;
  return {
    bounds: { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) },
    maximized: s.maximized === true,
  };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where to open the window: the saved bounds when enough of the window (its title bar included) is
 * on one of today's displays, shrunk to fit that display; otherwise only the saved size, centred by
 * the OS (no x/y). No saved state: the default size.
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: Rect[],
): { bounds: Partial<Rect>; maximized: boolean } {
  if (!saved) return { bounds: { ...DEFAULT_SIZE }, maximized: false };
  const b = saved.bounds;
  const titleBar: Rect = { x: b.x, y: b.y, width: b.width, height: 40 };
  const area = workAreas.map((w) => ({ w, seen: overlap(titleBar, w) })).sort((p, q) => q.seen - p.seen)[0];
  const width = (w: Rect) => Math.max(MIN_WIDTH, Math.min(b.width, w.width));
  const height = (w: Rect) => Math.max(MIN_HEIGHT, Math.min(b.height, w.height));
  if (!area || area.seen < Math.min(b.width, 200) * 20) {
    const first = workAreas[0];
    return {
      bounds: first ? { width: width(first), height: height(first) } : { width: b.width, height: b.height },
      maximized: saved.maximized,
    };
  }
  const w = area.w;
  const wd = width(w);
  const ht = height(w);
  const x = Math.min(Math.max(b.x, w.x), w.x + w.width - Math.min(wd, w.width));
  const y = Math.min(Math.max(b.y, w.y), w.y + w.height - Math.min(ht, w.height));
  return { bounds: { x, y, width: wd, height: ht }, maximized: saved.maximized };
}
