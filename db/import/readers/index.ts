// A plan file → its rows, by what the file is (its content first, its name's extension second):
// .docx and .xlsx are zip packages, .html/.htm text with a table, anything else pasted text.

import { AppError } from '../../../core/errors';
import { checkInput } from '../guards';
import type { SourceDoc } from '../table';
import { readDocx } from './docx';
import { looksLikeHtmlTable, readHtml } from './html';
import { readText } from './text';
import { readXlsx } from './xlsx';
import { IMPORT_INPUT_MESSAGES } from '../../../core/terms';

export const PLAN_FILE_TYPES = ['.txt', '.tsv', '.html', '.htm', '.docx', '.xlsx'] as const;

/** Bytes that are UTF-8 text, or UTF-16 with its byte-order mark (Windows' "Unicode text"). */
function decodeText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  return new TextDecoder('utf-8').decode(data).replace(/^\uFEFF/, '');
}

export async function readPlanFile(name: string, data: Uint8Array): Promise<SourceDoc> {
  const ext = (/\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '') as string;
  const isZip = data[0] === 0x50 && data[1] === 0x4b;
  if (ext === '.doc' || ext === '.xls') {
    throw new AppError('invalidInput', IMPORT_INPUT_MESSAGES.oldFormat(name, ext));
  }
  if (ext === '.pdf' || (data[0] === 0x25 && data[1] === 0x50 && data[2] === 0x44 && data[3] === 0x46)) {
    throw new AppError('invalidInput', IMPORT_INPUT_MESSAGES.pdf(name));
  }
  if (isZip || ext === '.docx' || ext === '.xlsx') {
    if (ext === '.xlsx') return readXlsx(name, data);
    if (ext === '.docx') return readDocx(name, data);
    throw new AppError('invalidInput', IMPORT_INPUT_MESSAGES.zipName(name));
  }
  const text = decodeText(data);
  const rejected = checkInput(text);
  if (rejected)
    return {
      kind: 'text',
      rows: [],
      problems: [{ ...rejected, message: IMPORT_INPUT_MESSAGES.inFile(name, rejected.message) }],
    };
  return looksLikeHtmlTable(text) || ext === '.html' || ext === '.htm' ? readHtml(text) : readText(text);
}
