import type { Migration } from './types';

// Monthly follow-ups and their evidence. Files live inside the same SQLite file so one file
// holds the whole record (email it, back it up, restore it).
export const m0020FollowUps: Migration = {
  version: 20,
  name: 'follow-ups',
  up(db) {
    db.exec(`
      CREATE TABLE follow_up (
        id INTEGER PRIMARY KEY,
        activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
        status TEXT NOT NULL DEFAULT 'notStarted'
          CHECK (status IN ('notStarted', 'inProgress', 'done', 'blocked')),
        qty REAL CHECK (qty IS NULL OR qty >= 0),
        result TEXT NOT NULL DEFAULT '',
        problems TEXT NOT NULL DEFAULT '',
        reporter TEXT NOT NULL DEFAULT '',
        reported_at TEXT,
        director_remark TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        UNIQUE (activity_id, month)
      ) STRICT;

      CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        follow_up_id INTEGER NOT NULL REFERENCES follow_up (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('url', 'file')),
        label TEXT NOT NULL DEFAULT '',
        url TEXT CHECK (url IS NULL OR url GLOB 'http://*' OR url GLOB 'https://*'),
        file_name TEXT,
        mime_type TEXT,
        size INTEGER,
        data BLOB,
        created_at TEXT NOT NULL,
        CHECK (
          (kind = 'url' AND url IS NOT NULL AND data IS NULL)
          OR (kind = 'file' AND url IS NULL AND data IS NOT NULL AND file_name IS NOT NULL
              AND mime_type IS NOT NULL AND size = length(data))
        )
      ) STRICT;
      CREATE INDEX evidence_by_follow_up ON evidence (follow_up_id);
    `);
  },
};
