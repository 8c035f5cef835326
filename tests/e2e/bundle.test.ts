import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RENDERER_DIR } from './bridge/server';
import { ensureRendererBuilt } from './build';

// The built renderer (made by tests/e2e/build.ts) stays small: office PCs are old.
describe('renderer bundle', () => {
  beforeAll(() => ensureRendererBuilt());
  it('is at most 1.5 MB of minified JavaScript, with the Sarabun fonts bundled (no remote fonts)', () => {
    const assets = path.join(RENDERER_DIR, 'assets');
    const files = fs.readdirSync(assets);
    const js = files.filter((f) => f.endsWith('.js')).reduce((n, f) => n + fs.statSync(path.join(assets, f)).size, 0);
    console.log(`renderer JS: ${(js / 1024).toFixed(0)} KB`);
    expect(js).toBeGreaterThan(50 * 1024);
    expect(js).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    expect(files.some((f) => /sarabun-thai-400-normal.*\.woff2$/.test(f))).toBe(true);
    const css = files
      .filter((f) => f.endsWith('.css'))
      .map((f) => fs.readFileSync(path.join(assets, f), 'utf8'))
      .join('\n');
    expect(css).not.toMatch(/url\(\s*['"]?https?:/);
    const html = fs.readFileSync(path.join(RENDERER_DIR, 'index.html'), 'utf8');
    expect(html).not.toMatch(/(src|href)=["']https?:/);
  });
});
