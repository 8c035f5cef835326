import { m0010Initial } from './0010-initial';
import { m0020FollowUps } from './0020-follow-ups';
import { m0030AuditLog } from './0030-audit-log';
import { m0040FormImports } from './0040-form-imports';
import { m0050FreeStructure } from './0050-free-structure';
import { m0060AuditBatches } from './0060-audit-batches';
import { m0070FollowUpDrafts } from './0070-follow-up-drafts';
import { m0080ActivityMonths } from './0080-activity-months';
import type { Migration } from './types';

export type { Migration } from './types';

/**
 * In order. A new migration gets the next number (0080-…) and is appended here. A released migration
 * is never edited: files are checked against the schema these create (db/schemaCheck.ts).
 */
export const MIGRATIONS: readonly Migration[] = [
  m0010Initial,
  m0020FollowUps,
  m0030AuditLog,
  m0040FormImports,
  m0050FreeStructure,
  m0060AuditBatches,
  m0070FollowUpDrafts,
  m0080ActivityMonths,
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
