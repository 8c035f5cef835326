import type { Migration } from './types';

// The plan's structure becomes its own data: any number of tools (IIT, EIT, OIT, MOIT …), indicators
// numbered as the document numbers them, optional sub-indicators (9.1 ข้อมูลพื้นฐาน), item codes of any
// scheme (O31, MOIT3). Today's CHECKs (indicators 1–10 under IIT/EIT/OIT, codes [IEO]n) go; every
// plan, item, activity, follow-up, evidence and audit row is kept with its id. Indicator and item
// are rebuilt (SQLite cannot drop a CHECK), with foreign keys off for the rebuild as SQLite's
// ALTER TABLE procedure says; the copies keep every id, so nothing that points at them changes.
// A plan may be tied to a criteria set (the tools, indicators and items of one scheme and year);
// sets an office saves itself live in criteria_set.
const NACC_TOOLS: [string, string, number][] = [
  ['IIT', 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (Internal Integrity and Transparency Assessment : IIT)', 1],
  ['EIT', 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (External Integrity and Transparency Assessment : EIT)', 2],
  ['OIT', 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT)', 3],
];

export const m0050FreeStructure: Migration = {
  version: 50,
  name: 'free-structure',
  foreignKeysOff: true,
  up(db) {
    db.exec(`
      CREATE TABLE tool (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
        code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 20),
        name TEXT NOT NULL,
        position INTEGER NOT NULL,
        UNIQUE (plan_id, code)
      ) STRICT;
      CREATE INDEX tool_by_plan ON tool (plan_id, position);
    `);
    const insertTool = db.prepare('INSERT INTO tool (plan_id, code, name, position) VALUES (?, ?, ?, ?)');
    const used = db.prepare('SELECT DISTINCT plan_id, tool FROM indicator').all() as {
      plan_id: number;
      tool: string;
    }[];
    for (const { plan_id, tool } of used) {
      const known = NACC_TOOLS.find((t) => t[0] === tool);
      insertTool.run(plan_id, tool, known?.[1] ?? tool, known?.[2] ?? 99);
    }

    db.exec(`
      CREATE TABLE indicator_new (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
        tool_id INTEGER NOT NULL REFERENCES tool (id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        name TEXT NOT NULL,
        position INTEGER NOT NULL,
        UNIQUE (plan_id, number)
      ) STRICT;
      INSERT INTO indicator_new (id, plan_id, tool_id, number, name, position)
        SELECT i.id, i.plan_id, t.id, i.number, i.name, i.number
        FROM indicator i JOIN tool t ON t.plan_id = i.plan_id AND t.code = i.tool;
      DROP TABLE indicator;
      ALTER TABLE indicator_new RENAME TO indicator;
      CREATE INDEX indicator_by_tool ON indicator (tool_id, position);

      CREATE TABLE sub_indicator (
        id INTEGER PRIMARY KEY,
        indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
        label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 20),
        name TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        UNIQUE (indicator_id, label)
      ) STRICT;

      CREATE TABLE item_new (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
        indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
        sub_indicator_id INTEGER REFERENCES sub_indicator (id) ON DELETE SET NULL,
        code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 20 AND code = trim(code)),
        question TEXT NOT NULL DEFAULT '',
        issue TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        UNIQUE (plan_id, code)
      ) STRICT;
      INSERT INTO item_new (id, plan_id, indicator_id, sub_indicator_id, code, question, issue, position)
        SELECT id, plan_id, indicator_id, NULL, code, question, issue, position FROM item;
      DROP TABLE item;
      ALTER TABLE item_new RENAME TO item;
      CREATE INDEX item_by_indicator ON item (indicator_id, position);
      CREATE INDEX item_by_sub_indicator ON item (sub_indicator_id);

      ALTER TABLE plan ADD COLUMN criteria_set TEXT;

      CREATE TABLE criteria_set (
        id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 100),
        body TEXT NOT NULL CHECK (json_valid(body)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
