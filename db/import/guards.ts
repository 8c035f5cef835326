// Input that is not a plan at all is refused before any parsing: empty, enormous or binary.

import type { ImportProblem } from './types';
import { IMPORT_INPUT_MESSAGES } from '../../core/terms';

/** A whole plan is ~110 KB; 5 MB is far beyond any real one. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** UTF-8 size, counted only while it can still matter (stops at the limit). */
function utf8BytesUpTo(text: string, limit: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const reject = (line: number, message: string): ImportProblem => ({ line, severity: 'error', message });

/** The 1-based line of a character offset (only used once a defect is found). */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function checkInput(text: unknown): ImportProblem | null {
  if (typeof text !== 'string') return reject(0, IMPORT_INPUT_MESSAGES.notText);
  // Every character is at least one byte: a longer string is too big without counting further.
  if (text.length > MAX_INPUT_BYTES || utf8BytesUpTo(text, MAX_INPUT_BYTES) > MAX_INPUT_BYTES) {
    return reject(0, IMPORT_INPUT_MESSAGES.tooLarge(MAX_INPUT_BYTES / 1024 / 1024));
  }
  if (text.trim() === '') return reject(0, IMPORT_INPUT_MESSAGES.empty);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return reject(lineAt(text, nul), IMPORT_INPUT_MESSAGES.nul);
  let bad = 0;
  let firstBad = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // U+FFFD = bytes that were not text; C0 controls other than tab/newline = binary.
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13)) {
      bad++;
      if (firstBad < 0) firstBad = i;
    }
  }
  if (bad >= 8 && bad * 200 > text.length) {
    const line = lineAt(text, firstBad);
    return reject(line, IMPORT_INPUT_MESSAGES.unreadableChars(bad, line));
  }
  return null;
}
