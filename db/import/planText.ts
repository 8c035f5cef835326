// The plan importer's entry points: pasted text (a table copied from Word, a PDF viewer or Excel:
// tab-separated, perhaps with HTML fragments in its cells — see ../../../shared/README.md), the
// clipboard's HTML, and files (.txt, .tsv, .html, .docx, .xlsx). Each reader turns its input into
// rows of cells (table.ts); one parser (parser.ts) reads the plan from them.

import type { ParsedPlan } from './types';
import { checkInput } from './guards';
import { emptyPlan, parsePlan, type ParsePlanOptions } from './parser';
import { looksLikeHtmlTable, readHtml } from './readers/html';
import { readText } from './readers/text';

export { DEFAULT_DIVISIONS } from './divisions';
export { MAX_INPUT_BYTES } from './guards';
export { MAX_CELL_CHARS, hasErrors, parsePlan, type ParsePlanOptions } from './parser';

/** Pasted or saved text: tab-separated rows, or HTML with a table in it (read as HTML). */
export function parsePlanText(text: string, opts: ParsePlanOptions = {}): ParsedPlan {
  const rejected = checkInput(text);
  if (rejected) return emptyPlan('text', [rejected]);
  const clean = text.replace(/^\uFEFF/, '');
  return parsePlan(looksLikeHtmlTable(clean) ? readHtml(clean) : readText(clean), opts);
}

/** The clipboard's text/html (kept merged cells) — the app's paste uses it when present. */
export function parsePlanHtml(html: string, opts: ParsePlanOptions = {}): ParsedPlan {
  const rejected = checkInput(html);
  if (rejected) return emptyPlan('html', [rejected]);
  return parsePlan(readHtml(html.replace(/^\uFEFF/, '')), opts);
}
