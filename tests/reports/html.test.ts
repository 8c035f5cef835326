// The pure report builders: the `html` tag escapes everything, what each report says (row model
// through the flowing HTML), BE months, digits per setting, file names.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  loadMonthReport,
  loadOitUrlsReport,
  loadPlanReport,
  loadResultsReport,
  type MonthReport,
  type OitUrlsReport,
  type PlanReport,
  type ResultsReport,
} from '../../electron/reports/data';
import { reportDoc } from '../../electron/reports/docs';
import { reportFileName, safeFileName } from '../../core/fileName';
import { reportHtml } from '../../electron/reports/html';
import { urlHtml } from '../../electron/reports/html/cells';
import { esc, html, join, raw } from '../../electron/reports/html/tag';
import { tables } from '../../electron/reports/rows';
import { makeApi } from '../helpers/api';
import { squashed, visibleText } from '../helpers/html';

const squash = (s: string) => s.replace(/\s+/g, '');
const EVIL = `<script>alert("x")</script> =cmd|' /C calc'!A0 <img src=x onerror=alert(1)>`;
const LONG_URL = 'https://www.bangkok.go.th/dusit/page/sub/23185/ita?id=12345&ref=<ita>2566';

let plan: PlanReport;
let month: MonthReport;
let half: ResultsReport;
let oit: OitUrlsReport;
let arabic: { plan: PlanReport; month: MonthReport };

beforeAll(async () => {
  const { api } = makeApi();
  const { plan: summary } = await api.importSamplePlan({});
  const planId = summary!.id;
  const rows = await api.listMonth({ planId, month: '2023-03' });
  const [a, b] = rows;
  await api.saveFollowUp({
    activityId: a!.activityId,
    month: '2023-03',
    status: 'done',
    qty: 1,
    result: EVIL,
    problems: EVIL,
  });
  await api.addEvidenceUrl({
    activityId: a!.activityId,
    month: '2023-03',
    url: 'https://www.bangkok.go.th/dusit?a=1&b=2',
  });
  await api.saveFollowUp({ activityId: b!.activityId, month: '2023-03', status: 'blocked', directorRemark: EVIL });
  const o1 = rows.find((r) => r.itemCode === 'O1')!;
  await api.addEvidenceUrl({ activityId: o1.activityId, month: '2023-03', url: LONG_URL, label: EVIL });
  plan = await loadPlanReport(api, planId);
  month = await loadMonthReport(api, planId, '2023-03');
  half = await loadResultsReport(api, planId, 'half-year');
  // The OIT items listed in the plan in reverse (O24 … O1, O30 … O25): the URL list still reads O1 … O30.
  for (const ind of (await api.getPlan({ planId })).indicators.filter((i) => i.tool === 'OIT')) {
    await api.reorderItems({ indicatorId: ind.id, itemIds: ind.items.map((i) => i.id).reverse() });
  }
  oit = await loadOitUrlsReport(api, planId);
  expect(oit.plan.indicators.find((i) => i.tool === 'OIT')!.items[0]!.code).not.toBe('O1');
  await api.updateSettings({ numerals: 'arabic' });
  arabic = { plan: await loadPlanReport(api, planId), month: await loadMonthReport(api, planId, '2023-03') };
});

