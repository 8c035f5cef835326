// `html` tagged template for the report HTML: every interpolated value is escaped unless it is
// already Html (the result of another `html` template or of raw()), as the `sql` tag binds every
// value unless it is raw(). Arrays are joined; null, undefined and false print nothing. So a report
// builder cannot forget to escape: text from the database reaches the document only as text.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML-escapes text (also for attribute values). Control characters other than tab/newline are dropped. */
export function esc(value: unknown): string {
  return (
    String(value ?? '')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/[&<>"']/g, (c) => ESCAPES[c]!)
  );
}

/** Markup that is already safe: made by `html`, raw() or a builder that escaped its text. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Trusted markup (fixed tags, CSS, inlined fonts) to splice in as-is. Never pass user input. */
export function raw(markup: string): Html {
  return new Html(markup);
}

export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

function part(v: HtmlValue): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(part).join('');
  return esc(v);
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += part(v) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Joins pieces (escaping strings) into one Html, with an optional separator of markup. */
export function join(values: readonly HtmlValue[], separator: Html | string = ''): Html {
  const sep = separator instanceof Html ? separator.value : esc(separator);
  return new Html(values.map(part).join(sep));
}
