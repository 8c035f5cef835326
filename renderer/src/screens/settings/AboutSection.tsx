// ตั้งค่า: about the program — its version and where the data file is.
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../core/types';
import { OpenDataFolderButton } from './BackupSection';
import { digits } from '../../format';
import { useApi, useApp } from '../../StoreContext';
import { UI_WORDS, ABOUT_WORDS } from '../../../../core/terms';

export function About() {
  const api = useApi();
  const numerals = useApp((s) => s.numerals);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    let live = true;
    api.appInfo({}).then(
      (i) => live && setInfo(i),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);

  const copy = () => {
    if (!info) return;
    void navigator.clipboard?.writeText(info.dbPath).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  return (
    <section className="set-panel" aria-labelledby="set-about-title">
      <h2 id="set-about-title">{ABOUT_WORDS.title}</h2>
      {!info ? (
        <p className="muted">{UI_WORDS.reading}</p>
      ) : (
        <dl className="set-about">
          <dt>{ABOUT_WORDS.version}</dt>
          <dd data-testid="set-version">ITA Tracker {digits(info.version, numerals)}</dd>
          <dt>{ABOUT_WORDS.schemaVersion}</dt>
          <dd>{digits(info.schemaVersion, numerals)}</dd>
          <dt>{ABOUT_WORDS.dataFileAt}</dt>
          <dd>
            <code className="set-path" data-testid="set-db-path">
              {info.dbPath}
            </code>
            <p className="set-hint">{ABOUT_WORDS.oneFile}</p>
            {/* Actions on the data file. The "open the folder" button (a later issue) goes here. */}
            <div className="set-about-actions" data-slot="data-file-actions">
              <button type="button" onClick={copy}>
                {copied ? ABOUT_WORDS.copied : ABOUT_WORDS.copyPath}
              </button>
              <OpenDataFolderButton />
            </div>
          </dd>
        </dl>
      )}
    </section>
  );
}
