// ตั้งค่า › หน้ากระดาษรายงาน: type sizes as TH Sarabun PSK points (what Thai offices specify), the
// margins with their binding edge, and how pages are numbered. Each number saves when it is left
// (Enter or moving on); the API refuses what is out of range and its Thai message shows under it.
import { useEffect, useState } from 'react';
import type { Settings } from '../../../../core/types';
import { digits } from '../../format';
import { fieldMessageOfError } from '../../store';
import { useApi, useApp } from '../../StoreContext';
import { FIELD_NAMES, UI_WORDS, PAGE_WORDS } from '../../../../core/terms';
import { REPORT_PAGE_DEFAULTS as DEFAULTS, REPORT_PAGE_LIMITS as LIMITS } from '../../../../core/limits';

type NumberKey = 'reportTextPt' | 'reportTablePt' | 'reportMarginMm' | 'reportBindingMm';

/** Each number's box; its hint is worded with core/limits.ts's numbers, in Arabic digits until shown. */
const NUMBERS: { key: NumberKey; label: string; unit: string; hint: string }[] = [
  {
    key: 'reportTextPt',
    label: FIELD_NAMES.reportTextPt,
    unit: UI_WORDS.points,
    hint: PAGE_WORDS.textPtHint(DEFAULTS.textPt),
  },
  {
    key: 'reportTablePt',
    label: FIELD_NAMES.reportTablePt,
    unit: UI_WORDS.points,
    hint: PAGE_WORDS.tablePtHint(LIMITS.minPt),
  },
  {
    key: 'reportMarginMm',
    label: FIELD_NAMES.reportMarginMm,
    unit: UI_WORDS.mm,
    hint: PAGE_WORDS.marginHint(DEFAULTS.marginMm),
  },
  {
    key: 'reportBindingMm',
    label: FIELD_NAMES.reportBindingMm,
    unit: UI_WORDS.mm,
    hint: PAGE_WORDS.bindingHint(DEFAULTS.bindingMm),
  },
];

export function PageSection({ settings }: { settings: Settings }) {
  const api = useApi();
  const track = useApp((s) => s.track);
  const setSettings = useApp((s) => s.setSettings);
  const [drafts, setDrafts] = useState<Record<NumberKey, string>>(() => pick(settings));
  const [errors, setErrors] = useState<Partial<Record<NumberKey, string>>>({});
  useEffect(() => setDrafts(pick(settings)), [settings]);
  // The radio answers the click at once, then follows what the API saved (as the numerals radio).
  const [chosen, setChosen] = useState<Settings['pageNumbers'] | null>(null);
  const shown = chosen ?? settings.pageNumbers;

  const save = (patch: Partial<Settings>, key?: NumberKey) =>
    track(api.updateSettings(patch)).then(
      (saved) => {
        if (key) setErrors((e) => ({ ...e, [key]: undefined }));
        setSettings(saved);
      },
      (e: unknown) => key && setErrors((errs) => ({ ...errs, [key]: fieldMessageOfError(e, key) })),
    );

  const commit = (key: NumberKey) => {
    const text = drafts[key].trim().replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
    const value = Number(text);
    if (text === '' || !Number.isFinite(value)) {
      setErrors((e) => ({ ...e, [key]: PAGE_WORDS.notNumber }));
      return;
    }
    if (value !== settings[key]) void save({ [key]: value }, key);
  };

  return (
    <section className="set-panel" aria-labelledby="set-page-title">
      <h2 id="set-page-title">{PAGE_WORDS.title}</h2>
      <p className="set-note">{PAGE_WORDS.note}</p>
      <div className="set-grid">
        {NUMBERS.map(({ key, label, unit, hint }) => (
          <div className="set-field" key={key}>
            <label htmlFor={`set-${key}`}>
              {label} ({unit})
            </label>
            <input
              id={`set-${key}`}
              type="text"
              inputMode="decimal"
              value={drafts[key]}
              aria-invalid={errors[key] ? true : undefined}
              aria-describedby={`set-${key}-${errors[key] ? 'err' : 'hint'}`}
              onChange={(e) => setDrafts((d) => ({ ...d, [key]: e.target.value }))}
              onBlur={() => commit(key)}
              onKeyDown={(e) => e.key === 'Enter' && commit(key)}
            />
            {errors[key] ? (
              <span className="set-error" id={`set-${key}-err`} role="alert">
                {errors[key]}
              </span>
            ) : (
              <span className="set-hint" id={`set-${key}-hint`}>
                {digits(hint, settings.numerals)}
              </span>
            )}
          </div>
        ))}
      </div>
      <fieldset className="set-radios">
        <legend>{FIELD_NAMES.pageNumbers}</legend>
        {(
          [
            [
              'fraction',
              PAGE_WORDS.fraction(digits(1, settings.numerals), digits(24, settings.numerals)),
              PAGE_WORDS.fractionWhere,
            ],
            ['dash', `- ${digits(2, settings.numerals)} -`, digits(PAGE_WORDS.dashWhere(2), settings.numerals)],
          ] as const
        ).map(([value, label, where]) => (
          <label key={value} className={shown === value ? 'set-radio checked' : 'set-radio'}>
            <input
              type="radio"
              name="pageNumbers"
              value={value}
              checked={shown === value}
              onChange={() => {
                setChosen(value);
                void save({ pageNumbers: value }).finally(() => setChosen(null));
              }}
            />
            <span>{label}</span>
            <span className="set-sample">{where}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}

function pick(s: Settings): Record<NumberKey, string> {
  const out = {} as Record<NumberKey, string>;
  for (const { key } of NUMBERS) out[key] = digits(s[key], s.numerals);
  return out;
}
