// Every Thai domain word users read, once: the screens, the reports (PDF and Excel) and the CLI all
// take their words from here, so every place says the same thing. Spelling follows the NACC's own
// ITA manuals (e.g. ผู้มีส่วนได้ส่วนเสีย, as in "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)").
// Text the user typed or imported (a plan's own wording) is data and is never rewritten. Pure.
// Each topic has its file; this one re-exports them all, so `core/terms` is the one place to import from.
export * from './words';
export * from './status';
export * from './tools';
export * from './fields';
export * from './messages';
export * from './reports';
export * from './screens';
export * from './history';
export * from './timeframe';
export * from './audit';
export * from './ui';
export * from './structure';
export * from './input';
export * from './cli';
export * from './appShell';
export * from './validation';
export * from './lookAlike';
export * from './office';
export * from './followupScreen';
export * from './planEditor';
export * from './planScreen';
export * from './planStructure';
export * from './planImport';
export * from './importVocabulary';
export * from './importMessages';
export * from './historyScreen';
export * from './shell';
export * from './api';
export * from './overviewScreen';
export * from './storage';
export * from './records';
export * from './settingsScreen';
export * from './help';
export * from './cliUsage';
export * from './cliText';
export * from './cliReports';
export * from './reportText';
export * from './xlsxImport';
