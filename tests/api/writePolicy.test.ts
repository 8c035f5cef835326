// The write policy (core/contract.ts `mutates`, electron/api/writePolicy.ts), driven through every
// method of the contract on real SQLite files: a mutating method writes exactly one audit entry per
// record it changes (every changed row compared, table by table: changedRecords.ts; a record changed
// as part of a larger one — a plan imported with its items — is that record's entry; a batch — Excel
// plan, division forms, copy last month, a revert — adds one heading line naming the batch), a method
// that does not mutate writes no entry and changes nothing at all (every row of every table compared),
// and a 'draftPlan' method is refused on an approved plan with nothing written (the wrapper itself:
// writePolicyWrapper.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, mutationOf, type Api, type MethodName } from '../../core/contract';
import { METHOD_NAMES } from '../../core/methods';
import { PLAN_LOCKED } from '../../core/terms';
import { BUILT_IN_CRITERIA_SETS } from '../../db/criteria';
import { fingerprint } from '../helpers/fingerprint';
import { sampleText } from '../helpers/tmp';
import { entryProblems, lastEntryId, newEntries, readRows } from './changedRecords';
import {
  auditCount,
  filledForm,
  makeTemplate,
  MONTH,
  planXlsxWithOneChange,
  PREVIOUS,
  world,
  type World,
} from './writePolicyWorld';

interface Case {
  /** Runs the method once; answers how many audit entries that call must write (0: changes nothing). */
  (w: World, api: Api): Promise<number>;
}
const reads =
  (call: (w: World, api: Api) => Promise<unknown>): Case =>
  async (w, api) => {
    await call(w, api);
    return 0;
  };
const changes =
  (n: number, call: (w: World, api: Api) => Promise<unknown>): Case =>
  async (w, api) => {
    await call(w, api);
    return n;
  };

