// The backup methods over the API with desktop hooks (as in the app): dialogs, and the rule that the
// page may only name files picked in this session's dialogs or in the backups folder.
// The file-level behaviour (checks, refusals, restore) is tested in tests/db/backup*.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeApi } from '../helpers/api';
import { tmpDir } from '../helpers/tmp';

describe('backup API with desktop hooks', () => {
  it('dialogs choose the files; other paths are refused; the data folder is shown', async () => {
    const out = path.join(tmpDir(), 'copy');
    const opens: (string | null)[] = [];
    const revealed: string[] = [];
    const t = makeApi(undefined, 'ผู้ทดสอบ', {
      openPath: async () => undefined,
      openExternal: async () => undefined,
      showItemInFolder: async (f) => void revealed.push(f),
      chooseOpenPath: async () => opens.shift() ?? null,
      chooseBackupSavePath: async () => out,
    });
    const { api } = t;
    await api.importSamplePlan({});
    const { backupsDir, backups } = await api.listBackups({});
    expect(backups).toEqual([]);
    const b = await api.backupNow({});
    expect(path.dirname(b.path)).toBe(backupsDir);

    // Save dialog: ".sqlite" added; only the chosen path may be written.
    const chosen = await api.chooseBackupFile({ purpose: 'save' });
    expect(chosen.path).toBe(`${out}.sqlite`);
    await expect(api.backupToFile({ path: path.join(tmpDir(), 'elsewhere.sqlite') })).rejects.toMatchObject({
      code: 'notFound',
    });
    expect((await api.backupToFile({ path: chosen.path! })).bytes).toBeGreaterThan(0);

    // Open dialog: cancelled → null; a picked file may be inspected and restored.
    expect(await api.chooseBackupFile({ purpose: 'open' })).toEqual({ path: null });
    await expect(api.inspectBackupFile({ path: chosen.path! })).rejects.toMatchObject({ code: 'notFound' });
    opens.push(chosen.path!);
    await api.chooseBackupFile({ purpose: 'open' });
    expect((await api.inspectBackupFile({ path: chosen.path! })).fiscalYears).toEqual([2566]);
    await api.createPlan({ fiscalYear: 2567 });
    await api.restoreBackup({ path: chosen.path! });
    expect((await api.listPlans({})).map((p) => p.fiscalYear)).toEqual([2566]);
    // A backup in the backups folder needs no dialog.
    await api.restoreBackup({ path: b.path });
    await expect(api.inspectBackupFile({ path: 'relative.sqlite' })).rejects.toMatchObject({ code: 'invalidInput' });

    await api.showDataFolder({});
    expect(revealed).toEqual([t.dbPath]);
    expect(fs.existsSync(t.dbPath)).toBe(true);
  });

  it('without desktop hooks the dialogs are unsupported', async () => {
    const { api } = makeApi();
    await expect(api.chooseBackupFile({ purpose: 'open' })).rejects.toMatchObject({ code: 'unsupported' });
    await expect(api.showDataFolder({})).rejects.toMatchObject({ code: 'unsupported' });
  });
});
