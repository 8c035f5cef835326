// ตั้งค่า, left column: the office and the people who sign, and how numbers and reports are written.
// Every field saves itself (after 600 ms idle, on blur, or Ctrl+S).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Numerals, Settings } from '../../../../core/types';
import { digits } from '../../format';
import { useCommand } from '../../shortcuts';
import { fieldMessageOfError } from '../../store';
import { useApi, useApp } from '../../StoreContext';
import { FIELD_NAMES, NUMERALS_NAMES, EXAMPLES, UI_WORDS, SETTINGS_WORDS } from '../../../../core/terms';

type TextKey =
  | 'office'
  | 'directorTitle'
  | 'directorName'
  | 'headOfGovernance'
  | 'headTitle'
  | 'reporterName'
  | 'reporterTitle'
  | 'reportFont';

const SIGNER_TITLE_HINT = SETTINGS_WORDS.signerTitleHint;

const FIELDS: { key: TextKey; label: string; hint?: string; placeholder?: string }[] = [
  { key: 'office', label: FIELD_NAMES.office, placeholder: EXAMPLES.office },
  {
    key: 'directorTitle',
    label: FIELD_NAMES.directorTitle,
    placeholder: EXAMPLES.director,
    hint: SETTINGS_WORDS.directorTitleHint,
  },
  { key: 'directorName', label: FIELD_NAMES.directorName, placeholder: SETTINGS_WORDS.directorNameExample },
  { key: 'headOfGovernance', label: FIELD_NAMES.headOfGovernance, placeholder: UI_WORDS.fullName },
  { key: 'headTitle', label: FIELD_NAMES.headTitle, placeholder: EXAMPLES.head, hint: SIGNER_TITLE_HINT },
  {
    key: 'reporterName',
    label: FIELD_NAMES.reporterName,
    placeholder: UI_WORDS.fullName,
    hint: SETTINGS_WORDS.reporterHint,
  },
  {
    key: 'reporterTitle',
    label: FIELD_NAMES.reporterTitle,
    placeholder: EXAMPLES.reporter,
    hint: SIGNER_TITLE_HINT,
  },
];

const FONTS = ['TH Sarabun New', 'TH SarabunPSK', 'Sarabun', 'Angsana New', 'Cordia New', 'Tahoma'];
const AUTOSAVE_MS = 600;

/** Text fields with a draft each: typed text stays on screen until the API has taken it. */
function useSettingsDrafts(settings: Settings) {
  const api = useApi();
  const track = useApp((s) => s.track);
  const setSettings = useApp((s) => s.setSettings);
  const [drafts, setDrafts] = useState<Record<TextKey, string>>(() => pick(settings));
  const [errors, setErrors] = useState<Partial<Record<TextKey, string>>>({});
  const draftsRef = useRef(drafts);
  const savedRef = useRef(pick(settings));
  const timers = useRef(new Map<TextKey, ReturnType<typeof setTimeout>>());

  // Fields not being edited follow the stored settings (e.g. after a reload).
  useEffect(() => {
    const fresh = pick(settings);
    const prevSaved = savedRef.current;
    savedRef.current = fresh;
    setDrafts((d) => {
      const next = { ...d };
      for (const k of Object.keys(fresh) as TextKey[]) if (d[k] === prevSaved[k]) next[k] = fresh[k];
      draftsRef.current = next;
      return next;
    });
  }, [settings]);

  const flush = useCallback(
    (key: TextKey) => {
      const t = timers.current.get(key);
      if (t) clearTimeout(t);
      timers.current.delete(key);
      const value = draftsRef.current[key];
      if (value === savedRef.current[key]) {
        // Back to the stored value: nothing to save, and nothing wrong any more.
        setErrors((e) => (e[key] ? { ...e, [key]: undefined } : e));
        return;
      }
      track(api.updateSettings({ [key]: value })).then(
        (result) => {
          setErrors((e) => ({ ...e, [key]: undefined }));
          setSettings(result);
        },
        (e: unknown) => setErrors((errs) => ({ ...errs, [key]: fieldMessageOfError(e, key) })),
      );
    },
    [api, track, setSettings],
  );

  const flushAll = useCallback(() => {
    for (const k of Object.keys(draftsRef.current) as TextKey[]) flush(k);
  }, [flush]);

  const change = useCallback(
    (key: TextKey, value: string) => {
      setDrafts((d) => {
        const next = { ...d, [key]: value };
        draftsRef.current = next;
        return next;
      });
      const t = timers.current.get(key);
      if (t) clearTimeout(t);
      timers.current.set(
        key,
        setTimeout(() => flush(key), AUTOSAVE_MS),
      );
    },
    [flush],
  );

  useCommand('save', flushAll);
  // Leaving the screen mid-sentence still saves what was typed.
  useEffect(() => () => flushAll(), [flushAll]);

  return { drafts, errors, change, flush };
}

