// Turning one raw table cell into clean text: HTML removed, bullets split out, wrap spaces mended.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  bull: '•',
  hellip: '…',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Tags out, entities decoded. `<li>` becomes a "- " bullet because that is what it means here;
 * every other tag is just a word break. Leftover '<' '>' of broken tags are dropped so no markup
 * ever reaches stored text.
 */
export function stripHtml(text: string): string {
  return decodeEntities(
    text
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<li\b[^>]*>\s*(?:-\s+)?/gi, ' - ')
      .replace(/<\/?[a-z][^>]*>/gi, ' ')
      .replace(/<\/?[a-z][^>]*$/i, ' '),
  ).replace(/[<>]/g, ' ');
}

// Character classes by code point (a regex class of combining marks trips the linter).
const inRange = (c: number, lo: number, hi: number) => c >= lo && c <= hi;
/** Thai letters (consonants, vowels, tone marks), not digits, ๆ or ฯ. */
function isThaiLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (
    inRange(c, 0x0e01, 0x0e2e) || inRange(c, 0x0e30, 0x0e3a) || inRange(c, 0x0e40, 0x0e45) || inRange(c, 0x0e47, 0x0e4e)
  );
}
/** Marks and following vowels (ะ า ำ ๅ, vowel signs, tone marks) that can never begin a syllable. */
function cannotStartSyllable(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return inRange(c, 0x0e30, 0x0e3a) || c === 0x0e45 || inRange(c, 0x0e47, 0x0e4e);
}
/** Leading vowels เ แ โ ใ ไ: a syllable cannot end on one. */
function isLeadingVowel(ch: string): boolean {
  return inRange(ch.charCodeAt(0), 0x0e40, 0x0e44);
}
// Mai han-akat (with an optional tone mark) needs a final consonant after it.
const OPEN_HAN_AKAT = /\u0E31[\u0E48-\u0E4B]?$/;

/**
 * Mend spaces the PDF put inside Thai words where it wrapped a line. Thai also uses spaces on
 * purpose (between phrases), and a PDF usually wraps at a word boundary, so from the text alone
 * most wrap spaces cannot be told from intended ones: leave those. A space between two Thai
 * letters is removed only when it cannot be a boundary at all: the letter after it cannot start
 * a syllable (a vowel sign or tone mark, ะ า ำ), or the text before it cannot end one (a leading
 * vowel เ แ โ ใ ไ, or ั still waiting for its final consonant).
 * (A dictionary test with Intl.Segmenter was tried on the seed and rejected: it joined real
 * phrase spaces — "ประจำปีงบประมาณพ.ศ.", "สำนักงานก.ก.", "ว่าการปฏิบัติงาน" — more often
 * than it mended words.)
 */
export function mendWrapSpaces(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === ' ' && i > 0 && i + 1 < text.length) {
      const before = text[i - 1] as string;
      const after = text[i + 1] as string;
      if (
        isThaiLetter(before) &&
        isThaiLetter(after) &&
        (cannotStartSyllable(after) || isLeadingVowel(before) || OPEN_HAN_AKAT.test(text.slice(Math.max(0, i - 2), i)))
      ) {
        continue;
      }
    }
    out += ch;
  }
  return out;
}

/** Whitespace collapsed, zero-width characters dropped, wrap spaces mended. */
export function cleanText(text: string): string {
  const collapsed = text
    .replace(/[\u200B\u200C\uFEFF]/g, '')
    // A zero-width joiner is noise in Thai text but part of an emoji sequence (👨‍👩‍👧): kept there.
    .replace(/(?<!\p{Extended_Pictographic}\p{Emoji_Modifier}?\uFE0F?)\u200D/gu, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim()
    // "ครั้ง/ เดือน", "ปกครอง/ ศึกษา": a slash glued on the left is glued on the right too.
    .replace(/(\S)\/ (?=[\u0E01-\u0E5B])/g, '$1/');
  return mendWrapSpaces(collapsed);
}

/** Plain text of a raw cell: HTML stripped, whitespace collapsed, bullets still in place. */
export function cellText(raw: string): string {
  return stripHtml(raw)
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/** One column of an item: its bullets (or plain paragraphs), cleaned, without "- " markers. */
export interface Column {
  segments: string[];
}

// " - " between a month/number and another month/number is a range dash, not a bullet.
const RANGE_LEFT = /[0-9\u0E50-\u0E59]\s*$/;
const RANGE_RIGHT =
  /^\s*(?:[0-9\u0E50-\u0E59]|[เ]?[\u0E01-\u0E2E][\u0E34\u0E35]?\s*\.|มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา)/;

/**
 * Split plain cell text at its bullets ("- " or "• " at the start or after a space).
 * `leadingText` is true when text comes before the first bullet: in a continuation row that
 * text finishes the bullet the page break cut.
 */
export function splitBullets(text: string): { segments: string[]; leadingText: boolean } {
  const parts: string[] = [];
  const re = /(^|\s)[-•]\s+/g;
  let start = 0;
  let leadingText = false;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = m.index + (m[1] ?? '').length;
    if (at > 0 && RANGE_LEFT.test(text.slice(0, at)) && RANGE_RIGHT.test(text.slice(re.lastIndex))) continue;
    const piece = text.slice(start, at).trim();
    if (piece) {
      if (parts.length === 0 && start === 0) leadingText = true;
      parts.push(piece);
    }
    start = re.lastIndex;
  }
  const tail = text.slice(start).trim();
  if (tail) {
    if (parts.length === 0 && start === 0) leadingText = true;
    parts.push(tail);
  }
  return { segments: parts, leadingText };
}

/** A raw cell → its column segments, each cleaned. */
export function parseCell(plain: string): { segments: string[]; leadingText: boolean } {
  const { segments, leadingText } = splitBullets(plain);
  return { segments: segments.map(cleanText).filter((s) => s !== ''), leadingText };
}

/**
 * Add a continuation row's cell to a column. Text before the cell's first bullet finishes the
 * column's last bullet (the page break cut it); bullets add entries.
 */
export function appendToColumn(column: Column, cell: { segments: string[]; leadingText: boolean }): void {
  const incoming = [...cell.segments];
  if (cell.leadingText && incoming.length > 0 && column.segments.length > 0) {
    const glued = cleanText(`${column.segments[column.segments.length - 1]} ${incoming.shift()}`);
    column.segments[column.segments.length - 1] = glued;
  }
  column.segments.push(...incoming);
}
