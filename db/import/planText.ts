// The plan importer for text copied out of the Word/PDF table (see ../../../shared/README.md):
// tab-separated rows of 8 columns, HTML fragments, "- " bullets, OCR-garbled codes, page breaks
// that repeat the header and split an item over two rows. Never throws: every defect becomes a
// problem (Thai, with its line); the caller refuses the import when any problem is an error.

import type { ImportProblem, ParsedIndicator, ParsedItem, ParsedPlan, Tool } from './types';
import { appendToColumn, cellText, cleanText, parseCell, type Column } from './cells';
import { TOOLS, TOOL_ITEM_COUNT, TOOL_LETTER, formatCode, readCodeToken, resolveCode } from './codes';
import { DEFAULT_DIVISIONS } from './divisions';
import { buildActivities, type ItemColumns, type Source } from './activities';
import {
  FIRST_INDICATOR,
  isHeaderRow,
  readIndicatorLine,
  readTitleFacts,
  readToolLine,
  toolOfIndicator,
} from './sections';
import { monthFrequency } from './timeframe';
import { atLine, checkInput } from './guards';

export { DEFAULT_DIVISIONS } from './divisions';
export { MAX_INPUT_BYTES } from './guards';

export interface ParsePlanOptions {
  /** The office's division names (settings); defaults to DEFAULT_DIVISIONS. */
  divisions?: string[];
}

export const COLUMN_COUNT = 8;
/** One table cell at most (the API's limit for a text field): a longer one is not a plan's cell. */
export const MAX_CELL_CHARS = 20_000;
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function hasErrors(plan: Pick<ParsedPlan, 'problems'>): boolean {
  return plan.problems.some((p) => p.severity === 'error');
}

interface Draft {
  item: Omit<ParsedItem, 'activities' | 'question' | 'issue'>;
  question: Column;
  issue: Column;
  cols: ItemColumns;
}

function emptyPlan(problems: ImportProblem[]): ParsedPlan {
  return { title: '', office: null, fiscalYear: null, indicators: [], items: [], problems, unknownDivisions: [] };
}

const src = (line: number, plain: string): Source => ({ line, text: parseCell(plain).segments.join(' ') });

