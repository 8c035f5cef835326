// Evidence: links and files stored inside the database, so one file holds the whole record.
import type { Evidence, EvidenceFile } from '../../core/types';
import { AppError } from '../../core/errors';
import type { Db } from '../open';
import { sql } from '../sql';
import { EVIDENCE_COLUMNS, toEvidence } from './followUps';
import { get, nowIso, run } from './run';
import { NOT_FOUND, RECORD_MESSAGES } from '../../core/terms';

interface FileKind {
  mime: string;
  extensions: string[];
  matches: (b: Uint8Array) => boolean;
}

const starts = (b: Uint8Array, ...bytes: number[]) => bytes.every((x, i) => b[i] === x);
const ZIP = (b: Uint8Array) => starts(b, 0x50, 0x4b, 0x03, 0x04);
const OLE = (b: Uint8Array) => starts(b, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);

/** What an office attaches: PDFs, photos and Office files. The content must agree with the name. */
const KINDS: FileKind[] = [
  { mime: 'application/pdf', extensions: ['pdf'], matches: (b) => starts(b, 0x25, 0x50, 0x44, 0x46, 0x2d) },
  { mime: 'image/png', extensions: ['png'], matches: (b) => starts(b, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], matches: (b) => starts(b, 0xff, 0xd8, 0xff) },
  { mime: 'image/gif', extensions: ['gif'], matches: (b) => starts(b, 0x47, 0x49, 0x46, 0x38) },
  {
    mime: 'image/webp',
    extensions: ['webp'],
    matches: (b) => starts(b, 0x52, 0x49, 0x46, 0x46) && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42,
  },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    matches: ZIP,
  },
  { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], matches: ZIP },
  {
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    matches: ZIP,
  },
  { mime: 'application/msword', extensions: ['doc'], matches: OLE },
  { mime: 'application/vnd.ms-excel', extensions: ['xls'], matches: OLE },
  { mime: 'application/vnd.ms-powerpoint', extensions: ['ppt'], matches: OLE },
];

export const ALLOWED_EXTENSIONS = KINDS.flatMap((k) => k.extensions);

/** Returns the MIME type, or throws a Thai error for a type we don't keep or a file whose content lies. */
export function sniffFile(fileName: string, data: Uint8Array): string {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const kind = KINDS.find((k) => k.extensions.includes(ext));
  if (!kind || !fileName.includes('.')) {
    throw new AppError(
      'invalidInput',
      RECORD_MESSAGES.fileTypeRefused(fileName, ALLOWED_EXTENSIONS.map((e) => '.' + e).join(' ')),
    );
  }
  if (!kind.matches(data)) {
    throw new AppError('invalidInput', RECORD_MESSAGES.fileNotItsType(fileName, ext));
  }
  return kind.mime;
}

/** Keeps the base name only: no folders, no control characters, a sane length. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
    // Characters Windows cannot have in a name (':' would even open an alternate data stream).
    .replace(/[<>:"|?*]/g, '_')
    .trim()
    .replace(/[. ]+$/, '');
  if (!cleaned || /^\.+$/.test(cleaned)) throw new AppError('invalidInput', RECORD_MESSAGES.badFileName);
  return shorten(cleaned);
}

/**
 * At most 180 UTF-8 bytes: a name is written to disk when opened ("<id>-<name>"), and Linux and
 * macOS allow 255 bytes per name — 200 Thai letters are 600. The start and the extension are kept.
 */
function shorten(name: string): string {
  const MAX = 180;
  if (Buffer.byteLength(name) <= MAX) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  const chars = [...name.slice(0, name.length - ext.length)];
  let head = '';
  for (const ch of chars) {
    if (Buffer.byteLength(head + ch + '…' + ext) > MAX) break;
    head += ch;
  }
  return head + '…' + ext;
}

export function getEvidence(db: Db, id: number): Evidence {
  const r = get<Parameters<typeof toEvidence>[0]>(db, [
    `SELECT ${EVIDENCE_COLUMNS} FROM evidence e WHERE e.id = ?`,
    [id],
  ]);
  if (!r) throw new AppError('notFound', NOT_FOUND.evidence);
  return toEvidence(r);
}

export function insertEvidenceUrl(db: Db, followUpId: number, url: string, label: string): Evidence {
  const id = run(
    db,
    sql`INSERT INTO evidence (follow_up_id, kind, label, url, created_at)
        VALUES (${followUpId}, 'url', ${label}, ${url}, ${nowIso()})`,
  ).lastInsertRowid;
  return getEvidence(db, Number(id));
}

export function insertEvidenceFile(
  db: Db,
  followUpId: number,
  f: { fileName: string; mimeType: string; data: Uint8Array; label: string },
): Evidence {
  const buf = Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength);
  const id = run(
    db,
    sql`INSERT INTO evidence (follow_up_id, kind, label, file_name, mime_type, size, data, created_at)
        VALUES (${followUpId}, 'file', ${f.label}, ${f.fileName}, ${f.mimeType}, ${buf.byteLength}, ${buf}, ${nowIso()})`,
  ).lastInsertRowid;
  return getEvidence(db, Number(id));
}

export function getEvidenceWithPlan(
  db: Db,
  id: number,
): Evidence & { planId: number; activityId: number; month: string } {
  const ev = getEvidence(db, id);
  const r = get<{ plan_id: number; activity_id: number; month: string }>(
    db,
    sql`SELECT i.plan_id, f.activity_id, f.month FROM follow_up f JOIN activity a ON a.id = f.activity_id
        JOIN item i ON i.id = a.item_id WHERE f.id = ${ev.followUpId}`,
  )!;
  return { ...ev, planId: r.plan_id, activityId: r.activity_id, month: r.month };
}

export function readEvidenceFile(db: Db, id: number): EvidenceFile {
  const r = get<{ id: number; file_name: string | null; mime_type: string | null; data: Buffer | null }>(
    db,
    sql`SELECT id, file_name, mime_type, data FROM evidence WHERE id = ${id}`,
  );
  if (!r) throw new AppError('notFound', NOT_FOUND.evidence);
  if (r.data === null || r.file_name === null || r.mime_type === null) {
    throw new AppError('invalidInput', RECORD_MESSAGES.evidenceIsLink);
  }
  return { id: r.id, fileName: r.file_name, mimeType: r.mime_type, data: new Uint8Array(r.data) };
}

export function deleteEvidence(db: Db, id: number): void {
  run(db, sql`DELETE FROM evidence WHERE id = ${id}`);
}
