import type { Migration } from './types';

// Copied rows are drafts to check (issue 13): "copy from last month" saves what it carried as a draft
// (draft = 1, copied_from = the month it came from) that counts as not reported until someone saves
// the row. Rows saved before this migration are reports (draft = 0).
export const m0070FollowUpDrafts: Migration = {
  version: 70,
  name: 'follow-up-drafts',
  up(db) {
    db.exec(`
      ALTER TABLE follow_up ADD COLUMN draft INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1));
      ALTER TABLE follow_up ADD COLUMN copied_from TEXT
        CHECK (copied_from IS NULL OR copied_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]');
    `);
  },
};
