// ตั้งค่า: about the program — its version and where the data file is.
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../core/types';
import { OpenDataFolderButton } from './BackupSection';
import { digits } from '../../format';
import { useApi, useApp } from '../../StoreContext';
import { UI_WORDS } from '../../../../core/terms';

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
      <h2 id="set-about-title">เกี่ยวกับโปรแกรม</h2>
      {!info ? (
        <p className="muted">{UI_WORDS.reading}</p>
      ) : (
        <dl className="set-about">
          <dt>รุ่นโปรแกรม</dt>
          <dd data-testid="set-version">ITA Tracker {digits(info.version, numerals)}</dd>
          <dt>รุ่นโครงสร้างข้อมูล</dt>
          <dd>{digits(info.schemaVersion, numerals)}</dd>
          <dt>ไฟล์ข้อมูลอยู่ที่</dt>
          <dd>
            <code className="set-path" data-testid="set-db-path">
              {info.dbPath}
            </code>
            <p className="set-hint">ข้อมูลทั้งหมดอยู่ในไฟล์นี้ไฟล์เดียว สำรองข้อมูลได้โดยคัดลอกไฟล์นี้เก็บไว้</p>
            {/* Actions on the data file. The "open the folder" button (a later issue) goes here. */}
            <div className="set-about-actions" data-slot="data-file-actions">
              <button type="button" onClick={copy}>
                {copied ? 'คัดลอกแล้ว' : 'คัดลอกที่อยู่ไฟล์'}
              </button>
              <OpenDataFolderButton />
            </div>
          </dd>
        </dl>
      )}
    </section>
  );
}
