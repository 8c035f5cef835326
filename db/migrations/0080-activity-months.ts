import type { Migration } from './types';

// The months an activity is due in are a set (issue 11): plans tick months with gaps (ต.ค., ม.ค.,
// เม.ย., ก.ค. — quarterly), which one start..end range cannot hold. Every activity with a closed range
// gets the months of that range, so nothing that was due stops being due; an open or unknown span
// (start or end missing) has no months and stays due where its span reaches (core/rules.ts isDueIn).
// activity.start_month / end_month stay: the first and the last of the months (kept by
// db/queries/planWrites.ts), which the overdue rule and the sort by first month read.
export const m0080ActivityMonths: Migration = {
  version: 80,
  name: 'activity-months',
  up(db) {
    db.exec(`
      CREATE TABLE activity_month (
        activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' AND substr(month, 6, 2) BETWEEN '01' AND '12'),
        PRIMARY KEY (activity_id, month)
      ) STRICT, WITHOUT ROWID;

      WITH RECURSIVE span (activity_id, month, end_month) AS (
        SELECT id, start_month, end_month FROM activity
         WHERE start_month <= end_month AND substr(start_month, 6, 2) BETWEEN '01' AND '12'
           AND substr(end_month, 6, 2) BETWEEN '01' AND '12'
        UNION ALL
        SELECT activity_id,
               CASE WHEN substr(month, 6, 2) = '12'
                    THEN printf('%04d-01', CAST(substr(month, 1, 4) AS INTEGER) + 1)
                    ELSE printf('%s-%02d', substr(month, 1, 4), CAST(substr(month, 6, 2) AS INTEGER) + 1) END,
               end_month
          FROM span WHERE month < end_month
      )
      INSERT INTO activity_month (activity_id, month) SELECT activity_id, month FROM span;
    `);
  },
};