describe('the html tag', () => {
  it('escapes every interpolated value unless it is Html; arrays join, null/false print nothing', () => {
    const name = `<b onclick="x">&'`;
    expect(html`<td title="${name}">${name}</td>`.value).toBe(
      '<td title="&lt;b onclick=&quot;x&quot;&gt;&amp;&#39;">&lt;b onclick=&quot;x&quot;&gt;&amp;&#39;</td>',
    );
    expect(html`<p>${raw('<b>ok</b>')}${html`<i>${'<'}</i>`}</p>`.value).toBe('<p><b>ok</b><i>&lt;</i></p>');
    expect(html`${['<a>', html`<b>`, 1, null, undefined, false]}`.value).toBe('&lt;a&gt;<b>1');
    expect(join(['<x>', raw('<br>')], raw('|')).value).toBe('&lt;x&gt;|<br>');
    expect(esc('a\u0000b\u001fc\td\ne')).toBe('abc\td\ne');
  });

  it('no markup or script from the data reaches any report; links only http(s)', () => {
    for (const data of [
      reportHtml({ kind: 'month', data: month }),
      reportHtml({ kind: 'half-year', data: half }),
      reportHtml({ kind: 'oit-urls', data: oit }),
    ]) {
      const body = data.replace(/<style[\s\S]*?<\/style>/g, '');
      expect(body).not.toMatch(/<script/i);
      expect(body).not.toMatch(/<img/i);
      expect(visibleText(body)).toContain('<script>alert("x")</script>');
      for (const m of body.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^https?:\/\//);
      expect(body).toContain("default-src 'none'");
    }
    expect(urlHtml('javascript:alert(1)').value).not.toContain('href');
    expect(urlHtml('file:///etc/passwd').value).not.toContain('href');
    expect(urlHtml('https://a.example/x?y=1&z=2').value).toContain('href="https://a.example/x?y=1&amp;z=2"');
  });
});

describe('what the reports say', () => {
  it('the plan: every activity, code, tool and indicator heading, the 8 headings, BE months', () => {
    const text = squashed(reportHtml({ kind: 'plan', data: plan }));
    const items = plan.plan.indicators.flatMap((i) => i.items);
    expect(items).toHaveLength(70);
    for (const item of items) {
      expect(text).toContain(item.code);
      for (const a of item.activities) expect(text).toContain(squash(a.text));
    }
    for (const h of ['ตัวชี้วัด', 'กิจกรรมที่จะดำเนินการ', 'วิธีการสร้างการรับรู้', 'ระยะเวลากำกับติดตามโดยผอ.เขต']) {
      expect(text).toContain(h);
    }
    expect(text).toContain('สำนักงานเขตดุสิตประจำปีงบประมาณพ.ศ.๒๕๖๖');
    expect(text).toContain('๑)การปฏิบัติหน้าที่');
    expect(text).toContain('ธ.ค.๖๕–พ.ค.๖๖');
  });

  it('the monthly sheet: BE title, summaries, tool → indicator → rows, responsible, orders, signatures', () => {
    const doc = reportDoc({ kind: 'month', data: month });
    const text = squashed(reportHtml({ kind: 'month', data: month }));
    expect(text).toContain('แบบรายงานผลการดำเนินงานประจำเดือนมีนาคมพ.ศ.๒๕๖๖');
    for (const r of month.rows) expect(text).toContain(squash(r.activityText));
    expect(text).toContain(squash(LONG_URL.replace('<ita>', '<ita>')));
    expect(text).toContain('https://www.bangkok.go.th/dusit?a=1&b=2');
    for (const s of ['ผู้รายงาน', 'หัวหน้าฝ่ายปกครอง', 'ผู้อำนวยการเขต', 'ข้อสั่งการผู้อำนวยการเขต', 'ผู้รับผิดชอบ']) {
      expect(text).toContain(s);
    }
    expect(tables(doc).map((t) => t.id)).toEqual(['status', 'divisions', 'problems', 'month']);
    const main = tables(doc).find((t) => t.id === 'month')!;
    expect(main.columns.map((c) => c.head)).toContain('ข้อสั่งการ ผอ.เขต');
    const levels = main.rows.filter((r) => r.kind === 'heading').map((r) => r.kind === 'heading' && r.level);
    expect(levels.slice(0, 2)).toEqual(['tool', 'indicator']);
    // The blocked report with a director's order is among the problems, and its order is printed.
    const problems = tables(doc).find((t) => t.id === 'problems')!;
    expect(problems.rows).toHaveLength(2);
    expect(text).toContain(squash('<script>alert("x")</script>'));
    expect(month.counts.done).toBe(1);
  });

  it('results and OIT list: every activity, summaries by indicator and by division, O items in code order', () => {
    const text = squashed(reportHtml({ kind: 'half-year', data: half }));
    for (const r of half.items) for (const a of r.activities) expect(text).toContain(squash(a.activity.text));
    expect(text).toContain('รอบ๖เดือน');
    expect(text).toContain('ระยะเวลาต.ค.๖๕–มี.ค.๖๖');
    expect(text).toContain('สรุปผลการดำเนินงานตามตัวชี้วัด');
    expect(text).toContain('สรุปผลการดำเนินงานรายฝ่าย');
    expect(text).toContain('เดือนที่ดำเนินการแล้ว');
    const oitDoc = reportDoc({ kind: 'oit-urls', data: oit });
    const codes = tables(oitDoc)[0]!.rows.map((r) => (r.kind === 'group' ? r.code : ''));
    expect(codes).toHaveLength(30);
    expect(codes).toEqual(Array.from({ length: 30 }, (_, i) => `O${i + 1}`));
    expect(squashed(reportHtml({ kind: 'oit-urls', data: oit }))).toContain(squash(LONG_URL));
  });

  it('Arabic digits when the office asks for them', () => {
    const p = squashed(reportHtml({ kind: 'plan', data: arabic.plan }));
    expect(p).toContain('ธ.ค.65–พ.ค.66');
    expect(p).toContain('พ.ศ.2566');
    const m = squashed(reportHtml({ kind: 'month', data: arabic.month }));
    expect(m).toContain('มีนาคมพ.ศ.2566');
    expect(m).not.toContain('๒๕๖๖');
    expect(m).toContain('I1(1)');
  });

  it('default file names are Thai, BE, safe on every OS', () => {
    const o = { office: 'สำนักงานเขตดุสิต', fiscalYear: 2566 };
    expect(reportFileName({ ...o, report: 'month', format: 'pdf', month: '2023-03' })).toBe(
      'รายงานประจำเดือน มี.ค. ๒๕๖๖ สำนักงานเขตดุสิต.pdf',
    );
    expect(reportFileName({ ...o, report: 'month', format: 'xlsx', month: '2022-10', division: 'ฝ่ายปกครอง' })).toBe(
      'รายงานประจำเดือน ต.ค. ๒๕๖๕ ฝ่ายปกครอง สำนักงานเขตดุสิต.xlsx',
    );
    expect(reportFileName({ ...o, report: 'half-year', format: 'pdf', digits: 'arabic' })).toBe(
      'รายงานผลการดำเนินการรอบ 6 เดือน ปีงบประมาณ 2566 สำนักงานเขตดุสิต.pdf',
    );
    expect(reportFileName({ ...o, report: 'plan', format: 'pdf' })).toBe(
      'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๖ สำนักงานเขตดุสิต.pdf',
    );
    expect(safeFileName('เขต/ดุสิต: "ก" <ข>?')).toBe('เขต-ดุสิต- -ก- -ข--');
  });
});
