// `sql` tagged template: values become bound parameters, never string concatenation.
// Returns [query, params] as Signal Desktop does, ready for db.prepare(query).run(...params).
// A value that is itself a fragment (sql`…`) is spliced in with its parameters, so a rule written
// once as a fragment (db/queries/due.ts) composes into every query that needs it.

export type SqlValue = string | number | bigint | Buffer | null;
export type SqlFragment = readonly [string, SqlValue[]];

const RAW = Symbol('raw');
export interface RawSql {
  [RAW]: string;
}

/** Trusted SQL text (identifiers, fixed clauses) to splice in as-is. Never pass user input. */
export function raw(text: string): RawSql {
  return { [RAW]: text };
}

function isRaw(v: unknown): v is RawSql {
  return typeof v === 'object' && v !== null && RAW in v;
}

/** A fragment is the only array a value can be (a Buffer is a Uint8Array, not an Array). */
function isFragment(v: unknown): v is SqlFragment {
  return Array.isArray(v);
}

export function sql(strings: TemplateStringsArray, ...values: (SqlValue | RawSql | SqlFragment)[]): SqlFragment {
  let query = strings[0] ?? '';
  const params: SqlValue[] = [];
  values.forEach((value, i) => {
    if (isRaw(value)) {
      query += value[RAW];
    } else if (isFragment(value)) {
      const [text, inner] = value;
      query += text;
      params.push(...inner);
    } else {
      query += '?';
      params.push(value);
    }
    query += strings[i + 1] ?? '';
  });
  return [query, params];
}
