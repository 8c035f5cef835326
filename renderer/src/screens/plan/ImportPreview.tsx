// What an import will write, before anything is written: the columns read as what, the structure
// (tools → indicators → sub-indicators → item codes), the criteria set's items the plan does not
// list (information), every wrap-space join with keep/undo, and every problem by line and column.
import type { ImportPreview as Preview, ImportProblem, ImportResult } from '../../../../core/types';
import { formatFiscalYear, messageDigits, type DigitStyle } from '../../../../core/thai';
import { digits } from '../../format';
import { listedProblems } from './planModel';
import {
  ENTITY_NAMES,
  IMPORT_PREVIEW_WORDS as W,
  WORDS,
  INDICATOR_NO,
  PLAN_WORDS,
  problemText,
} from '../../../../core/terms';

export interface PreviewState {
  result: ImportResult | null;
  /** A refused import still shows what it read (its columns, its structure). */
  preview: Preview | null;
  problems: ImportProblem[];
  error: string | null;
}

interface Props {
  state: PreviewState;
  numerals: DigitStyle;
  /** Joins the user undid (their space stays), or 'all'. */
  kept: readonly string[] | 'all';
  onKeep(next: readonly string[] | 'all'): void;
}

function Columns({ preview, numerals }: { preview: Preview; numerals: DigitStyle }) {
  return (
    <details className="preview-columns" open data-testid="import-columns">
      <summary>{W.columns(digits(preview.columns.length, numerals))}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{W.docHeader}</th>
            <th scope="col">{W.readAs}</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((c) => (
            <tr key={c.index} className={`role-${c.role}`}>
              <td>{c.header}</td>
              <td>{c.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function Structure({ preview, numerals }: { preview: Preview; numerals: DigitStyle }) {
  return (
    <div className="preview-structure" data-testid="import-structure">
      {preview.tools.map((tool) => (
        <section key={tool.code}>
          <h4>
            {tool.code} <span className="muted">{tool.name}</span>
          </h4>
          <ul>
            {tool.indicators.map((ind) => (
              <li key={ind.number}>
                <span className="preview-indicator">
                  {INDICATOR_NO} {digits(ind.number, numerals)} {ind.name || <em className="muted">{W.noName}</em>}
                </span>
                {ind.subIndicators.length > 0 && (
                  <span className="muted">
                    {' '}
                    · {W.subIndicators} {ind.subIndicators.map((s) => digits(s.label, numerals)).join(', ')}
                  </span>
                )}
                <span className="preview-item-codes">{ind.items.map((i) => i.code).join(' ') || '–'}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function Coverage({ preview, numerals }: { preview: Preview; numerals: DigitStyle }) {
  const c = preview.coverage;
  if (!c) return null;
  return (
    <p className="preview-coverage" data-testid="import-coverage">
      {PLAN_WORDS.coverage(c.name, digits(c.covered, numerals), digits(c.total, numerals))}
      {c.missing.length > 0 && (
        <>
          {' '}
          {W.notChosen} <span className="codes">{c.missing.map((m) => m.code).join(' ')}</span>
        </>
      )}
    </p>
  );
}

function Joins({ preview, numerals, kept, onKeep }: Omit<Props, 'state'> & { preview: Preview }) {
  const joins = preview.joins;
  if (joins.length === 0) return null;
  const isKept = (id: string) => kept === 'all' || kept.includes(id);
  const joined = joins.filter((j) => !isKept(j.id)).length;
  return (
    <details className="preview-joins" data-testid="import-joins">
      <summary>{W.joins(digits(joined, numerals), digits(joins.length, numerals))}</summary>
      <div className="joins-actions">
        <button type="button" onClick={() => onKeep([])} disabled={joined === joins.length}>
          {W.joinAll}
        </button>
        <button type="button" onClick={() => onKeep('all')} disabled={joined === 0}>
          {W.keepAll}
        </button>
      </div>
      <ul>
        {joins.map((j) => {
          const keep = isKept(j.id);
          return (
            <li key={j.id} className={keep ? 'kept' : 'joined'}>
              <label>
                <input
                  type="checkbox"
                  checked={!keep}
                  aria-label={W.join(j.line, j.column)}
                  onChange={() => {
                    const list = kept === 'all' ? joins.map((x) => x.id) : kept;
                    onKeep(keep ? list.filter((k) => k !== j.id) : [...list, j.id]);
                  }}
                />
                <span className="join-where">
                  {j.line > 0 ? W.line(digits(j.line, numerals)) : W.docHead} · {j.column}
                </span>
                <span className="join-before">{j.before}</span>
                <span aria-hidden="true">→</span>
                <span className="join-after">{keep ? j.before : j.after}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </details>
  );
}

export function ImportPreview({ state, numerals, kept, onKeep }: Props) {
  const { result, preview, problems, error } = state;
  const sorted = listedProblems(problems);
  return (
    <section className="import-preview" aria-label={W.result} data-testid="import-preview">
      {error && <p className="preview-error">{error}</p>}
      {result && (
        <p className="preview-summary">
          {W.willImport}{' '}
          <strong>
            {digits(result.itemCount, numerals)} {WORDS.item}
          </strong>{' '}
          <strong>
            {digits(result.activityCount, numerals)} {ENTITY_NAMES.activity}
          </strong>{' '}
          {W.asPlanOf}
          {result.office} {formatFiscalYear(result.fiscalYear, numerals)}
        </p>
      )}
      {preview && preview.columns.length > 0 && <Columns preview={preview} numerals={numerals} />}
      {preview && preview.tools.length > 0 && <Structure preview={preview} numerals={numerals} />}
      {preview && <Coverage preview={preview} numerals={numerals} />}
      {result && result.unknownDivisions.length > 0 && (
        <p className="preview-unknown">
          {W.unknownDivisions} {result.unknownDivisions.join(', ')}
        </p>
      )}
      {preview && <Joins preview={preview} numerals={numerals} kept={kept} onKeep={onKeep} />}
      {sorted.length > 0 ? (
        <ul className="problems" aria-label={W.problems(sorted.length)}>
          {sorted.map((p, i) => (
            <li key={i} className={`problem problem-${p.severity}`}>
              <span className="problem-kind">{p.severity === 'error' ? W.error : W.warning}</span>
              <span>{messageDigits(problemText(preview?.source ?? 'text', p), numerals)}</span>
            </li>
          ))}
        </ul>
      ) : (
        result && <p className="preview-ok">{W.ok}</p>
      )}
    </section>
  );
}
