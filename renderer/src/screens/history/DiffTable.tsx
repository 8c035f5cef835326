// One history entry's changed fields, before and after (what was added or removed for a new or
// deleted record).
import type { AuditEntry } from '../../../../core/types';
import { diffFields, type ValueContext } from './auditView';
import { HISTORY_WORDS, HISTORY_TABLE_WORDS } from '../../../../core/terms';

export function DiffTable({ entry, ctx }: { entry: AuditEntry; ctx: ValueContext }) {
  const changes = diffFields(entry.before, entry.after, ctx);
  const kind = entry.before == null ? 'add' : entry.after == null ? 'remove' : 'change';
  if (changes.length === 0) return <p className="hi-nochange">{HISTORY_TABLE_WORDS.noChange}</p>;
  return (
    <table className="hi-diff" data-testid="hi-diff">
      <thead>
        <tr>
          <th scope="col">{HISTORY_WORDS.field}</th>
          <th scope="col">{kind === 'add' ? '–' : HISTORY_TABLE_WORDS.before}</th>
          <th scope="col">
            {kind === 'remove' ? '–' : kind === 'add' ? HISTORY_TABLE_WORDS.added : HISTORY_TABLE_WORDS.after}
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.key} data-field={c.key}>
            <th scope="row">{c.label}</th>
            <td className={kind === 'add' ? 'hi-none' : 'hi-before'}>{c.before}</td>
            <td className={kind === 'remove' ? 'hi-none' : 'hi-after'}>{c.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
