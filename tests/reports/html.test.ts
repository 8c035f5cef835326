// The pure HTML builders: escaping, completeness, BE months, digits per setting, file names.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../core/types';
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
import { reportFileName, safeFileName } from '../../core/fileName';
import { monthHtml, oitUrlsHtml, planHtml, resultsHtml } from '../../electron/reports/html';
import { esc, fmtFor, urlText } from '../../electron/reports/html/layout';
import { estimateLines, PAGE_LINES, planItem } from '../../electron/reports/html/plan';
import { makeApi } from '../helpers/api';

/** The text a reader sees: tags dropped, entities decoded, whitespace removed. */
function visible(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, '');
}
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
  oit = await loadOitUrlsReport(api, planId);
  await api.updateSettings({ numerals: 'arabic' });
  arabic = { plan: await loadPlanReport(api, planId), month: await loadMonthReport(api, planId, '2023-03') };
});

describe('report HTML', () => {
  it('escapes every text: no markup or script from the data reaches the document', () => {
    for (const html of [monthHtml(month), resultsHtml(half), oitUrlsHtml(oit)]) {
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(html).toContain('=cmd|&#39; /C calc&#39;!A0');
      // Only http(s) links, and no scripts anywhere (CSP forbids them too).
      for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^https?:\/\//);
      expect(html).toContain("default-src 'none'");
    }
    expect(esc(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
    expect(urlText('javascript:alert(1)')).not.toContain('href');
    expect(urlText('file:///etc/passwd')).not.toContain('href');
    expect(urlText('https://a.example/x?y=1&z=2')).toContain('href="https://a.example/x?y=1&amp;z=2"');
  });

  it('the plan holds every activity, item code, indicator and the 8 column headings', () => {
    const text = visible(planHtml(plan));
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

  it('the monthly sheet: BE month title, every due activity, counts, full URLs, signatures', () => {
    const html = monthHtml(month);
    const text = visible(html);
    expect(text).toContain('แบบรายงานผลการดำเนินงานประจำเดือนมีนาคมพ.ศ.๒๕๖๖');
    for (const r of month.rows) expect(text).toContain(squash(r.activityText));
    expect(text).toContain(squash(LONG_URL));
    expect(text).toContain('https://www.bangkok.go.th/dusit?a=1&b=2');
    for (const s of ['ผู้รายงาน', 'หัวหน้าฝ่ายปกครอง', 'ผู้อำนวยการเขต', 'ข้อสั่งการผู้อำนวยการเขต']) expect(text).toContain(s);
    expect(text).toContain(`ทั้งหมด`);
    expect(month.counts.done).toBe(1);
    expect(html).toContain('counter(page, thai)');
  });

  it('results and OIT list: every activity of the plan, summary by indicator, O items with their URLs', () => {
    const text = visible(resultsHtml(half));
    for (const r of half.items) for (const a of r.activities) expect(text).toContain(squash(a.activity.text));
    expect(text).toContain('รอบ๖เดือน');
    expect(text).toContain('ระยะเวลาต.ค.๖๕–มี.ค.๖๖');
    expect(text).toContain('สรุปผลการดำเนินงานตามตัวชี้วัด');
    const oitText = visible(oitUrlsHtml(oit));
    for (const r of oit.rows) expect(oitText).toContain(r.item.code);
    expect(oit.rows).toHaveLength(30);
    expect(oitText).toContain(squash(LONG_URL));
  });

  it('Arabic digits when the office asks for them', () => {
    const p = planHtml(arabic.plan);
    expect(visible(p)).toContain('ธ.ค.65–พ.ค.66');
    expect(visible(p)).toContain('พ.ศ.2566');
    expect(p).toContain('counter(page, decimal)');
    expect(p).not.toContain('counter(page, thai)');
    const m = visible(monthHtml(arabic.month));
    expect(m).toContain('มีนาคมพ.ศ.2566');
    // Numbers the report writes follow the setting; text the office typed keeps its own digits.
    expect(m).not.toContain('๒๕๖๖');
    expect(m).toContain('I1(1)');
    expect(m).toContain(`${arabic.month.counts.total}`);
    expect(fmtFor({ numerals: 'thai' }).num(1234.5)).toBe('๑,๒๓๔.๕');
  });

  it('an item taller than a page repeats its code on every activity row', () => {
    const base = plan.plan.indicators[0]!.items[0]!;
    const long: Item = {
      ...base,
      issue: Array.from({ length: 40 }, (_, i) => `ประเด็นที่ต้องยกระดับข้อที่ ${i + 1} ของหน่วยงาน`).join('\n'),
      activities: [...base.activities, ...base.activities, ...base.activities],
    };
    expect(estimateLines(base)).toBeLessThan(PAGE_LINES);
    expect(estimateLines(long)).toBeGreaterThan(PAGE_LINES);
    const html = planItem(long, fmtFor({ numerals: 'thai' }));
    expect(html).toContain('<tbody class="tall">');
    const rows = html.match(/<tr /g)!.length;
    expect(rows).toBeGreaterThanOrEqual(long.activities.length);
    // No rowspans; every row after the first names the item again.
    expect(html).not.toContain('rowspan');
    expect(html.match(/\(ต่อ\)/g)).toHaveLength(rows - 1);
    expect(html.match(new RegExp(`<span class="code">${long.code}</span>`, 'g'))).toHaveLength(rows);
    for (let i = 1; i <= 40; i++) expect(html).toContain(`ประเด็นที่ต้องยกระดับข้อที่ ${i} ของหน่วยงาน`);
    expect(planItem(base, fmtFor({ numerals: 'thai' }))).toContain('rowspan=');
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
