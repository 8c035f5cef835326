// Issue 12, point 9: look-alike links. A domain that mixes scripts is shown as punycode with a Thai
// warning (core/lookAlike.ts) — in the reports (HTML for PDF, and Excel) and in the app. The expected
// punycode comes from Node's own IDNA (node:url domainToASCII), not from the code under test.
import { domainToASCII } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { linkLine, viewLink } from '../../core/lookAlike';
import { loadOitUrlsReport, loadMonthReport } from '../../electron/reports/data';
import { reportHtml } from '../../electron/reports/html';
import { buildXlsx } from '../../electron/reports/xlsx';
import { makeApi } from '../helpers/api';

const A = '\u0430'; // Cyrillic а
const O = '\u043e'; // Cyrillic о
const OMICRON = '\u03bf'; // Greek ο

describe('viewLink: which domains are look-alikes', () => {
  it.each([
    ['a Cyrillic "о" in bangkok.go.th', `https://www.bangk${O}k.go.th/dusit`, `www.bangk${O}k.go.th`],
    ['a Cyrillic "а"', `https://b${A}ngkok.go.th`, `b${A}ngkok.go.th`],
    ['a Greek "ο"', `https://bangk${OMICRON}k.go.th/x?y=1`, `bangk${OMICRON}k.go.th`],
    ['a whole Cyrillic label under .go.th', 'https://бангкок.go.th/', 'бангкок.go.th'],
    ['capitals', `HTTPS://B${'\u0410'}NGKOK.GO.TH/`, `B${'\u0410'}NGKOK.GO.TH`],
    ['full-width dots', `https://b${A}ngkok\u3002go\u3002th/`, `b${A}ngkok\u3002go\u3002th`],
    ['with a port', `https://b${A}ngkok.go.th:8443/a`, `b${A}ngkok.go.th`],
    ['Latin and Thai in one label', 'https://bangkokไทย.com/', 'bangkokไทย.com'],
  ])('%s → punycode and a Thai warning', (_name, url, host) => {
    const v = viewLink(url);
    const ascii = domainToASCII(host.replace(/[\u3002]/g, '.'));
    expect(ascii).toMatch(/xn--/);
    expect(v.lookAlike).toBe(true);
    expect(v.asciiHost).toBe(ascii);
    expect(v.text).toContain(ascii);
    expect(v.text).not.toMatch(/[\u0400-\u04ff\u0370-\u03ff]/);
    expect(v.warning).toContain('คำเตือน');
    expect(v.warning).toContain(ascii);
  });

  it('names the scripts mixed, in Thai', () => {
    expect(viewLink(`https://bangk${O}k.go.th`).warning).toContain('ละติน (อังกฤษ)ปนกับอักษรซีริลลิก (รัสเซีย)');
    expect(viewLink(`https://bangk${OMICRON}k.go.th`).warning).toContain('กรีก');
  });

  it('a look-alike typed as punycode (xn--…) or percent-encoded is still found', () => {
    const ascii = domainToASCII(`bangk${O}k.go.th`);
    expect(viewLink(`https://${ascii}/dusit`).lookAlike).toBe(true);
    expect(viewLink(`https://${ascii.toUpperCase()}/`).lookAlike).toBe(true);
    expect(viewLink('https://bangk%D0%BEk.go.th/').lookAlike).toBe(true);
  });

  it.each([
    ['an ordinary link', 'https://www.bangkok.go.th/dusit/ข่าว'],
    ['a Thai domain', 'https://ตัวอย่าง.ไทย/ข่าว'],
    ['a Thai label under .go.th', 'https://กรุงเทพ.go.th/'],
    ['a Russian domain, all Cyrillic', 'https://пример.рф/'],
    ['Latin with accents', 'https://münchen.de/'],
    ['Japanese', 'https://ひらがな漢字.jp/'],
    ['an IP address', 'http://192.168.1.10/report.pdf'],
    ['an IPv6 address', 'http://[::1]:8080/'],
  ])('%s is shown as typed, without a warning', (_name, url) => {
    expect(viewLink(url)).toMatchObject({ text: url, lookAlike: false, warning: null });
    expect(linkLine(url)).toBe(url);
  });
});

describe('look-alike links in the app data and the reports', () => {
  async function withLookAlike() {
    const t = makeApi();
    const planId = (await t.api.importSamplePlan({})).plan!.id;
    const plan = await t.api.getPlan({ planId });
    const oit = plan.indicators.find((i) => i.tool === 'OIT')!.items[0]!.activities[0]!;
    const url = `https://www.bangk${O}k.go.th/dusit/oit`;
    await t.api.addEvidenceUrl({ activityId: oit.id, month: '2023-03', url });
    return { ...t, planId, url, ascii: domainToASCII(`www.bangk${O}k.go.th`) };
  }

  it('the link is kept as typed (the warning is in how it is shown)', async () => {
    const { api, planId, url } = await withLookAlike();
    const rows = await api.listMonth({ planId, month: '2023-03' });
    expect(rows.flatMap((r) => r.followUp?.evidence ?? []).map((e) => e.url)).toContain(url);
  });

  it('the OIT URL list (PDF HTML and Excel) and the monthly report show punycode and the warning', async () => {
    const { api, planId, ascii } = await withLookAlike();
    const oit = await loadOitUrlsReport(api, planId);
    // The text a reader sees: tags (Thai words are wrapped one by one) removed.
    const text = (h: string) => h.replace(/<[^>]+>/g, '');
    const html = text(reportHtml({ kind: 'oit-urls', data: oit }));
    expect(html).toContain(ascii);
    expect(html).not.toContain(`bangk${O}k`);
    expect(html).toContain('คำเตือน: ชื่อเว็บไซต์ในลิงก์นี้ใช้อักษร');
    const month = await loadMonthReport(api, planId, '2023-03');
    const monthHtml = text(reportHtml({ kind: 'month', data: month }));
    expect(monthHtml).toContain(ascii);
    expect(monthHtml).not.toContain(`bangk${O}k`);
    expect(monthHtml).toContain('คำเตือน: ชื่อเว็บไซต์ในลิงก์นี้ใช้อักษร');

    for (const [kind, data] of [
      ['oit-urls', oit],
      ['month', month],
    ] as const) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await buildXlsx(kind, data as never)) as unknown as ArrayBuffer);
      const cells = wb.worksheets.flatMap((ws) => {
        const out: string[] = [];
        ws.eachRow((row) => row.eachCell((c) => out.push(String(c.value ?? ''))));
        return out;
      });
      const text = cells.join('\n');
      expect(text, kind).toContain(ascii);
      expect(text, kind).not.toContain(`bangk${O}k`);
      expect(text, kind).toContain('คำเตือน');
    }
  });
});
