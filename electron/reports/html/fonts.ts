// Sarabun (from the @fontsource/sarabun package) inlined as base64 @font-face rules: the HTML then
// prints the same in Electron and in Node's Chromium, needs no file access, and the PDF embeds it.
import fs from 'node:fs';
import path from 'node:path';

/** fontsource's subsets we need: Thai, and Latin for codes, URLs and Arabic digits. */
const SUBSETS = [
  { name: 'thai', range: 'U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC' },
  {
    name: 'latin',
    range:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
] as const;
const WEIGHTS = [400, 700] as const;

export const REPORT_FONT_FAMILY = 'Sarabun';

function fontDir(): string {
  const candidates = [
    () => path.join(path.dirname(require.resolve('@fontsource/sarabun/package.json')), 'files'),
    () => path.resolve(__dirname, '..', '..', '..', 'node_modules', '@fontsource', 'sarabun', 'files'),
    () => path.resolve(process.cwd(), 'node_modules', '@fontsource', 'sarabun', 'files'),
  ];
  for (const c of candidates) {
    try {
      const dir = c();
      if (fs.existsSync(path.join(dir, 'sarabun-thai-400-normal.woff2'))) return dir;
    } catch {
      // next candidate
    }
  }
  throw new Error('Sarabun font files (@fontsource/sarabun) not found');
}

let cached: string | null = null;

/** The @font-face rules of the PDF font (read once per process, about 60 kB). Only Sarabun ships. */
export function fontFaces(font: { family: string }): string {
  if (font.family !== REPORT_FONT_FAMILY) throw new Error(`font not shipped: ${font.family}`);
  return sarabunFontFaces();
}

export function sarabunFontFaces(): string {
  if (cached !== null) return cached;
  const dir = fontDir();
  const rules: string[] = [];
  for (const weight of WEIGHTS) {
    for (const subset of SUBSETS) {
      const data = fs.readFileSync(path.join(dir, `sarabun-${subset.name}-${weight}-normal.woff2`)).toString('base64');
      rules.push(
        `@font-face{font-family:'${REPORT_FONT_FAMILY}';font-style:normal;font-weight:${weight};font-display:block;` +
          `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${subset.range}}`,
      );
    }
  }
  cached = rules.join('\n');
  return cached;
}
