import type { Migration } from './types';

// Plan structure: settings, divisions, plans with their 10 indicators, items and activities.
export const m0010Initial: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;

      CREATE TABLE division (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
        position INTEGER NOT NULL,
        is_standard INTEGER NOT NULL DEFAULT 0 CHECK (is_standard IN (0, 1))
      ) STRICT;

      CREATE TABLE plan (
        id INTEGER PRIMARY KEY,
        fiscal_year INTEGER NOT NULL CHECK (fiscal_year BETWEEN 2500 AND 2700),
        office TEXT NOT NULL CHECK (length(office) BETWEEN 1 AND 300),
        title TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
        approved_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (office, fiscal_year),
        CHECK ((status = 'approved') = (approved_at IS NOT NULL))
      ) STRICT;

      CREATE TABLE indicator (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 10),
        tool TEXT NOT NULL CHECK (tool IN ('IIT', 'EIT', 'OIT')),
        name TEXT NOT NULL,
        UNIQUE (plan_id, number)
      ) STRICT;

      CREATE TABLE item (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
        indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
        code TEXT NOT NULL CHECK (code GLOB '[IEO][1-9]*'),
        question TEXT NOT NULL DEFAULT '',
        issue TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        UNIQUE (plan_id, code)
      ) STRICT;
      CREATE INDEX item_by_indicator ON item (indicator_id, position);

      CREATE TABLE activity (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        output TEXT NOT NULL DEFAULT '',
        target_qty REAL CHECK (target_qty IS NULL OR target_qty >= 0),
        target_unit TEXT,
        awareness TEXT NOT NULL DEFAULT '',
        start_month TEXT CHECK (start_month IS NULL OR start_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
        end_month TEXT CHECK (end_month IS NULL OR end_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
        responsible_text TEXT NOT NULL DEFAULT '',
        all_divisions INTEGER NOT NULL DEFAULT 0 CHECK (all_divisions IN (0, 1)),
        monitoring TEXT NOT NULL DEFAULT 'monthly' CHECK (monitoring IN ('monthly', 'daily', 'none', 'other')),
        monitoring_text TEXT NOT NULL DEFAULT '',
        CHECK (start_month IS NULL OR end_month IS NULL OR start_month <= end_month)
      ) STRICT;
      CREATE INDEX activity_by_item ON activity (item_id, position);

      CREATE TABLE activity_division (
        activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        division_id INTEGER NOT NULL REFERENCES division (id) ON DELETE RESTRICT,
        PRIMARY KEY (activity_id, division_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX activity_division_by_division ON activity_division (division_id);
    `);
  },
};
