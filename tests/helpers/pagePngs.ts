// Every page of a PDF file as PNG bytes (pdftoppm -r 60, written beside it), in page order: how the
// report tests compare two prints pixel for pixel.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function pagePngs(file: string): Buffer[] {
  const stem = file.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-r', '60', '-png', file, stem]);
  const dir = path.dirname(file);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${path.basename(stem)}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f)));
}
