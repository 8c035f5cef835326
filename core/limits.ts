// Limits shared by the API and the page (plain constants, so the page's bundle needs no zod): the page
// checks a file before uploading it, the API checks again and has the last word.

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

/** File types kept as evidence (db/queries/evidence.ts checks each file's content against its type). */
export const EVIDENCE_EXTENSIONS = [
  'pdf',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'docx',
  'xlsx',
  'pptx',
  'doc',
  'xls',
  'ppt',
] as const;

/** A file to import a plan from (.txt, .tsv, .html, .docx, .xlsx); the reader checks its content. */
export const MAX_PLAN_FILE_BYTES = 20 * 1024 * 1024;

/** The report page a new office starts with (db's default settings; the settings screen's hints say them). */
export const REPORT_PAGE_DEFAULTS = {
  textPt: 16,
  tablePt: 14,
  marginMm: 20,
  bindingMm: 30,
} as const;

/** The report page settings the API accepts: type sizes in points, margins in millimetres. */
export const REPORT_PAGE_LIMITS = {
  minPt: 14,
  maxPt: 24,
  minMm: 5,
  maxMarginMm: 40,
  maxBindingMm: 50,
} as const;
