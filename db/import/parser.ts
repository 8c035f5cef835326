// The plan parser: rows from any reader (table.ts) → a clean plan (types.ts). Columns are read by
// their header names (headers.ts); heading lines make the structure (structure.ts); each item row
// starts an item by its code (codes.ts); rows a vertical merge covers belong to the item above; a
// row without a code continues the item above only after a page break, and says so. Never throws:
// every defect becomes a problem (Thai, naming its line and column); the caller refuses the import
// when any problem is an error.

import type { ImportProblem, ParsedItem, ParsedPlan } from './types';
import { stripUnsafe } from '../../core/schemas';
import type { SourceDoc, SourceRow } from './table';
import { locationWord } from './table';
import { CellReader, tidy } from './cells';
import { formatCode, looksLikeCode, readCodeToken, resolveCode } from './codes';
import { DEFAULT_DIVISIONS } from './divisions';
import { buildActivities, emptyRow, type ItemRow } from './activities';
import { rowFiller, type Draft } from './rowFill';
import { isHeaderRow, readHeader, type ColumnMapping, type ColumnRole } from './headers';
import { Lexicon, Mender } from './mend';
import { readIndicatorLine, readSubIndicatorLine, readTitleFacts, readToolLine } from './sections';
import { StructureBuilder } from './structure';
import { monthFrequency } from './timeframe';
import { IMPORT_TABLE_MESSAGES, STRUCTURE_WORDS } from '../../core/terms';

export interface ParsePlanOptions {
  /** The office's division names (settings); defaults to DEFAULT_DIVISIONS. */
  divisions?: string[];
  /** The fiscal year the import is for, when the document does not say (months without a year, quarters). */
  fiscalYear?: number;
  /** Wrap-space joins to undo, by id; 'all' keeps every space as written. */
  keepSpaces?: readonly string[] | 'all';
}

/** One table cell at most (the API's limit for a text field): a longer one is not a plan's cell. */
export const MAX_CELL_CHARS = 20_000;

export function hasErrors(plan: Pick<ParsedPlan, 'problems'>): boolean {
  return plan.problems.some((p) => p.severity === 'error');
}

export function emptyPlan(source: SourceDoc['kind'], problems: ImportProblem[]): ParsedPlan {
  return {
    source,
    title: '',
    office: null,
    fiscalYear: null,
    tools: [],
    indicators: [],
    subIndicators: [],
    items: [],
    problems,
    unknownDivisions: [],
    columns: [],
    joins: [],
  };
}

/**
 * A header as users read it in messages: headers are short labels that wrap a lot ("ระยะเวลา
 * แล้วเสร็จ"), so every space between Thai letters goes, except before an abbreviation (โดย ผอ.เขต).
 */
function headerName(text: string): string {
  return tidy(text).replace(/([\u0E01-\u0E4E]) (?=[\u0E01-\u0E4E])(?![\u0E01-\u0E2E]{1,3}\.)/g, '$1');
}

/** The distinct texts of a row (a cell merged across the row counts once). */
function distinctTexts(row: SourceRow): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  row.cells.forEach((c, index) => {
    const t = c.text.trim();
    if (t !== '' && c.merged !== 'left' && !out.some((o) => o.text === t && c.merged !== 'none'))
      out.push({ text: t, index });
  });
  return out;
}

