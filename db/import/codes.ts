// Item codes (I1…I25, E1…E15, O1…O30) as OCR left them, resolved from the order of the items.
// OCR read "I" as "1" or "๑" or dropped it, and "O" as "0" or "๐"; the glyphs alone are
// ambiguous ("๑๘" is I8 in one place and I18 in another) but the items come in order.

import type { Tool } from './types';
import { toArabicDigits } from '../../core/thai/digits';

export const TOOL_LETTER: Record<Tool, string> = { IIT: 'I', EIT: 'E', OIT: 'O' };
/** How many items each tool has. */
export const TOOL_ITEM_COUNT: Record<Tool, number> = { IIT: 25, EIT: 15, OIT: 30 };
export const TOOLS: Tool[] = ['IIT', 'EIT', 'OIT'];

const LETTER_TOOL: Record<string, Tool> = { I: 'IIT', E: 'EIT', O: 'OIT' };

export interface CodeToken {
  /** The code as written, e.g. "1๑", "E๑๐", "0๖". */
  raw: string;
  /** A Latin letter written before the digits, if any. */
  letter: 'I' | 'E' | 'O' | null;
  /** The digits, in Arabic. */
  digits: string;
  /** The text after the code. */
  rest: string;
}

/** The code at the start of a first-column cell, or null when the cell does not start with one. */
export function readCodeToken(text: string): CodeToken | null {
  const m = /^([IEOieo]?)\s?([0-9\u0E50-\u0E59]{1,4})\.?(?=\s|$)/.exec(text);
  if (!m) return null;
  const letter = (m[1] ?? '').toUpperCase();
  return {
    raw: m[0].replace(/\.$/, ''),
    letter: letter === 'I' || letter === 'E' || letter === 'O' ? letter : null,
    digits: toArabicDigits(m[2] ?? ''),
    rest: text.slice(m[0].length).trim(),
  };
}

export interface CodeReading {
  tool: Tool;
  number: number;
}

/**
 * Every plausible reading of a code token. Without a letter: the digits as they stand (the
 * letter was dropped), and, when the first glyph is 1/๑ or 0/๐, that glyph read as I or O.
 */
export function codeReadings(token: CodeToken, currentTool: Tool | null): CodeReading[] {
  if (token.letter) return [{ tool: LETTER_TOOL[token.letter] as Tool, number: Number(token.digits) }];
  const out: CodeReading[] = [{ tool: currentTool ?? 'IIT', number: Number(token.digits) }];
  if (token.digits.length >= 2) {
    const first = token.raw[0];
    const restNumber = Number(token.digits.slice(1));
    if (first === '1' || first === '๑') out.push({ tool: 'IIT', number: restNumber });
    if (first === '0' || first === '๐') out.push({ tool: 'OIT', number: restNumber });
  }
  return out.filter((r) => r.number > 0);
}

export function formatCode(r: CodeReading): string {
  return `${TOOL_LETTER[r.tool]}${r.number}`;
}

export interface CodeResolution extends CodeReading {
  /** False when no reading was the expected next code: the caller reports it. */
  inOrder: boolean;
  /** The code that was expected next in the current tool. */
  expected: string | null;
}

/**
 * Pick the reading that is the next code in the current tool (last + 1). An explicit letter
 * of another tool that starts that tool in order is accepted too (a missing section line).
 * Otherwise the best reading: the explicit one, or the nearest unused number in range.
 */
export function resolveCode(
  token: CodeToken,
  currentTool: Tool | null,
  last: Record<Tool, number>,
  used: { has(code: string): boolean },
): CodeResolution {
  const readings = codeReadings(token, currentTool);
  const expectedIn = (tool: Tool) => last[tool] + 1;
  const expected = currentTool ? `${TOOL_LETTER[currentTool]}${expectedIn(currentTool)}` : null;
  const fit = readings.find((r) => (currentTool === null || r.tool === currentTool) && r.number === expectedIn(r.tool));
  if (fit) return { ...fit, inOrder: true, expected };
  if (token.letter) {
    const only = readings[0] as CodeReading;
    return { ...only, inOrder: only.number === expectedIn(only.tool) && only.tool !== currentTool, expected };
  }
  const tool = currentTool ?? 'IIT';
  const target = expectedIn(tool);
  const ranked = readings
    .filter((r) => r.tool === tool)
    .sort((a, b) => {
      const rank = (r: CodeReading) =>
        (used.has(formatCode(r)) ? 1000 : 0) +
        (r.number > TOOL_ITEM_COUNT[tool] ? 500 : 0) +
        Math.abs(r.number - target);
      return rank(a) - rank(b);
    });
  const best = ranked[0] ?? (readings[0] as CodeReading);
  return { ...best, inOrder: false, expected };
}