// Every method of the contract, once (the type makes a missing one a compile error).
const CASES: Record<MethodName, { prepare?: (w: World) => Promise<unknown>; run: Case }> = {
  appInfo: { run: reads((_w, api) => api.appInfo({})) },
  listPlans: { run: reads((_w, api) => api.listPlans({})) },
  getPlan: { run: reads((w, api) => api.getPlan({ planId: w.plan.id })) },
  findPlan: { run: reads((_w, api) => api.findPlan({ fiscalYear: 2566 })) },
  createPlan: { run: changes(1, (_w, api) => api.createPlan({ fiscalYear: 2570 })) },
  updatePlan: { run: changes(1, (w, api) => api.updatePlan({ planId: w.plan.id, title: 'แผนที่แก้ชื่อ' })) },
  deletePlan: { run: changes(1, (w, api) => api.deletePlan({ planId: w.plan.id })) },
  approvePlan: { run: changes(1, (w, api) => api.approvePlan({ planId: w.plan.id })) },
  reopenPlan: {
    prepare: (w) => w.api.approvePlan({ planId: w.plan.id }),
    run: changes(1, (w, api) => api.reopenPlan({ planId: w.plan.id })),
  },
  copyPlanToNextYear: { run: changes(1, (w, api) => api.copyPlanToNextYear({ planId: w.plan.id })) },
  importPlanText: { run: changes(1, (_w, api) => api.importPlanText({ text: sampleText(), fiscalYear: 2567 })) },
  importSamplePlan: {
    prepare: (w) => w.api.deletePlan({ planId: w.plan.id }),
    run: changes(1, (_w, api) => api.importSamplePlan({})),
  },
  importPlan: { run: changes(1, (_w, api) => api.importPlan({ text: sampleText(), fiscalYear: 2567 })) },
  createTool: { run: changes(1, (w, api) => api.createTool({ planId: w.plan.id, code: 'MOIT' })) },
  updateTool: { run: changes(1, (w, api) => api.updateTool({ toolId: w.plan.tools[0]!.id, name: 'แบบวัดที่แก้ชื่อ' })) },
  deleteTool: {
    prepare: (w) => w.api.createTool({ planId: w.plan.id, code: 'MOIT' }),
    run: async (w, api) => {
      const tool = (await api.getPlan({ planId: w.plan.id })).tools.find((t) => t.code === 'MOIT')!;
      await api.deleteTool({ toolId: tool.id });
      return 1;
    },
  },
  reorderTools: {
    run: changes(1, (w, api) =>
      api.reorderTools({ planId: w.plan.id, toolIds: w.plan.tools.map((t) => t.id).reverse() }),
    ),
  },
  createIndicator: {
    run: changes(1, (w, api) => api.createIndicator({ toolId: w.plan.tools[0]!.id, name: 'ตัวชี้วัดใหม่' })),
  },
  updateIndicator: {
    run: changes(1, (w, api) => api.updateIndicator({ indicatorId: w.plan.indicators[0]!.id, name: 'ชื่อใหม่' })),
  },
  deleteIndicator: {
    prepare: (w) => w.api.createIndicator({ toolId: w.plan.tools[0]!.id, number: 11, name: 'ชั่วคราว' }),
    run: async (w, api) => {
      const ind = (await api.getPlan({ planId: w.plan.id })).indicators.find((i) => i.number === 11)!;
      await api.deleteIndicator({ indicatorId: ind.id });
      return 1;
    },
  },
  reorderIndicators: {
    run: async (w, api) => {
      const tool = w.plan.tools[0]!;
      const ids = w.plan.indicators.filter((i) => i.toolId === tool.id).map((i) => i.id);
      await api.reorderIndicators({ toolId: tool.id, indicatorIds: ids.reverse() });
      return 1;
    },
  },
  createSubIndicator: {
    run: changes(1, (w, api) => api.createSubIndicator({ indicatorId: w.plan.indicators[8]!.id, name: 'ข้อมูลพื้นฐาน' })),
  },
  updateSubIndicator: {
    prepare: (w) => w.api.createSubIndicator({ indicatorId: w.plan.indicators[8]!.id, name: 'ข้อมูลพื้นฐาน' }),
    run: async (w, api) => {
      const sub = (await api.getPlan({ planId: w.plan.id })).indicators[8]!.subIndicators[0]!;
      await api.updateSubIndicator({ subIndicatorId: sub.id, name: 'การบริหารงาน' });
      return 1;
    },
  },
  deleteSubIndicator: {
    prepare: (w) => w.api.createSubIndicator({ indicatorId: w.plan.indicators[8]!.id, name: 'ข้อมูลพื้นฐาน' }),
    run: async (w, api) => {
      const sub = (await api.getPlan({ planId: w.plan.id })).indicators[8]!.subIndicators[0]!;
      await api.deleteSubIndicator({ subIndicatorId: sub.id });
      return 1;
    },
  },
  listCriteriaSets: { run: reads((_w, api) => api.listCriteriaSets({})) },
  saveCriteriaSet: {
    run: changes(1, (w, api) => api.saveCriteriaSet({ planId: w.plan.id, id: 'dusit-2567', name: 'เกณฑ์ของเขตดุสิต' })),
  },
  loadCriteriaSet: {
    run: changes(1, (_w, api) =>
      api.loadCriteriaSet({ json: JSON.stringify({ ...BUILT_IN_CRITERIA_SETS[0], id: 'copy-2566' }) }),
    ),
  },
  deleteCriteriaSet: {
    prepare: (w) => w.api.loadCriteriaSet({ json: JSON.stringify({ ...BUILT_IN_CRITERIA_SETS[0], id: 'copy-2566' }) }),
    run: changes(1, (_w, api) => api.deleteCriteriaSet({ id: 'copy-2566' })),
  },
  setPlanCriteriaSet: { run: changes(1, (w, api) => api.setPlanCriteriaSet({ planId: w.plan.id, criteriaSet: null })) },
  criteriaCoverage: { run: reads((w, api) => api.criteriaCoverage({ planId: w.plan.id })) },
  createItem: { run: changes(1, (w, api) => api.createItem({ planId: w.plan.id, indicatorNumber: 1 })) },
  updateItem: { run: changes(1, (w, api) => api.updateItem({ itemId: w.itemId, question: 'คำถามใหม่' })) },
  deleteItem: { run: changes(1, (w, api) => api.deleteItem({ itemId: w.itemId })) },
  reorderItems: {
    run: async (w, api) => {
      const ind = w.plan.indicators.find((i) => i.items.length >= 2)!;
      await api.reorderItems({ indicatorId: ind.id, itemIds: ind.items.map((i) => i.id).reverse() });
      return 1;
    },
  },
  createActivity: { run: changes(1, (w, api) => api.createActivity({ itemId: w.itemId, text: 'กิจกรรมใหม่' })) },
  updateActivity: { run: changes(1, (w, api) => api.updateActivity({ activityId: w.activity.id, output: '๒ ครั้ง' })) },
  deleteActivity: { run: changes(1, (w, api) => api.deleteActivity({ activityId: w.activity.id })) },
  reorderActivities: {
    run: async (w, api) => {
      const item = w.plan.indicators.flatMap((i) => i.items).find((i) => i.id === w.itemId)!;
      await api.reorderActivities({ itemId: item.id, activityIds: item.activities.map((a) => a.id).reverse() });
      return 1;
    },
  },
  listMonth: { run: reads((w, api) => api.listMonth({ planId: w.plan.id, month: MONTH })) },
  saveFollowUp: {
    run: changes(1, (w, api) => api.saveFollowUp({ activityId: w.activity.id, month: MONTH, status: 'done' })),
  },
  activityHistory: { run: reads((w, api) => api.activityHistory({ activityId: w.reported })) },
  copyMonth: {
    run: async (w, api) => {
      const { copied } = await api.copyMonth({ planId: w.plan.id, from: PREVIOUS, to: MONTH });
      expect(copied).toBe(1);
      return copied + 1; // each copied report, and the copy itself
    },
  },
  addEvidenceUrl: {
    run: changes(1, (w, api) =>
      api.addEvidenceUrl({ activityId: w.reported, month: PREVIOUS, url: 'https://www.bangkok.go.th/dusit/x' }),
    ),
  },
  addEvidenceFile: {
    run: changes(1, (w, api) =>
      api.addEvidenceFile({
        activityId: w.reported,
        month: PREVIOUS,
        fileName: 'หลักฐาน.pdf',
        data: new Uint8Array(Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n')),
      }),
    ),
  },
  getEvidenceFile: { run: reads((w, api) => api.getEvidenceFile({ evidenceId: w.evidenceId })) },
  removeEvidence: { run: changes(1, (w, api) => api.removeEvidence({ evidenceId: w.evidenceId })) },
  openEvidence: { run: reads((w, api) => api.openEvidence({ evidenceId: w.evidenceId })) },
  openExternal: { run: reads((_w, api) => api.openExternal({ url: 'https://www.nacc.go.th/' })) },
  chooseExportPath: { run: reads((_w, api) => api.chooseExportPath({ defaultName: 'แผน', format: 'pdf' })) },
  chooseEvidenceFiles: { run: reads((_w, api) => api.chooseEvidenceFiles({})) },
  chooseExportFolder: { run: reads((_w, api) => api.chooseExportFolder({})) },
  printReport: { run: reads((w, api) => api.printReport({ planId: w.plan.id, report: 'plan' })) },
  openExport: {
    prepare: (w) =>
      w.api.exportReport({ planId: w.plan.id, report: 'plan', format: 'xlsx', outPath: path.join(w.out, 'แผน.xlsx') }),
    run: reads((w, api) => api.openExport({ path: path.join(w.out, 'แผน.xlsx') })),
  },
  getSettings: { run: reads((_w, api) => api.getSettings({})) },
  updateSettings: { run: changes(1, (_w, api) => api.updateSettings({ directorName: 'นายทดสอบ ระบบ' })) },
  listDivisions: { run: reads((_w, api) => api.listDivisions({})) },
  addDivision: { run: changes(1, (_w, api) => api.addDivision({ name: 'ฝ่ายทดลอง' })) },
  renameDivision: {
    run: async (w, api) => {
      const d = (await api.listDivisions({}))[0]!;
      await api.renameDivision({ divisionId: d.id, name: 'ฝ่ายที่เปลี่ยนชื่อ' });
      return 1;
    },
  },
  removeDivision: {
    prepare: (w) => w.api.addDivision({ name: 'ฝ่ายชั่วคราว' }),
    run: async (_w, api) => {
      const d = (await api.listDivisions({})).find((x) => x.name === 'ฝ่ายชั่วคราว')!;
      await api.removeDivision({ divisionId: d.id });
      return 1;
    },
  },
  listAudit: { run: reads((_w, api) => api.listAudit({})) },
  progress: { run: reads((w, api) => api.progress({ planId: w.plan.id, month: MONTH })) },
  exportReport: {
    run: reads((w, api) =>
      api.exportReport({
        planId: w.plan.id,
        report: 'month',
        month: MONTH,
        format: 'xlsx',
        outPath: path.join(w.out, 'm.xlsx'),
      }),
    ),
  },
  exportProgress: { run: reads((_w, api) => api.exportProgress({})) },
  previewPlanXlsx: {
    run: reads(async (w, api) => api.previewPlanXlsx({ planId: w.plan.id, data: await planXlsxWithOneChange(w) })),
  },
  applyPlanXlsx: {
    run: changes(2, async (w, api) => api.applyPlanXlsx({ planId: w.plan.id, data: await planXlsxWithOneChange(w) })),
  },
  exportDivisionForm: {
    run: reads(async (w, api) => {
      const d = (await api.listDivisions({}))[0]!;
      return api.exportDivisionForm({
        planId: w.plan.id,
        month: MONTH,
        divisionId: d.id,
        outPath: path.join(w.out, 'f.xlsx'),
      });
    }),
  },
  previewDivisionForms: {
    run: reads(async (w, api) => api.previewDivisionForms({ planId: w.plan.id, files: await filledForm(w) })),
  },
  importDivisionForms: {
    run: changes(2, async (w, api) => api.importDivisionForms({ planId: w.plan.id, files: await filledForm(w) })),
  },
  previewRevert: {
    run: reads(async (_w, api) => api.previewRevert({ id: (await api.listAudit({ limit: 1 }))[0]!.id })),
  },
  revertHistory: {
    prepare: (w) => w.api.saveFollowUp({ activityId: w.activity.id, month: MONTH, status: 'inProgress' }),
    // the record put back, and the revert's heading line
    run: changes(2, async (_w, api) => api.revertHistory({ id: (await api.listAudit({ limit: 1 }))[0]!.id })),
  },
  undoLast: {
    prepare: (w) => w.api.saveFollowUp({ activityId: w.activity.id, month: MONTH, status: 'inProgress' }),
    run: changes(2, (w, api) => api.undoLast({ planId: w.plan.id, scope: 'followUp' })),
  },
  clearFollowUp: {
    prepare: (w) => w.api.saveFollowUp({ activityId: w.activity.id, month: MONTH, status: 'inProgress' }),
    run: changes(1, (w, api) => api.clearFollowUp({ activityId: w.activity.id, month: MONTH })),
  },
  listBackups: { run: reads((_w, api) => api.listBackups({})) },
  backupNow: { run: reads((_w, api) => api.backupNow({})) },
  backupToFile: {
    prepare: (w) => w.api.chooseBackupFile({ purpose: 'save' }),
    run: reads(async (w, api) => {
      const { path: chosen } = await api.chooseBackupFile({ purpose: 'save' });
      return api.backupToFile({ path: chosen! });
    }),
  },
  chooseBackupFile: { run: reads((_w, api) => api.chooseBackupFile({ purpose: 'open' })) },
  inspectBackupFile: {
    prepare: (w) => w.api.backupNow({}),
    run: reads(async (_w, api) => api.inspectBackupFile({ path: (await api.listBackups({})).backups[0]!.path })),
  },
  restoreBackup: {
    prepare: (w) => w.api.backupNow({}),
    run: changes(1, async (_w, api) => api.restoreBackup({ path: (await api.listBackups({})).backups[0]!.path })),
  },
  showDataFolder: { run: reads((_w, api) => api.showDataFolder({})) },
};

let template: string;
beforeAll(async () => {
  template = await makeTemplate();
});
afterAll(() => fs.rmSync(path.dirname(template), { recursive: true, force: true }));

describe('write policy: every contract method', () => {
  it('has a case, and declares mutates exactly when its case changes data', () => {
    expect(Object.keys(CASES).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.keys(contract).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it.each(METHOD_NAMES.map((m) => [m]))(
    '%s writes one audit entry per changed record, or nothing at all',
    async (method) => {
      const w = await world(template);
      const c = CASES[method];
      await c.prepare?.(w);
      const before = { audits: auditCount(w.dbPath), rows: fingerprint(w.dbPath) };
      const rowsBefore = readRows(w.dbPath);
      const lastId = lastEntryId(w.dbPath);
      const expected = await c.run(w, w.api);
      const after = { audits: auditCount(w.dbPath), rows: fingerprint(w.dbPath) };
      expect(after.audits - before.audits).toBe(expected);
      if (expected === 0) expect(after.rows).toBe(before.rows);
      else expect(after.rows).not.toBe(before.rows);
      expect(entryProblems(rowsBefore, readRows(w.dbPath), newEntries(w.dbPath, lastId))).toEqual([]);
      expect(mutationOf(method) !== null, 'contract declares mutates').toBe(expected > 0);
      w.db.close();
    },
  );

  it('a dry run of a mutating method changes nothing', async () => {
    const w = await world(template);
    const before = fingerprint(w.dbPath);
    const r = await w.api.importPlanText({ text: sampleText(), fiscalYear: 2567, dryRun: true });
    expect(r.plan).toBeNull();
    expect(fingerprint(w.dbPath)).toBe(before);
    w.db.close();
  });
});

describe("write policy: 'draftPlan' methods on an approved plan", () => {
  const locked = METHOD_NAMES.filter((m) => mutationOf(m)?.lock === 'draftPlan');

  it('covers the plan structure (tools, indicators, sub-indicators, items, activities) and its Excel round trip', () => {
    expect([...locked].sort()).toEqual(
      [
        'applyPlanXlsx',
        'createActivity',
        'createItem',
        'deleteActivity',
        'deleteItem',
        'reorderActivities',
        'reorderItems',
        'updateActivity',
        'updateItem',
        'createTool',
        'updateTool',
        'deleteTool',
        'reorderTools',
        'createIndicator',
        'updateIndicator',
        'deleteIndicator',
        'reorderIndicators',
        'createSubIndicator',
        'updateSubIndicator',
        'deleteSubIndicator',
      ].sort(),
    );
  });

  it.each(locked.map((m) => [m]))('%s is refused with the one lock message and writes nothing', async (method) => {
    const w = await world(template);
    const c = CASES[method];
    // What the call needs (a tool, an indicator, a sub-indicator to delete) exists while it is a draft.
    await c.prepare?.(w);
    await w.api.approvePlan({ planId: w.plan.id });
    const before = fingerprint(w.dbPath);
    await expect(c.run(w, w.api)).rejects.toMatchObject({ code: 'locked', message: PLAN_LOCKED });
    expect(fingerprint(w.dbPath)).toBe(before);
    w.db.close();
  });
});
