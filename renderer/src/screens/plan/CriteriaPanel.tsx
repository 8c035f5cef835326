// The plan and criteria sets: which set it follows (or none), which of the set's items it does not
// list (information, not a warning), saving its own structure as a set for next year, and loading a
// set from a file (one another office or the CLI's `criteria export` wrote).
import { useEffect, useState } from 'react';
import type { CriteriaCoverage, CriteriaSet, PlanDetail } from '../../../../core/types';
import { withDigits } from '../../../../core/thai';
import { useApi, useApp, useAppStore } from '../../StoreContext';
import { useStructureChange } from './structureEdit';
import { CRITERIA_PANEL_WORDS as W, FIELD_NAMES, WORDS, PLAN_WORDS } from '../../../../core/terms';

export function CriteriaPanel({ plan }: { plan: PlanDetail }) {
  const api = useApi();
  const store = useAppStore();
  const change = useStructureChange();
  const [sets, setSets] = useState<CriteriaSet[]>([]);
  const [coverage, setCoverage] = useState<CriteriaCoverage | null>(null);
  const [id, setId] = useState(`plan-${plan.fiscalYear + 1}`);
  const numerals = useApp((st) => st.numerals);
  const [name, setName] = useState(W.defaultName(plan.office, withDigits(plan.fiscalYear + 1, numerals)));
  const [saved, setSaved] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<CriteriaSet | null>(null);

  useEffect(() => {
    void api.listCriteriaSets({}).then(setSets, () => setSets([]));
  }, [api, saved, loaded]);
  useEffect(() => {
    void api.criteriaCoverage({ planId: plan.id }).then(setCoverage, () => setCoverage(null));
  }, [api, plan]);

  const save = async () => {
    try {
      const set = await store
        .getState()
        .track(api.saveCriteriaSet({ planId: plan.id, id: id.trim(), name: name.trim() }));
      setSaved(set.id);
    } catch {
      setSaved(null); // the banner says why
    }
  };

  const load = async (file: File | undefined) => {
    if (!file) return;
    try {
      setLoaded(await store.getState().track(api.loadCriteriaSet({ json: await file.text() })));
    } catch {
      setLoaded(null); // the banner says why
    }
  };

  return (
    <section className="st-criteria" aria-label={PLAN_WORDS.criteria} data-testid="criteria-panel">
      <h3>{PLAN_WORDS.criteria}</h3>
      <div className="st-row">
        <label htmlFor="plan-criteria">{W.uses}</label>
        <select
          id="plan-criteria"
          value={plan.criteriaSet ?? ''}
          onChange={(e) =>
            void change(() => api.setPlanCriteriaSet({ planId: plan.id, criteriaSet: e.target.value || null }))
          }
        >
          <option value="">{PLAN_WORDS.noCriteria}</option>
          {sets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      {coverage && (
        <p className="st-coverage" data-testid="criteria-coverage">
          {W.planHas} {withDigits(coverage.covered, numerals)} {WORDS.of} {withDigits(coverage.total, numerals)}{' '}
          {PLAN_WORDS.criteriaItems}
          {coverage.missing.length > 0 && (
            <>
              {' '}
              {W.notChosen} <span className="codes">{coverage.missing.map((m) => m.code).join(' ')}</span>
            </>
          )}
          {coverage.extra.length > 0 && (
            <>
              {' '}
              {W.notInSet} {coverage.extra.join(' ')}
            </>
          )}
        </p>
      )}
      <div className="st-row">
        <label htmlFor="save-criteria-id">{W.saveAsId}</label>
        <input id="save-criteria-id" value={id} onChange={(e) => setId(e.target.value)} className="st-code-wide" />
        <label htmlFor="save-criteria-name">{FIELD_NAMES.name}</label>
        <input id="save-criteria-name" value={name} onChange={(e) => setName(e.target.value)} className="st-name" />
        <button type="button" disabled={!id.trim() || !name.trim()} onClick={() => void save()}>
          {W.saveAs}
        </button>
      </div>
      <div className="st-row">
        <label className="file-button">
          {W.loadFileButton}
          <input
            type="file"
            accept=".json,application/json"
            aria-label={W.loadFile}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              void load(file);
            }}
          />
        </label>
      </div>
      {loaded && (
        <p className="st-saved" role="status">
          {W.loaded(loaded.name, loaded.id)}
        </p>
      )}
      {saved && (
        <p className="st-saved" role="status">
          {W.saved(saved)}
        </p>
      )}
    </section>
  );
}