function pick(s: Settings): Record<TextKey, string> {
  return {
    office: s.office,
    directorTitle: s.directorTitle,
    directorName: s.directorName,
    headOfGovernance: s.headOfGovernance,
    reporterName: s.reporterName,
    reporterTitle: s.reporterTitle,
    headTitle: s.headTitle,
    reportFont: s.reportFont,
  };
}

export function OfficeForm({ settings }: { settings: Settings }) {
  const api = useApi();
  const track = useApp((s) => s.track);
  const setSettings = useApp((s) => s.setSettings);
  const { drafts, errors, change, flush } = useSettingsDrafts(settings);

  // The choice shows at once (a radio must answer the click), then follows what the API saved.
  const [chosen, setChosen] = useState<Numerals | null>(null);
  const shownNumerals = chosen ?? settings.numerals;
  const setNumerals = (numerals: Numerals) => {
    if (numerals === shownNumerals) return;
    setChosen(numerals);
    track(api.updateSettings({ numerals })).then(
      (saved) => {
        setSettings(saved);
        setChosen(null);
      },
      () => setChosen(null),
    );
  };

  const field = (key: TextKey, label: string, placeholder?: string, hint?: string, list?: string) => (
    <div className="set-field" key={key}>
      <label htmlFor={`set-${key}`}>{label}</label>
      <input
        id={`set-${key}`}
        type="text"
        value={drafts[key]}
        placeholder={placeholder}
        list={list}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `set-${key}-err` : hint ? `set-${key}-hint` : undefined}
        onChange={(e) => change(key, e.target.value)}
        onBlur={() => flush(key)}
      />
      {errors[key] ? (
        <span className="set-error" id={`set-${key}-err`} role="alert">
          {errors[key]}
        </span>
      ) : (
        hint && (
          <span className="set-hint" id={`set-${key}-hint`}>
            {hint}
          </span>
        )
      )}
    </div>
  );

  return (
    <>
      <section className="set-panel" aria-labelledby="set-office-title">
        <h2 id="set-office-title">{SETTINGS_WORDS.officeTitle}</h2>
        <p className="set-note">{SETTINGS_WORDS.officeNote}</p>
        <div className="set-grid">{FIELDS.map((f) => field(f.key, f.label, f.placeholder, f.hint))}</div>
      </section>

      <section className="set-panel" aria-labelledby="set-display-title">
        <h2 id="set-display-title">{SETTINGS_WORDS.displayTitle}</h2>
        <fieldset className="set-radios">
          <legend>{SETTINGS_WORDS.numerals}</legend>
          {(
            [
              ['thai', NUMERALS_NAMES.thai, digits(2566, 'thai')],
              ['arabic', NUMERALS_NAMES.arabic, digits(2566, 'arabic')],
            ] as const
          ).map(([value, label, sample]) => (
            <label key={value} className={shownNumerals === value ? 'set-radio checked' : 'set-radio'}>
              <input
                type="radio"
                name="numerals"
                value={value}
                checked={shownNumerals === value}
                onChange={() => setNumerals(value)}
              />
              <span>{label}</span>
              <span className="set-sample">{sample}</span>
            </label>
          ))}
          <span className="set-hint">
            {SETTINGS_WORDS.numeralsExample} {digits(2566, shownNumerals)}
          </span>
        </fieldset>
        <div className="set-grid">
          {field(
            'reportFont',
            FIELD_NAMES.reportFont,
            SETTINGS_WORDS.fontExample,
            SETTINGS_WORDS.fontHint,
            'set-fonts',
          )}
          <datalist id="set-fonts">
            {FONTS.map((f) => (
              <option key={f} value={f} />
            ))}
          </datalist>
          <div className="set-font-preview" style={{ fontFamily: `"${drafts.reportFont}", var(--font)` }}>
            {SETTINGS_WORDS.fontSample}
          </div>
        </div>
      </section>
    </>
  );
}
