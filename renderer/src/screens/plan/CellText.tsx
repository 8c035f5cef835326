// A cell's text as on the paper form, with the find box's matches marked.
import { splitMatches } from './planModel';

function Marked({ text, query }: { text: string; query: string }) {
  if (!query) return <>{text}</>;
  return <>{splitMatches(text, query).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}

/**
 * One line a paragraph. Several lines read as the paper form's "- " bullets; in the question cell
 * the first line is the question itself and only the lines after it are bullets.
 */
export function CellText({
  value,
  query = '',
  firstIsLead = false,
}: {
  value: string;
  query?: string;
  firstIsLead?: boolean;
}) {
  const lines = value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length <= 1) {
    return (
      <span className="cell-text">
        <Marked text={lines[0] ?? ''} query={query} />
      </span>
    );
  }
  return (
    <span className="cell-lines">
      {lines.map((line, i) => (
        <span key={i} className={firstIsLead && i === 0 ? 'lead' : 'bullet'}>
          <Marked text={line.replace(/^[-•]\s*/, '')} query={query} />
        </span>
      ))}
    </span>
  );
}
