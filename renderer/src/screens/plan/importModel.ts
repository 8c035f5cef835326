// What the import dialog imports: pasted text, the clipboard's HTML (which keeps the merged cells
// that the plain text loses), or a file (picker or drag-and-drop). Pure: tested in tests/renderer.
import type { Input } from '../../../../core/contract';
import { MAX_PLAN_FILE_BYTES } from '../../../../core/limits';
import { WORDS, FILE_MESSAGES, PLAN_IMPORT_WORDS as W } from '../../../../core/terms';

export type ImportSource =
  | { kind: 'text'; text: string }
  | { kind: 'html'; html: string; text: string }
  | { kind: 'file'; name: string; data: Uint8Array };

export const PLAN_FILE_ACCEPT = '.txt,.tsv,.html,.htm,.docx,.xlsx';
const KINDS: Record<string, string> = {
  txt: WORDS.text,
  tsv: WORDS.text,
  html: 'HTML',
  htm: 'HTML',
  docx: 'Word',
  xlsx: 'Excel',
};

/** The kind a file name says, or null for one the importer does not read. */
export function fileKind(name: string): string | null {
  const ext = /\.([^.]+)$/.exec(name.toLowerCase())?.[1] ?? '';
  return KINDS[ext] ?? null;
}

/**
 * A paste: the clipboard's HTML when it holds a table (Word, LibreOffice, a browser), else its text.
 * Null when there is nothing to import.
 */
export function sourceFromClipboard(get: (type: string) => string): ImportSource | null {
  const html = get('text/html');
  const text = get('text/plain');
  if (html && /<table[\s>]/i.test(html)) return { kind: 'html', html, text };
  if (text.trim()) return { kind: 'text', text };
  return null;
}

/** Why a chosen file cannot be imported, in Thai, or null. */
export function fileProblem(name: string, size: number): string | null {
  if (!fileKind(name)) return W.notImportable(name);
  if (size > MAX_PLAN_FILE_BYTES) return FILE_MESSAGES.tooLarge(name, MAX_PLAN_FILE_BYTES / 1024 / 1024);
  return null;
}

export function describeSource(source: ImportSource): string {
  if (source.kind === 'file') return W.fileSource(source.name, fileKind(source.name) ?? WORDS.file);
  if (source.kind === 'html') return W.htmlPaste;
  return W.textPaste;
}

export interface ImportChoices {
  fiscalYear?: number;
  office?: string;
  criteriaSet?: string | null;
  /** Joins the user undid, or 'all'. */
  keepSpaces: readonly string[] | 'all';
}

export function importInput(source: ImportSource, choices: ImportChoices, dryRun: boolean): Input<'importPlan'> {
  const from =
    source.kind === 'file'
      ? { file: { name: source.name, data: source.data } }
      : source.kind === 'html'
        ? { html: source.html }
        : { text: source.text };
  const keep =
    choices.keepSpaces === 'all' ? 'all' : choices.keepSpaces.length > 0 ? [...choices.keepSpaces] : undefined;
  return {
    ...from,
    fiscalYear: choices.fiscalYear,
    office: choices.office,
    criteriaSet: choices.criteriaSet ?? undefined,
    keepSpaces: keep,
    dryRun,
  };
}

/** Toggle one join: kept (its space stays) or joined again. */
export function toggleJoin(kept: readonly string[], id: string): string[] {
  return kept.includes(id) ? kept.filter((k) => k !== id) : [...kept, id];
}