export function parsePlanText(text: string, opts: ParsePlanOptions = {}): ParsedPlan {
  const rejected = checkInput(text);
  if (rejected) return emptyPlan([rejected]);

  const problems: ImportProblem[] = [];
  const error = (line: number, message: string) =>
    problems.push({ line, severity: 'error', message: atLine(line, message) });
  const warn = (line: number, message: string) =>
    problems.push({ line, severity: 'warning', message: atLine(line, message) });

  // Controls (tab and line ends aside) and direction overrides never reach stored text: a U+202E
  // would make "รายงานexe.pdf" read as something else in every report.
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(UNSAFE_CHARS, '')
    .split(/\r\n|\r|\n/);
  if (!lines.some((l) => l.includes('\t'))) {
    return emptyPlan([
      { line: 0, severity: 'error', message: 'ไม่พบตารางที่แยกคอลัมน์ด้วยแท็บ — โปรดคัดลอกทั้งตารางจากเอกสาร (8 คอลัมน์)' },
    ]);
  }

  const indicators: ParsedIndicator[] = [];
  const drafts: Draft[] = [];
  const titleLines: { line: number; text: string }[] = [];
  const used = new Map<string, number>();
  const last: Record<Tool, number> = { IIT: 0, EIT: 0, OIT: 0 };
  let tool: Tool | null = null;
  let indicator: number | null = null;
  let tableStarted = false;

  const addIndicator = (number: number, name: string, line: number) => {
    const existing = indicators.find((i) => i.number === number);
    if (existing) {
      if (name && !existing.name) existing.name = name;
      else if (name) warn(line, `ตัวชี้วัดที่ ${number} ปรากฏซ้ำ`);
      return;
    }
    indicators.push({ number, tool: toolOfIndicator(number) as Tool, name });
  };

  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.includes('\uFFFD')) warn(line, `มีอักขระที่อ่านไม่ได้ (\uFFFD) — ข้อความบางส่วนอาจหายไป`);
    const cells = raw.split('\t');
    const long = cells.findIndex((c) => c.length > MAX_CELL_CHARS);
    if (long >= 0) {
      error(
        line,
        `ข้อความในคอลัมน์ที่ ${long + 1} ยาวเกิน ${MAX_CELL_CHARS.toLocaleString('en')} ตัวอักษร — ไม่ใช่ช่องของตารางแผนตามปกติ`,
      );
      return;
    }
    while (cells.length > COLUMN_COUNT && (cells[cells.length - 1] ?? '').trim() === '') cells.pop();
    const plain = cells.map(cellText);
    const filled = plain.map((p, i) => (p ? i : -1)).filter((i) => i >= 0);
    if (filled.length === 0) return;
    const first = plain[0] ?? '';

    if (cells.length === 1 || (filled.length === 1 && filled[0] === 0)) {
      const toolLine = readToolLine(first);
      if (toolLine) {
        tableStarted = true;
        if (!toolLine.tool) {
          warn(line, `อ่านชื่อแบบวัด "${toolLine.name}" ไม่ออกว่าเป็น IIT, EIT หรือ OIT — ใช้แบบวัดเดิมต่อไป`);
          return;
        }
        if (toolLine.acronym && toolLine.acronym !== toolLine.tool) {
          warn(line, `ชื่อแบบวัดระบุ "${toolLine.acronym}" แต่เนื้อความเป็นแบบวัด ${toolLine.tool} — ใช้ ${toolLine.tool}`);
        }
        tool = toolLine.tool;
        indicator = null;
        return;
      }
      const ind = readIndicatorLine(first);
      if (ind && (tableStarted || tool !== null)) {
        const indTool = toolOfIndicator(ind.number) as Tool;
        if (tool !== null && indTool !== tool) {
          warn(line, `ตัวชี้วัดที่ ${ind.number} เป็นของแบบวัด ${indTool} แต่อยู่ใต้หัวข้อแบบวัด ${tool}`);
        }
        tool = indTool;
        indicator = ind.number;
        addIndicator(ind.number, ind.name, line);
        return;
      }
      if (cells.length === 1) {
        if (!tableStarted) titleLines.push({ line, text: first });
        else if (readCodeToken(first)) error(line, `ดูเหมือนเป็นข้อในตาราง แต่ไม่มีแท็บแยกคอลัมน์`);
        else warn(line, `ข้ามบรรทัดที่ไม่ใช่แถวของตาราง: "${cleanText(first).slice(0, 60)}"`);
        return;
      }
    }

    if (cells.length !== COLUMN_COUNT) {
      error(line, `มี ${cells.length} คอลัมน์ แต่ตารางต้องมี ${COLUMN_COUNT} คอลัมน์`);
      return;
    }
    tableStarted = true;
    if (isHeaderRow(plain)) return;

    const token = readCodeToken(first);
    if (!token) {
      const prev = drafts[drafts.length - 1];
      if (!prev) {
        error(line, `เป็นแถวต่อจากข้อก่อนหน้า แต่ยังไม่มีข้อใดมาก่อน`);
        return;
      }
      appendToColumn(prev.question, parseCell(first));
      appendToColumn(prev.issue, parseCell(plain[1] ?? ''));
      appendToColumn(prev.cols.activities, parseCell(plain[2] ?? ''));
      appendToColumn(prev.cols.outputs, parseCell(plain[3] ?? ''));
      appendToColumn(prev.cols.awareness, parseCell(plain[4] ?? ''));
      if (plain[5]) prev.cols.timeframe.push(src(line, plain[5]));
      if (plain[6]) prev.cols.responsible.push(src(line, plain[6]));
      if (plain[7]) prev.cols.monitoring.push(src(line, plain[7]));
      return;
    }

    const r = resolveCode(token, tool, last, used);
    const code = formatCode(r);
    if (!r.inOrder) {
      warn(
        line,
        `อ่านรหัสข้อ "${token.raw}" ไม่ได้ตามลำดับ${r.expected ? ` (ข้อถัดไปควรเป็น ${r.expected})` : ''} จึงถือเป็นข้อ ${code} — โปรดตรวจสอบ`,
      );
    } else if (r.tool !== tool) {
      warn(line, `ข้อ ${code} ขึ้นต้นแบบวัด ${r.tool} โดยไม่มีบรรทัดชื่อแบบวัดก่อนหน้า`);
    }
    if (r.number > TOOL_ITEM_COUNT[r.tool])
      warn(line, `ข้อ ${code} เกินจำนวนข้อของแบบวัด ${r.tool} (${TOOL_ITEM_COUNT[r.tool]} ข้อ)`);
    const dup = used.get(code);
    if (dup !== undefined) error(line, `รหัสข้อ ${code} ซ้ำกับบรรทัด ${dup}`);
    else used.set(code, line);
    if (r.tool !== tool) indicator = null;
    tool = r.tool;
    last[r.tool] = Math.max(last[r.tool], r.number);

    if (indicator === null || toolOfIndicator(indicator) !== r.tool) {
      const seen = indicators.filter((i) => i.tool === r.tool).map((i) => i.number);
      indicator = seen.length > 0 ? Math.max(...seen) : FIRST_INDICATOR[r.tool];
      addIndicator(indicator, '', line);
      warn(line, `ไม่พบชื่อตัวชี้วัดก่อนข้อ ${code} จึงจัดไว้ใต้ตัวชี้วัดที่ ${indicator} — โปรดตรวจสอบ`);
    }

    drafts.push({
      item: { code, tool: r.tool, number: r.number, indicator, line, rawCode: token.raw },
      question: { segments: parseCell(token.rest).segments },
      issue: { segments: parseCell(plain[1] ?? '').segments },
      cols: {
        code,
        line,
        activities: { segments: parseCell(plain[2] ?? '').segments },
        outputs: { segments: parseCell(plain[3] ?? '').segments },
        awareness: { segments: parseCell(plain[4] ?? '').segments },
        timeframe: plain[5] ? [src(line, plain[5])] : [],
        responsible: plain[6] ? [src(line, plain[6])] : [],
        monitoring: plain[7] ? [src(line, plain[7])] : [],
      },
    });
  });

  // Title lines: the document's name, office and fiscal year. The first title line starts with
  // the code of the item this plan answers ("030 มาตรการ…" = O30); it is stripped from the title.
  const titleToken = titleLines[0] ? readCodeToken(titleLines[0].text) : null;
  const title = cleanText(titleToken ? titleToken.rest : (titleLines[0]?.text ?? ''));
  const facts = readTitleFacts(titleLines.map((t) => t.text).join(' '));
  if (!facts.office) warn(0, 'ไม่พบชื่อสำนักงานเขตในหัวเอกสาร');
  if (!facts.fiscalYear) warn(0, 'ไม่พบปีงบประมาณ (พ.ศ.) ในหัวเอกสาร');

  if (drafts.length === 0) {
    error(0, 'ไม่พบข้อใดในตาราง (เช่น I1, E1, O1) — ไม่ใช่แผนมาตรการที่อ่านได้');
    return { ...emptyPlan(problems), title, office: facts.office, fiscalYear: facts.fiscalYear, indicators };
  }

  for (const t of TOOLS) {
    if (!drafts.some((d) => d.item.tool === t)) continue;
    const missing: string[] = [];
    for (let n = 1; n <= TOOL_ITEM_COUNT[t]; n++)
      if (!used.has(`${TOOL_LETTER[t]}${n}`)) missing.push(`${TOOL_LETTER[t]}${n}`);
    if (missing.length > 0) warn(0, `ไม่พบข้อ ${missing.join(', ')} ของแบบวัด ${t}`);
  }

  const unknownDivisions: string[] = [];
  const ctx = {
    fiscalYear: facts.fiscalYear,
    monthFrequency: monthFrequency(drafts.flatMap((d) => d.cols.timeframe.map((s) => s.text))),
    divisions: opts.divisions && opts.divisions.length > 0 ? opts.divisions : DEFAULT_DIVISIONS,
    problems,
    unknownDivisions,
  };
  const items: ParsedItem[] = drafts.map((d) => ({
    ...d.item,
    question: d.question.segments.join('\n'),
    issue: d.issue.segments.join('\n'),
    activities: buildActivities(ctx, d.cols),
  }));
  indicators.sort((a, b) => a.number - b.number);
  problems.sort((a, b) => a.line - b.line);
  return { title, office: facts.office, fiscalYear: facts.fiscalYear, indicators, items, problems, unknownDivisions };
}
