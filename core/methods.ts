// The contract's method names without zod, for the sandboxed preload. A test keeps it equal to
// the contract's keys, and the type below fails to compile if a name is missing or extra.
import type { MethodName } from './contract';

export const METHOD_NAMES = [
  'appInfo',
  'listPlans',
  'getPlan',
  'findPlan',
  'createPlan',
  'updatePlan',
  'deletePlan',
  'approvePlan',
  'reopenPlan',
  'copyPlanToNextYear',
  'importPlanText',
  'importSamplePlan',
  'createItem',
  'updateItem',
  'deleteItem',
  'reorderItems',
  'createActivity',
  'updateActivity',
  'deleteActivity',
  'reorderActivities',
  'listMonth',
  'saveFollowUp',
  'activityHistory',
  'copyPreviousMonth',
  'addEvidenceUrl',
  'addEvidenceFile',
  'getEvidenceFile',
  'removeEvidence',
  'openEvidence',
  'openExternal',
  'chooseEvidenceFiles',
  'chooseExportPath',
  'printReport',
  'openExport',
  'getSettings',
  'updateSettings',
  'listDivisions',
  'addDivision',
  'renameDivision',
  'removeDivision',
  'listAudit',
  'progress',
  'exportReport',
  'previewPlanXlsx',
  'applyPlanXlsx',
  'exportDivisionForm',
  'previewDivisionForms',
  'importDivisionForms',
  'listBackups',
  'backupNow',
  'backupToFile',
  'chooseBackupFile',
  'inspectBackupFile',
  'restoreBackup',
  'showDataFolder',
] as const satisfies readonly MethodName[];

type Missing = Exclude<MethodName, (typeof METHOD_NAMES)[number]>;
// Compile-time completeness check: `never` unless a contract method is missing above.
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;

export const IPC_PREFIX = 'api:';
