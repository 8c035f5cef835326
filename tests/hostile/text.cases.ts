// Hostile text in ordinary fields (divisions, settings, follow-ups) and in the printed reports.
import { describe, expect } from 'vitest';
import { loadMonthReport, loadPlanReport } from '../../electron/reports/data';
import { reportHtml } from '../../electron/reports/html';
import { makeApi } from '../helpers/api';
import { EMOJI, expectRefused, FORMULA, hostileCase, RLO, UNSAFE_CHARS } from './harness';

const MONTH = '2023-03';
const SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">ก</a>';

/** No markup a browser would run or load: no script/img/iframe/object tags, no on*= handlers, no javascript: links. */
function expectInert(html: string): void {
  const body = html.replace(/<style[\s\S]*?<\/style>/g, '');
  const found = (re: RegExp) =>
    /.{0,60}$/.exec(body.slice(0, re.exec(body)?.index ?? 0))![0] + (re.exec(body)?.[0] ?? '');
  for (const re of [
    /<\s*(script|img|iframe|object|embed|svg|math|base|link|form)\b/i,
    /<[^>]*\son[a-z]+\s*=/i,
    /href\s*=\s*["']?\s*(javascript|data|vbscript|file):/i,
  ]) {
    expect(re.test(body) ? found(re) : null).toBeNull();
  }
  expect(body).not.toMatch(UNSAFE_CHARS);
  // The report's own policy: even if markup slipped through, nothing could run or load.
  expect(body.match(/<meta http-equiv/g)).toHaveLength(1);
  expect(body).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
}

describe('hostile text fields', () => {
  hostileCase('division name refused: 10,000 characters', async () => {
    const t = makeApi();
    await expectRefused(t, () => t.api.addDivision({ name: 'ฝ'.repeat(10_000) }), /ยาวเกิน 200/);
  });

  hostileCase('office name refused: 301 characters; no setting changed', async () => {
    const t = makeApi();
    await expectRefused(t, () => t.api.updateSettings({ office: 'ส'.repeat(301), directorName: 'ผอ.' }), /ยาวเกิน 300/);
  });

  hostileCase('division name refused: only control characters and direction marks', async () => {
    const t = makeApi();
    await expectRefused(t, () => t.api.addDivision({ name: `\u0007${RLO}\u2066 \u0000` }), /ต้องระบุชื่อฝ่าย/);
  });

  hostileCase('division name neutralised: control characters and RTL override removed', async () => {
    const { api } = makeApi();
    const d = await api.addDivision({ name: `ฝ่าย\u0007ทดสอบ${RLO}exe.pdf` });
    expect(d.name).toBe('ฝ่ายทดสอบexe.pdf');
  });

  hostileCase('emoji kept exactly in a division name, the settings and a follow-up', async () => {
    const { api } = makeApi();
    const planId = (await api.importSamplePlan({})).plan!.id;
    const d = await api.addDivision({ name: `ฝ่าย ${EMOJI}` });
    expect(d.name).toBe(`ฝ่าย ${EMOJI}`);
    expect((await api.updateSettings({ directorName: EMOJI })).directorName).toBe(EMOJI);
    const row = (await api.listMonth({ planId, month: MONTH }))[0]!;
    const fu = await api.saveFollowUp({ activityId: row.activityId, month: MONTH, status: 'done', result: EMOJI });
    expect(fu.result).toBe(EMOJI);
  });

  hostileCase('follow-up neutralised: formula text kept as text, controls removed, newlines kept', async () => {
    const { api } = makeApi();
    const planId = (await api.importSamplePlan({})).plan!.id;
    const row = (await api.listMonth({ planId, month: MONTH }))[0]!;
    const fu = await api.saveFollowUp({
      activityId: row.activityId,
      month: MONTH,
      status: 'done',
      result: `${FORMULA}\nบรรทัดสอง\u0000\u001b${RLO}`,
      problems: '\u0007',
    });
    expect(fu.result).toBe(`${FORMULA}\nบรรทัดสอง`);
    expect(fu.problems).toBe('');
  });

  hostileCase('reports: script and event-handler markup in every text field prints as text', async () => {
    const t = makeApi();
    const planId = (await t.api.importSamplePlan({})).plan!.id;
    await t.api.updateSettings({ office: `เขต${SCRIPT}`, directorName: SCRIPT });
    const row = (await t.api.listMonth({ planId, month: MONTH }))[0]!;
    await t.api.updateActivity({ activityId: row.activityId, text: SCRIPT, output: SCRIPT });
    await t.api.saveFollowUp({
      activityId: row.activityId,
      month: MONTH,
      status: 'done',
      result: SCRIPT,
      problems: SCRIPT,
      directorRemark: SCRIPT,
    });
    await t.api.addEvidenceUrl({
      activityId: row.activityId,
      month: MONTH,
      url: 'https://x.example/"><script>',
      label: SCRIPT,
    });
    // A javascript: link cannot get into the file some other way either: the table refuses it.
    const fuId = (t.db.prepare('SELECT id FROM follow_up LIMIT 1').get() as { id: number }).id;
    expect(() =>
      t.db
        .prepare(
          "INSERT INTO evidence (follow_up_id, kind, label, url, created_at) VALUES (?, 'url', '', ?, '2023-03-01')",
        )
        .run(fuId, 'javascript:alert(1)'),
    ).toThrow(/CHECK constraint/);
    const month = reportHtml({ kind: 'month', data: await loadMonthReport(t.api, planId, MONTH) });
    const plan = reportHtml({ kind: 'plan', data: await loadPlanReport(t.api, planId) });
    for (const html of [month, plan]) expectInert(html);
    expect(month).toContain('&lt;script&gt;');
    expect(month).toContain('onerror=alert(1)'); // shown as text, inside an escaped tag
  });
});
