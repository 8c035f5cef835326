// ตั้งค่า: the divisions — add, rename, remove.
import { useRef, useState } from 'react';
import type { Division } from '../../../../core/types';
import { Modal } from '../../components/Modal';
import { digits } from '../../format';
import { messageOf } from '../../store';
import { useApi, useApp } from '../../StoreContext';
import { UI_WORDS, DIVISION_WORDS } from '../../../../core/terms';

function DivisionRow({ division, index }: { division: Division; index: number }) {
  const api = useApi();
  const track = useApp((s) => s.track);
  const refreshDivisions = useApp((s) => s.refreshDivisions);
  const numerals = useApp((s) => s.numerals);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(division.name);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState(false);
  const busy = useRef(false);

  const save = async () => {
    if (busy.current) return;
    const next = name.trim();
    if (next === division.name) {
      setEditing(false);
      setError(null);
      return;
    }
    busy.current = true;
    try {
      await track(api.renameDivision({ divisionId: division.id, name: next }));
      setEditing(false);
      setError(null);
      await refreshDivisions();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      busy.current = false;
    }
  };

  const remove = async () => {
    setConfirm(false);
    try {
      await track(api.removeDivision({ divisionId: division.id }));
      await refreshDivisions();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <li className="set-division" data-division-id={division.id}>
      <span className="set-division-num">{digits(index + 1, numerals)}</span>
      {editing ? (
        <input
          className="set-division-input"
          aria-label={DIVISION_WORDS.newNameOf(division.name)}
          value={name}
          autoFocus
          onChange={(e) => setName(e.target.value)}
          onBlur={() => void save()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void save();
            if (e.key === 'Escape') {
              setName(division.name);
              setEditing(false);
              setError(null);
            }
          }}
        />
      ) : (
        <span className="set-division-name">
          {division.name}
          {!division.isStandard && (
            <span className="set-badge" title={DIVISION_WORDS.nonStandardHint}>
              {DIVISION_WORDS.nonStandard}
            </span>
          )}
        </span>
      )}
      <span className="set-division-actions">
        {!editing && (
          <>
            <button
              type="button"
              onClick={() => {
                setName(division.name);
                setEditing(true);
              }}
            >
              {DIVISION_WORDS.rename}
            </button>
            <button type="button" className="danger" onClick={() => setConfirm(true)}>
              {UI_WORDS.delete}
            </button>
          </>
        )}
      </span>
      {error && (
        <span className="set-error set-division-error" role="alert">
          {error}
        </span>
      )}
      {confirm && (
        <Modal
          title={DIVISION_WORDS.removeTitle}
          onClose={() => setConfirm(false)}
          footer={
            <>
              <button type="button" onClick={() => setConfirm(false)}>
                {UI_WORDS.cancel}
              </button>
              <button type="button" className="primary danger-fill" onClick={() => void remove()}>
                {UI_WORDS.delete}
                {division.name}
              </button>
            </>
          }
        >
          <p>{DIVISION_WORDS.removeAsk(division.name)}</p>
        </Modal>
      )}
    </li>
  );
}

export function Divisions() {
  const api = useApi();
  const track = useApp((s) => s.track);
  const divisions = useApp((s) => s.divisions);
  const refreshDivisions = useApp((s) => s.refreshDivisions);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const nonStandard = divisions.filter((d) => !d.isStandard).length;

  const add = async () => {
    try {
      await track(api.addDivision({ name }));
      setName('');
      setError(null);
      await refreshDivisions();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <section className="set-panel" aria-labelledby="set-div-title">
      <h2 id="set-div-title">{DIVISION_WORDS.title}</h2>
      <p className="set-note">
        {DIVISION_WORDS.note}
        {nonStandard > 0 && DIVISION_WORDS.nonStandardNote}
      </p>
      {divisions.length === 0 ? (
        <p className="set-empty">{DIVISION_WORDS.empty}</p>
      ) : (
        <ol className="set-divisions">
          {divisions.map((d, i) => (
            <DivisionRow key={d.id} division={d} index={i} />
          ))}
        </ol>
      )}
      <form
        className="set-add"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label htmlFor="set-new-division">{DIVISION_WORDS.add}</label>
        <input
          id="set-new-division"
          value={name}
          placeholder={DIVISION_WORDS.example}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={error ? true : undefined}
        />
        <button type="submit" className="primary">
          {UI_WORDS.add}
        </button>
        {error && (
          <span className="set-error" role="alert">
            {error}
          </span>
        )}
      </form>
    </section>
  );
}
