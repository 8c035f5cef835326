// ผู้รับผิดชอบ: the office's divisions as checkboxes, plus "ทุกฝ่าย". Saved with one updateActivity.
import { useState } from 'react';
import type { Activity } from '../../../../core/types';
import { Modal } from '../../components/Modal';
import { useApp } from '../../StoreContext';
import type { PlanEdit } from './PlanEditContext';
import { DIVISION_PICKER_WORDS, PLAN_COLUMN_NAMES, ALL_DIVISIONS, UI_WORDS } from '../../../../core/terms';

/** Opened by PlanEditProvider, which hands it its own saveActivity (so the picker needs no context). */
export function DivisionPicker({
  activity,
  saveActivity,
  onClose,
}: {
  activity: Activity;
  saveActivity: PlanEdit['saveActivity'];
  onClose(): void;
}) {
  const divisions = useApp((s) => s.divisions);
  const [all, setAll] = useState(activity.allDivisions);
  const [chosen, setChosen] = useState(() => new Set(activity.divisionIds));
  const [saving, setSaving] = useState(false);

  const toggle = (id: number) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const save = async () => {
    setSaving(true);
    try {
      // Keep the order of the office's list, not the order of clicking.
      const divisionIds = all ? [] : divisions.filter((d) => chosen.has(d.id)).map((d) => d.id);
      await saveActivity(activity.id, { allDivisions: all, divisionIds });
      onClose();
    } catch {
      setSaving(false); // the banner shows why; the choice stays for another try
    }
  };

  const nothing = !all && chosen.size === 0;
  return (
    <Modal
      title={PLAN_COLUMN_NAMES.responsible}
      onClose={onClose}
      footer={
        <>
          {nothing && <span className="muted picker-hint">{DIVISION_PICKER_WORDS.none}</span>}
          <button type="button" onClick={onClose}>
            {UI_WORDS.cancel}
          </button>
          <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
            {saving ? UI_WORDS.saving : UI_WORDS.save}
          </button>
        </>
      }
    >
      <p className="picker-activity">{activity.text}</p>
      {activity.responsibleText.trim() && (
        <p className="muted picker-written">
          {DIVISION_PICKER_WORDS.asWritten} {activity.responsibleText.replace(/\s+/g, ' ')}
        </p>
      )}
      <fieldset className="division-picker">
        <legend className="sr-only">{DIVISION_PICKER_WORDS.legend}</legend>
        <label className="picker-all">
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
          <strong>{ALL_DIVISIONS}</strong>
        </label>
        <div className="picker-grid">
          {divisions.map((d) => (
            <label key={d.id} className={all ? 'disabled' : undefined}>
              <input type="checkbox" disabled={all} checked={!all && chosen.has(d.id)} onChange={() => toggle(d.id)} />
              {d.name}
            </label>
          ))}
        </div>
      </fieldset>
    </Modal>
  );
}
