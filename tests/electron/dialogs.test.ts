// Save and open dialogs start in the folder used last for their kind (reports, backups), across
// restarts; a folder that is gone falls back to Documents. Through IPC from the main window, as the
// page calls them, on the fake electron's dialogs.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fake, resetFake } from '../helpers/fake-electron';
import { existingDb, useShell } from '../helpers/shell';
import { REPO_ROOT, tmpDir } from '../helpers/tmp';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectronModule());

const { launch } = useShell();

async function start(db: string) {
  await launch(['--db', db]);
  await vi.waitFor(() => expect(fake.BrowserWindow.instances.some((w) => w.loaded.file)).toBe(true));
}
const call = async (method: string, input: unknown) => {
  const win = fake.BrowserWindow.instances.find((w) => w.loaded.file)!;
  const env = (await fake.ipcMain.invoke(`api:${method}`, input, win.webContents)) as {
    ok: boolean;
    value: { path: string | null };
  };
  expect(env.ok).toBe(true);
  return env.value.path;
};
const lastShown = () => fake.dialog.shown.at(-1)!.options['defaultPath'] as string;

describe('dialogs start where the user was last', () => {
  it('per kind, remembered across restarts, Documents when the folder is gone', async () => {
    const db = existingDb();
    const documents = tmpDir();
    const reports = path.join(tmpDir(), 'รายงาน ITA ปี 2566');
    const backups = path.join(tmpDir(), 'สำรอง');
    fs.mkdirSync(reports);
    fs.mkdirSync(backups);
    fake.app.documents = documents;
    await start(db);

    fake.dialog.answers.push(path.join(reports, 'แผน.pdf'));
    expect(await call('chooseExportPath', { defaultName: 'แผน.pdf', format: 'pdf' })).toBe(
      path.join(reports, 'แผน.pdf'),
    );
    expect(lastShown()).toBe(path.join(documents, 'แผน.pdf'));
    fake.dialog.answers.push(null); // cancelled: nothing remembered
    await call('chooseExportPath', { defaultName: 'เดือน.xlsx', format: 'xlsx' });
    expect(lastShown()).toBe(path.join(reports, 'เดือน.xlsx'));

    // Backups are another kind: they start in Documents, then where a backup went.
    fake.dialog.answers.push(path.join(backups, 'ita-backup.sqlite'));
    await call('chooseBackupFile', { purpose: 'save' });
    expect(path.dirname(lastShown())).toBe(documents);
    fake.dialog.answers.push(null);
    await call('chooseBackupFile', { purpose: 'open' });
    expect(lastShown()).toBe(backups);

    // Evidence: its own kind; several files at once, read through the API for the page to attach.
    const evidence = path.join(tmpDir(), 'หลักฐาน');
    fs.mkdirSync(evidence);
    fs.writeFileSync(path.join(evidence, 'ภาพ.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    fake.dialog.answers.push(path.join(evidence, 'ภาพ.png'));
    const win = fake.BrowserWindow.instances.find((w) => w.loaded.file)!;
    const picked = (await fake.ipcMain.invoke('api:chooseEvidenceFiles', {}, win.webContents)) as {
      value: { files: { fileName: string; size: number }[] };
    };
    expect(picked.value.files.map((f) => [f.fileName, f.size])).toEqual([['ภาพ.png', 4]]);
    expect(fake.dialog.shown.at(-1)!.options).toMatchObject({
      defaultPath: documents,
      properties: ['openFile', 'multiSelections'],
    });
    fake.dialog.answers.push(null);
    await fake.ipcMain.invoke('api:chooseEvidenceFiles', {}, win.webContents);
    expect(lastShown()).toBe(evidence);

    // Restart: still remembered.
    const userData = fake.app.userData;
    fake.app.emit('will-quit');
    resetFake();
    vi.resetModules();
    fake.app.appPath = REPO_ROOT;
    fake.app.userData = userData;
    fake.app.documents = documents;
    await start(db);
    fake.dialog.answers.push(null);
    await call('chooseExportPath', { defaultName: 'แผน.pdf', format: 'pdf' });
    expect(lastShown()).toBe(path.join(reports, 'แผน.pdf'));

    // The folder was removed (a USB stick taken out): Documents again.
    fs.rmSync(reports, { recursive: true });
    fake.dialog.answers.push(null);
    await call('chooseExportPath', { defaultName: 'แผน.pdf', format: 'pdf' });
    expect(lastShown()).toBe(path.join(documents, 'แผน.pdf'));
  });

  it('a folder for several files ("ส่งแบบฟอร์มให้ฝ่าย") starts in the reports folder; cancel gives null', async () => {
    const db = existingDb();
    const documents = tmpDir();
    const forms = path.join(tmpDir(), 'แบบฟอร์ม มี.ค.');
    fs.mkdirSync(forms);
    fake.app.documents = documents;
    await start(db);
    fake.dialog.answers.push(forms);
    expect(await call('chooseExportFolder', {})).toBe(forms);
    expect(fake.dialog.shown.at(-1)!.options).toMatchObject({
      defaultPath: documents,
      properties: ['openDirectory', 'createDirectory'],
    });
    fake.dialog.answers.push(null);
    expect(await call('chooseExportFolder', {})).toBeNull();
  });
});
