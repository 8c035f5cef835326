// The division matching the importer uses lives in core/ (the reports' ผู้รับผิดชอบ wording reads
// the plan's text with it too: core/rules.ts responsibleText).
export * from '../../core/divisions';