export function parsePlan(doc: SourceDoc, opts: ParsePlanOptions = {}): ParsedPlan {
  const word = locationWord(doc.kind);
  const problems: ImportProblem[] = [...doc.problems];
  let columns: ColumnMapping[] = [];
  const header = (role: ColumnRole | undefined) => columns.find((c) => c.role === role)?.header;
  /** The problem's line, and its column's header when it concerns one cell; the message has no prefix. */
  const at = (line: number, role?: ColumnRole) => {
    const column = line > 0 ? header(role) : undefined;
    return column === undefined ? { line } : { line, column };
  };
  const error = (line: number, message: string, role?: ColumnRole) =>
    problems.push({ ...at(line, role), severity: 'error', message });
  const warn = (line: number, message: string, role?: ColumnRole) =>
    problems.push({ ...at(line, role), severity: 'warning', message });

  // Controls (tab and line ends aside) and direction overrides never reach stored text: a U+202E
  // would make "รายงานexe.pdf" read as something else in every report.
  const rows = doc.rows.map((r) => ({
    ...r,
    cells: r.cells.map((c) => ({ ...c, text: stripUnsafe(c.text) })),
  }));
  for (const r of rows) {
    if (r.cells.some((c) => c.text.includes('\uFFFD'))) warn(r.line, IMPORT_TABLE_MESSAGES.replacementChar);
    const long = r.cells.findIndex((c) => c.text.length > MAX_CELL_CHARS);
    if (long >= 0) {
      error(r.line, IMPORT_TABLE_MESSAGES.cellTooLong(long + 1, MAX_CELL_CHARS.toLocaleString('en')));
      r.cells = [];
    }
  }

  if (doc.kind === 'text' && !rows.some((r) => r.cells.length > 1)) {
    return emptyPlan(doc.kind, [...problems, { line: 0, severity: 'error', message: IMPORT_TABLE_MESSAGES.noTabs }]);
  }
  const headerAt = rows.findIndex((r) => !r.outsideTable && isHeaderRow(r));
  if (headerAt < 0) {
    const widest = [...rows].sort((a, b) => distinctTexts(b).length - distinctTexts(a).length)[0];
    const found = widest ? distinctTexts(widest).map((t) => `"${t.text.replace(/\s+/g, ' ').slice(0, 40)}"`) : [];
    return emptyPlan(doc.kind, [
      ...problems,
      {
        line: 0,
        severity: 'error',
        message: IMPORT_TABLE_MESSAGES.noHeader(
          found.length ? IMPORT_TABLE_MESSAGES.widestRow(word, String(widest?.line), found.join(', ')) : '',
        ),
      },
    ]);
  }
  const head = readHeader(rows, headerAt);
  const lexicon = new Lexicon(rows.flatMap((r) => r.cells.map((c) => c.text)));
  columns = head.columns.map((c) => ({ ...c, header: headerName(c.header) }));
  if (head.error) {
    const plan = emptyPlan(doc.kind, [
      ...problems,
      { line: rows[headerAt]!.line, severity: 'error', message: head.error },
    ]);
    return { ...plan, columns };
  }
  const width = Math.max(...rows.slice(headerAt, headerAt + head.rowCount).map((r) => r.cells.length));

  // Title lines: the document's name, office and fiscal year. The first may start with the code of
  // the item this plan answers ("030 มาตรการ…" = O30); it is stripped from the title.
  const titleRows = rows.slice(0, headerAt).flatMap((r) => distinctTexts(r).map((t) => t.text));
  const titleToken = titleRows[0] ? readCodeToken(titleRows[0]) : null;
  const facts = readTitleFacts(titleRows.join(' '));
  const fiscalYear = facts.fiscalYear ?? opts.fiscalYear ?? null;

  const keep = opts.keepSpaces;
  const mender = new Mender(lexicon, {
    enabled: keep !== 'all',
    undo: new Set(keep === 'all' ? [] : (keep ?? [])),
  });
  const reader = new CellReader(mender);
  const { col, cellOf, fill, itemLevel } = rowFiller(reader, columns);
  const title = titleRows[0]
    ? reader.clean((titleToken ? titleToken.rest : titleRows[0]).replace(/\n/g, ' '), {
        line: 0,
        column: { index: -1, header: IMPORT_TABLE_MESSAGES.titleColumn },
      })
    : '';
  if (!facts.office) warn(0, IMPORT_TABLE_MESSAGES.noOffice);
  if (!facts.fiscalYear && !opts.fiscalYear) warn(0, IMPORT_TABLE_MESSAGES.noFiscalYear);

  const structure = new StructureBuilder((line, message) => warn(line, message));
  const drafts: Draft[] = [];
  const used = new Map<string, number>();
  const last = new Map<string, number>();
  /** The item a continuation row may continue: none after a heading. */
  let open: Draft | null = null;
  let pageBreak = false;

  for (let k = headerAt + head.rowCount; k < rows.length; k++) {
    const row = rows[k] as SourceRow;
    pageBreak ||= row.pageBreakBefore;
    const texts = distinctTexts(row);
    if (texts.length === 0) continue;
    if (!row.outsideTable && isHeaderRow(row)) {
      k += readHeader(rows, k).rowCount - 1;
      pageBreak = true;
      continue;
    }
    const codeCell = cellOf(row, 'code');
    const single = texts.length === 1 ? (texts[0] as { text: string; index: number }) : null;
    if (single && (row.outsideTable || codeCell?.merged !== 'above')) {
      const tl = readToolLine(single.text);
      const sl = tl ? null : readSubIndicatorLine(single.text);
      const il = tl || sl ? null : readIndicatorLine(single.text);
      if (tl) structure.onToolLine(tl, row.line);
      else if (sl) structure.onSubIndicatorLine(sl, row.line);
      else if (il) structure.onIndicatorLine(il, row.line);
      if (tl || sl || il) {
        open = null;
        pageBreak = false;
        continue;
      }
      if (row.outsideTable || (doc.kind === 'text' && row.cells.length === 1)) {
        if (readCodeToken(single.text)) error(row.line, IMPORT_TABLE_MESSAGES.itemOutsideTable);
        else warn(row.line, IMPORT_TABLE_MESSAGES.skippedLine(single.text.replace(/\s+/g, ' ').slice(0, 60)));
        continue;
      }
    }
    if (doc.kind === 'text' && row.cells.length !== width) {
      const filled = row.cells.map((c, i) => (c.text.trim() ? i : -1)).filter((i) => i >= 0);
      if (row.cells.length < width || Math.max(...filled) >= width) {
        error(row.line, IMPORT_TABLE_MESSAGES.columnCount(row.cells.length, width));
        pageBreak = false;
        continue;
      }
    }

    const codeText = codeCell?.text.trim() ?? '';
    if (codeCell?.merged === 'above' && open) {
      // A vertical merge over the code cell: another row of the same item.
      const activityMerged = cellOf(row, 'activity')?.merged === 'above';
      if (activityMerged) fill(open.rows[open.rows.length - 1] as ItemRow, row, 'append', true);
      else {
        const next = emptyRow(row.line);
        open.rows.push(next);
        fill(next, row, 'new', true);
      }
      itemLevel(open, row, 'append', '');
      pageBreak = false;
      continue;
    }
    const token = codeCell?.merged === 'above' ? null : readCodeToken(codeText);
    if (!token) {
      if (codeText !== '' && looksLikeCode(codeText) && codeCell?.merged !== 'above') {
        error(row.line, IMPORT_TABLE_MESSAGES.badCode(codeText.split(/\s/)[0] ?? ''), 'code');
      } else if (open && pageBreak) {
        warn(row.line, IMPORT_TABLE_MESSAGES.continuesAfterBreak(open.item.code), 'code');
        itemLevel(open, row, 'append', null);
        if (doc.kind === 'text') {
          // Text pulled from a PDF: the page break cut the row's cells; their text carries on.
          fill(open.rows[open.rows.length - 1] as ItemRow, row, 'append', false);
        } else {
          // A document's own table row (Word never splits a row in two): more of the item's activities.
          const next = emptyRow(row.line);
          open.rows.push(next);
          fill(next, row, 'new', false);
        }
      } else {
        error(row.line, open ? IMPORT_TABLE_MESSAGES.noCodeNoBreak : IMPORT_TABLE_MESSAGES.noCodeNoItem, 'code');
      }
      pageBreak = false;
      continue;
    }
    pageBreak = false;

    const r = resolveCode(token, structure.currentPrefix(), last, used);
    if (!r) {
      error(row.line, IMPORT_TABLE_MESSAGES.codeWithoutTool(token.raw), 'code');
      open = null;
      continue;
    }
    const code = formatCode(r);
    if (r.guessed) {
      warn(row.line, IMPORT_TABLE_MESSAGES.codeGuessed(token.raw, r.expected ?? null, code), 'code');
    } else if (token.prefix && r.number < (last.get(r.prefix) ?? 0)) {
      warn(row.line, IMPORT_TABLE_MESSAGES.codeBackwards(code, `${r.prefix}${last.get(r.prefix)}`), 'code');
    }
    const dup = used.get(code);
    if (dup !== undefined) error(row.line, IMPORT_TABLE_MESSAGES.codeDuplicate(code, word, dup), 'code');
    else used.set(code, row.line);
    last.set(r.prefix, Math.max(last.get(r.prefix) ?? 0, r.number));
    const at = structure.placeItem(r.prefix, code, row.line);

    const draft: Draft = {
      item: {
        code,
        tool: at.tool,
        prefix: r.prefix,
        number: r.number,
        indicator: at.indicator,
        subIndicator: at.sub,
        line: row.line,
        rawCode: token.raw,
      },
      question: { segments: [] },
      issue: { segments: [] },
      rows: [emptyRow(row.line)],
    };
    // A vertical merge that starts in the item above and runs into this one: its value stays with
    // the item it started in (fill() takes a covered cell only within one item), and the user hears of it.
    for (const c of columns) {
      const cell = row.cells[c.index];
      if (c.role === 'code' || c.role === 'sequence' || c.role === 'ignored' || cell?.merged !== 'above') continue;
      if (cell.text.trim() === '') continue;
      const from = open ? STRUCTURE_WORDS.item(open.item.code) : `${word} ${cell.originLine ?? row.line - 1}`;
      warn(row.line, IMPORT_TABLE_MESSAGES.mergedAcross(from, code), c.role);
    }
    itemLevel(draft, row, 'new', token.rest);
    fill(draft.rows[0] as ItemRow, row, 'new', false);
    drafts.push(draft);
    open = draft;
  }
  structure.finish();

  if (drafts.length === 0 && !hasErrors({ problems })) {
    error(0, IMPORT_TABLE_MESSAGES.noItems);
  }
  const unknownDivisions: string[] = [];
  const ctx = {
    fiscalYear,
    monthFrequency: monthFrequency(drafts.flatMap((d) => d.rows.flatMap((r) => r.timeframe.map((s) => s.text)))),
    divisions: opts.divisions && opts.divisions.length > 0 ? opts.divisions : DEFAULT_DIVISIONS,
    problems,
    unknownDivisions,
    at,
  };
  const items: ParsedItem[] = drafts.map((d) => ({
    ...d.item,
    question: d.question.segments.join('\n'),
    issue: d.issue.segments.join('\n'),
    activities: buildActivities(ctx, { code: d.item.code, line: d.item.line, rows: d.rows }, col('monitoring') >= 0),
  }));
  problems.sort((a, b) => a.line - b.line);
  const undo = new Set(keep === 'all' ? [] : (keep ?? []));
  return {
    source: doc.kind,
    title,
    office: facts.office,
    fiscalYear: facts.fiscalYear,
    tools: structure.tools,
    indicators: [...structure.indicators].sort((a, b) => a.number - b.number),
    subIndicators: structure.subIndicators,
    items,
    problems,
    unknownDivisions,
    columns,
    joins: mender.joins.map((j) => ({ ...j, applied: keep !== 'all' && !undo.has(j.id) })),
  };
}
