// The monthly follow-up screen, in Chromium over the loopback bridge (real API, real SQLite).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { toArabicDigits, toThaiDigits } from '../../core/thai';
import { launchBrowser, openApp, screenshot } from './browser';
import { dragPng, field, MARCH, median, openMonth, PDF, pickFiles, row, stored, wake } from './followupPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('monthly follow-up (real UI in Chromium, real API over the loopback bridge)', () => {
  it('reports a month: fields, evidence, errors, filters, copy, Ctrl+S, reload; opens and types fast', async () => {
    const s = await openApp(browser);
    const { page } = s;
    try {
      const planId = (await s.bridge.api.importSamplePlan({})).plan!.id;
      const due = await s.bridge.api.listMonth({ planId, month: MARCH });
      expect(due.length).toBe(112);
      const [a1, a2, a3, a4, a5] = due.map((r) => r.activityId) as [number, number, number, number, number];
      // Last month has reports for the 2nd and 3rd activities: "copy last month" should bring them.
      await s.bridge.api.saveFollowUp({
        activityId: a2,
        month: '2023-02',
        status: 'inProgress',
        qty: 3,
        result: 'ร่างคู่มือขั้นตอนการให้บริการแล้ว',
        problems: 'รอข้อมูลจากฝ่ายทะเบียน\nนัดประชุมเมื่อ ๒๐ ก.พ. ๖๖',
        directorRemark: 'เร่งรัดให้เสร็จ',
      });
      await s.bridge.api.saveFollowUp({ activityId: a3, month: '2023-02', status: 'done', result: 'ประชุมแล้ว' });

      await page.reload();
      await page.getByRole('button', { name: 'ติดตามรายเดือน' }).click();
      // A year gone by opens on its last month with something due (พ.ค. ๖๖), as the overview does.
      await page.locator('table.fu-table[data-month="2023-05"]').waitFor();
      expect(await page.locator('button.fu-month.active').textContent()).toBe('พ.ค. ๖๖');
      // A month with nothing due says what to do.
      await page.locator('button.fu-month[data-month="2023-09"]').click();
      await page.locator('[data-empty="month"]').waitFor();
      await screenshot(page, 'followup-empty-month');
      expect(await page.locator('[data-empty="month"]').innerText()).toContain('ไม่มีกิจกรรมที่ต้องรายงานในเดือนกันยายน ๒๕๖๖');
      const labels = await page.locator('button.fu-month').allInnerTexts();
      expect(labels.map((l) => l.trim())).toEqual([
        'ต.ค. ๖๕', 'พ.ย. ๖๕', 'ธ.ค. ๖๕', 'ม.ค. ๖๖', 'ก.พ. ๖๖', 'มี.ค. ๖๖',
        'เม.ย. ๖๖', 'พ.ค. ๖๖', 'มิ.ย. ๖๖', 'ก.ค. ๖๖', 'ส.ค. ๖๖', 'ก.ย. ๖๖',
      ]); // prettier-ignore

      // Open a month: time from the click to its rows on screen, median of six opens ending in March.
      // The machine is shared (two cores): a batch spoiled by a neighbour's load is measured again (three batches at most).
      const opens: number[] = [];
      let openMs = Infinity;
      for (let batch = 0; batch < 3 && openMs >= 100; batch++) {
        const times: number[] = [];
        for (const m of ['2023-02', MARCH, '2023-04', MARCH, '2023-02', MARCH]) {
          times.push(await openMonth(page, m));
          // The rest of the rows arrive over the next frames: wait until the grid says it is complete.
          await page.locator(`table.fu-table[data-month="${m}"][data-complete="true"]`).waitFor();
        }
        opens.push(...times);
        openMs = Math.min(openMs, median(times));
      }
      await page.locator('table.fu-table[data-complete="true"]').waitFor();
      expect(await page.locator('tr.fu-row').count()).toBe(112);
      expect(await page.locator('button.fu-month[data-month="2023-03"] .fu-dot').count()).toBe(1);
      // Nobody reported anything yet: ยังไม่รายงาน, not ยังไม่ดำเนินการ; the selects say so too.
      expect(await page.locator('.fu-counts').textContent()).toContain('ยังไม่รายงาน ๑๑๒');
      expect(await page.locator('[data-count="notStarted"]').textContent()).toContain('ยังไม่ดำเนินการ ๐');
      await wake(page, a1, a2, a3, a4, a5);
      expect(await field(page, a1, 'status').inputValue()).toBe('notReported');
      await screenshot(page, 'followup-month-grid');

      // Report the first activity; blur saves it.
      await field(page, a1, 'status').selectOption('done');
      await field(page, a1, 'qty').fill('1');
      await field(page, a1, 'result').fill('ประชุมชี้แจงเจ้าหน้าที่แล้ว เมื่อ ๑๕ มี.ค. ๒๕๖๖ ผู้เข้าร่วม ๔๒ คน');
      await field(page, a1, 'problems').fill('ไม่มี');
      await field(page, a1, 'directorRemark').fill('ให้จัดต่อเนื่องทุกไตรมาส');
      await field(page, a1, 'directorRemark').press('Tab');
      await row(page, a1).locator('.fu-state-saved', { hasText: 'บันทึกแล้ว' }).waitFor();
      expect(await page.getByTestId('save-indicator').innerText()).toContain('บันทึกแล้ว');
      expect(await stored(s, planId, a1)).toMatchObject({
        status: 'done',
        qty: 1,
        result: 'ประชุมชี้แจงเจ้าหน้าที่แล้ว เมื่อ ๑๕ มี.ค. ๒๕๖๖ ผู้เข้าร่วม ๔๒ คน',
        problems: 'ไม่มี',
        directorRemark: 'ให้จัดต่อเนื่องทุกไตรมาส',
      });
      expect(await page.locator('.fu-counts').textContent()).toContain('ดำเนินการแล้ว ๑');
      expect(await page.locator('[data-count="notReported"]').textContent()).toContain('ยังไม่รายงาน ๑๑๑');

      // Evidence: a bad link is refused in Thai and nothing is stored; then a good link.
      const ev = row(page, a1).locator('.fu-ev');
      await row(page, a1).getByRole('button', { name: '+ ลิงก์' }).click();
      const urlInput = row(page, a1).locator('.fu-ev-url input');
      await urlInput.fill('javascript:alert(1)');
      await urlInput.press('Enter');
      await row(page, a1).locator('.fu-ev-error', { hasText: 'ลิงก์ต้องขึ้นต้นด้วย http:// หรือ https://' }).waitFor();
      expect((await stored(s, planId, a1))!.evidence).toEqual([]);
      await screenshot(page, 'followup-error');
      // A file whose content is not what its name says: the API's Thai message is shown.
      await pickFiles(page, a1, { name: 'ปลอม.pdf', mimeType: 'application/pdf', buffer: Buffer.from('hello') });
      await row(page, a1).locator('.fu-ev-error', { hasText: 'ไม่ใช่ไฟล์ .pdf จริง' }).waitFor();
      await page.locator('.banner-error button').click();
      await urlInput.fill('https://www.bangkok.go.th/dusit/ita-2566');
      await urlInput.press('Enter');
      await ev.filter({ hasText: 'bangkok.go.th/dusit/ita-2566' }).waitFor();

      // A file by the picker, then a PNG dropped on the row (highlighted while dragged over).
      await pickFiles(page, a1, { name: 'รายงานการประชุม.pdf', mimeType: 'application/pdf', buffer: PDF });
      await ev.filter({ hasText: 'รายงานการประชุม.pdf' }).waitFor();
      await dragPng(page, a1, false);
      await row(page, a1).and(page.locator('.fu-drop')).waitFor();
      await screenshot(page, 'followup-drop');
      await dragPng(page, a1, true);
      await ev.filter({ hasText: 'ภาพกิจกรรม.png' }).waitFor();
      expect(await row(page, a1).getAttribute('class')).not.toContain('fu-drop');
      expect(await ev.count()).toBe(3);
      // Over 20 MB: refused before any upload.
      await pickFiles(page, a1, {
        name: 'ใหญ่.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.alloc(21 * 1024 * 1024, 0x25),
      });
      await row(page, a1).locator('.fu-ev-error', { hasText: 'ใหญ่เกิน ๒๐ MB' }).waitFor();
      expect((await stored(s, planId, a1))!.evidence.map((e) => e.fileName ?? e.url)).toEqual([
        'https://www.bangkok.go.th/dusit/ita-2566',
        'รายงานการประชุม.pdf',
        'ภาพกิจกรรม.png',
      ]);
      await row(page, a1).locator('.fu-ev-dismiss').click();
      await screenshot(page, 'followup-row-evidence');

      // Open: files through the desktop shell, links in the browser.
      await ev.filter({ hasText: 'รายงานการประชุม.pdf' }).locator('.fu-ev-open').click();
      await ev.filter({ hasText: 'bangkok.go.th' }).locator('.fu-ev-open').click();
      await expect.poll(() => s.bridge.opened.files.length).toBe(1);
      expect(s.bridge.opened.files[0]).toMatch(/รายงานการประชุม\.pdf$/);
      await expect.poll(() => s.bridge.opened.links).toEqual(['https://www.bangkok.go.th/dusit/ita-2566']);
      // Remove the PNG (after a confirm).
      await ev
        .filter({ hasText: 'ภาพกิจกรรม.png' })
        .getByRole('button', { name: /ลบหลักฐาน/ })
        .click();
      await ev.filter({ hasText: 'ภาพกิจกรรม.png' }).getByRole('button', { name: 'ลบ', exact: true }).click();
      await expect.poll(() => ev.count()).toBe(2);
      expect((await stored(s, planId, a1))!.evidence).toHaveLength(2);

      // Keyboard: Tab goes through the row's fields, then on to the next row; Enter in a quantity moves down.
      await field(page, a1, 'status').focus();
      const order: string[] = [];
      for (let i = 0; i < 16; i++) {
        await page.keyboard.press('Tab');
        const at = await page.evaluate(
          `(() => { const el = document.activeElement; const tr = el.closest('tr.fu-row');
             return (tr ? tr.dataset.activityId : '-') + ':' + (el.dataset.field || el.textContent.trim()); })()`,
        );
        order.push(at as string);
        if ((at as string).startsWith(`${a2}:`)) break;
      }
      expect(order.slice(0, 4)).toEqual([`${a1}:qty`, `${a1}:result`, `${a1}:problems`, `${a1}:directorRemark`]);
      expect(order.at(-1)).toBe(`${a2}:status`);
      await field(page, a1, 'qty').press('Enter');
      expect(await page.evaluate('document.activeElement.closest("tr").dataset.activityId')).toBe(String(a2));

      // A failed save keeps the text and shows the Thai reason; the next try saves it. (The API
      // answers a busy database with code 'conflict', electron/api/errors.ts; the page reads the code.)
      await page.route('**/__api/saveFollowUp', (r) =>
        r.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({ ok: false, error: { code: 'conflict', message: 'ฐานข้อมูลไม่ว่างชั่วคราว กรุณาลองใหม่' } }),
        }),
      );
      await field(page, a4, 'problems').fill('งบประมาณไม่พอ');
      await field(page, a4, 'problems').blur();
      await row(page, a4).locator('.fu-state-error', { hasText: 'ฐานข้อมูลไม่ว่างชั่วคราว' }).waitFor();
      expect(await field(page, a4, 'problems').inputValue()).toBe('งบประมาณไม่พอ');
      // Switching month is held back while a row is unsaved.
      await page.locator('button.fu-month[data-month="2023-04"]').click();
      await page.locator('.fu-notice-error', { hasText: 'ยังบันทึกบางแถวไม่สำเร็จ' }).waitFor();
      expect(await page.locator('table.fu-table').getAttribute('data-month')).toBe(MARCH);
      await screenshot(page, 'followup-save-error');
      await page.unroute('**/__api/saveFollowUp');
      await row(page, a4).getByRole('button', { name: 'ลองบันทึกอีกครั้ง' }).click();
      await row(page, a4).locator('.fu-state-saved').waitFor();
      expect((await stored(s, planId, a4))!.problems).toBe('งบประมาณไม่พอ');
      await page.locator('.banner-error button').click();
      // A quantity that is not a number is explained; the draft stays until it is fixed.
      await field(page, a5, 'qty').fill('สองครั้ง');
      await field(page, a5, 'qty').blur();
      await row(page, a5).locator('.fu-state-error', { hasText: 'ไม่ใช่ตัวเลข' }).waitFor();
      expect(await field(page, a5, 'qty').inputValue()).toBe('สองครั้ง');
      await field(page, a5, 'qty').fill('๒');
      await field(page, a5, 'qty').blur();
      await row(page, a5).locator('.fu-state-saved').waitFor();
      expect((await stored(s, planId, a5))!.qty).toBe(2);

      // Filters reduce the rows; search by code; the status filter; counts stay for the month.
      const visibleRows = () => page.locator('tr.fu-row:visible').count();
      await page.locator('[data-filter="division"]').selectOption({ label: 'ฝ่ายโยธา' });
      const byDivision = await visibleRows();
      expect(byDivision).toBeGreaterThan(0);
      expect(byDivision).toBeLessThan(112);
      // The filters rule the whole screen: the chips count ฝ่ายโยธา's rows only, and say so.
      const yotha = (await s.bridge.api.listDivisions({})).find((d) => d.name === 'ฝ่ายโยธา')!;
      const theirs = await s.bridge.api.listMonth({ planId, month: MARCH, divisionId: yotha.id });
      expect(theirs.length).toBe(byDivision);
      const chip = async (state: string) =>
        Number(toArabicDigits((await page.locator(`[data-count="${state}"] strong`).textContent()) ?? ''));
      const chipSum = (
        await Promise.all(['done', 'inProgress', 'notStarted', 'blocked', 'notReported'].map(chip))
      ).reduce((x, y) => x + y, 0);
      expect(chipSum).toBe(byDivision);
      expect(await chip('notReported')).toBe(theirs.filter((r) => !r.reported).length);
      expect(await page.locator('.fu-counts-scope').textContent()).toBe('ฝ่ายโยธา:');
      expect(await page.locator('.fu-shown').textContent()).toBe(`แสดง ${toThaiDigits(byDivision)} จาก ๑๑๒ กิจกรรม`);
      await screenshot(page, 'followup-division-filter');
      await page.locator('[data-filter="status"]').selectOption('done');
      expect(await visibleRows()).toBe(0);
      await page.locator('[data-empty="filters"]').waitFor();
      await page.locator('[data-filter="division"]').selectOption('');
      expect(await visibleRows()).toBe(1);
      await page.getByRole('button', { name: 'ล้างตัวกรอง' }).first().click();
      await page.keyboard.press('Control+f');
      expect(await page.evaluate('document.activeElement.dataset.filter')).toBe('search');
      await page.keyboard.type('o12');
      expect(await visibleRows()).toBe(1);
      await page.keyboard.press('Escape');
      expect(await visibleRows()).toBe(112);

      // Copy last month: a preview first (what is carried, what stays and why), then drafts to check.
      await page.getByRole('button', { name: 'คัดลอกจากเดือนก่อน' }).click();
      const preview = page.getByTestId('copy-preview');
      await preview.locator(`tr[data-activity-id="${a2}"]`).waitFor();
      expect(await preview.locator(`tr[data-activity-id="${a2}"]`).textContent()).toContain('ร่างคู่มือขั้นตอนการให้บริการแล้ว');
      expect(await preview.locator(`tr[data-activity-id="${a2}"] del`).textContent()).toBe('นัดประชุมเมื่อ ๒๐ ก.พ. ๖๖');
      // Done last month is not carried: a monthly activity is reported again.
      expect(await preview.locator(`li[data-activity-id="${a3}"]`).getAttribute('data-skip')).toBe('done');
      expect(await s.bridge.api.listMonth({ planId, month: MARCH })).toSatisfy(
        (rows: { activityId: number; followUp: unknown }[]) => rows.find((r) => r.activityId === a2)!.followUp === null,
      ); // the preview wrote nothing
      await screenshot(page, 'followup-copy-preview');
      await page.getByRole('dialog').getByRole('button', { name: 'คัดลอก ๑ กิจกรรม' }).click();
      await page.locator('.fu-notice', { hasText: 'แล้ว ๑ กิจกรรม เป็นร่าง' }).waitFor();
      await row(page, a2).locator('[data-testid="draft-badge"]').waitFor();
      await screenshot(page, 'followup-copied');
      expect(await field(page, a2, 'result').inputValue()).toBe('ร่างคู่มือขั้นตอนการให้บริการแล้ว');
      expect(await field(page, a2, 'problems').inputValue()).toBe('รอข้อมูลจากฝ่ายทะเบียน');
      expect(await field(page, a2, 'status').inputValue()).toBe('inProgress');
      expect(await field(page, a2, 'directorRemark').inputValue()).toBe('');
      expect(await field(page, a2, 'qty').inputValue()).toBe('');
      expect(await field(page, a3, 'status').inputValue()).toBe('notReported');
      expect(await field(page, a1, 'problems').inputValue()).toBe('ไม่มี');
      // A draft counts as not reported until it is checked: ยืนยัน makes it this month's report.
      expect(await page.locator('[data-count="inProgress"]').textContent()).toContain('อยู่ระหว่างดำเนินการ ๐');
      expect((await stored(s, planId, a2))!.draft).toBe(true);
      await row(page, a2).getByRole('button', { name: 'ยืนยัน' }).click();
      await row(page, a2).locator('[data-testid="draft-badge"]').waitFor({ state: 'detached' });
      await expect.poll(async () => (await stored(s, planId, a2))!.draft).toBe(false);
      expect(await page.locator('[data-count="inProgress"]').textContent()).toContain('อยู่ระหว่างดำเนินการ ๑');
      expect(await page.locator('.fu-counts').textContent()).toContain('ดำเนินการแล้ว ๑');

      // Ctrl+S saves typed text at once (well before the 600 ms idle save).
      await field(page, a3, 'problems').click();
      await page.keyboard.type('ผู้เข้าร่วมน้อย');
      const t0 = Date.now();
      await page.keyboard.press('Control+s');
      await row(page, a3).locator('.fu-state-saved').waitFor();
      expect(Date.now() - t0).toBeLessThan(550);
      expect((await stored(s, planId, a3))!.problems).toBe('ผู้เข้าร่วมน้อย');

      // Typing latency: each typed character (beforeinput) to the next frame, in the page.
      await field(page, a4, 'result').click();
      await page.evaluate(`(() => {
        window.__fuLat = [];
        window.__fuInputs = 0;
        document.addEventListener('beforeinput', () => {
          window.__fuInputs += 1;
          const t = performance.now();
          requestAnimationFrame(() => setTimeout(() => window.__fuLat.push(performance.now() - t), 0));
        }, true);
      })()`);
      await page.keyboard.type('ดำเนินการตามแผนครบทุกฝ่าย', { delay: 40 });
      // Every keystroke's frame has been measured once there are as many times as inputs.
      await expect
        .poll(() => page.evaluate('window.__fuLat.length === window.__fuInputs && window.__fuInputs > 0'))
        .toBe(true);
      const lat = (await page.evaluate('window.__fuLat')) as number[];
      expect(lat.length).toBeGreaterThanOrEqual(20);
      const typeMs = median(lat);
      await field(page, a4, 'result').blur();
      await expect.poll(async () => (await stored(s, planId, a4))!.result).toBe('ดำเนินการตามแผนครบทุกฝ่าย');
      console.log(
        `follow-up: open month median ${openMs.toFixed(1)} ms (${opens.map((x) => x.toFixed(0)).join(', ')}), ` +
          `typing median ${typeMs.toFixed(1)} ms over ${lat.length} keystrokes`,
      );
      // The 100 ms targets are enforced by `npm run bench` on a quiet machine; here, with the whole suite
      // running on two cores, only a gross regression fails the test.
      expect(openMs).toBeLessThan(1000);
      expect(typeMs).toBeLessThan(1000);

      // Reload: everything is still there (screen and month are remembered).
      await page.reload();
      await page.locator('table.fu-table[data-month="2023-03"][data-complete="true"]').waitFor();
      await wake(page, a1, a3, a4);
      expect(await field(page, a1, 'status').inputValue()).toBe('done');
      expect(await field(page, a1, 'qty').inputValue()).toBe('๑');
      expect(await field(page, a1, 'result').inputValue()).toContain('ผู้เข้าร่วม ๔๒ คน');
      expect(await field(page, a1, 'directorRemark').inputValue()).toBe('ให้จัดต่อเนื่องทุกไตรมาส');
      expect(await row(page, a1).locator('.fu-ev').count()).toBe(2);
      expect(await field(page, a3, 'problems').inputValue()).toBe('ผู้เข้าร่วมน้อย');
      expect(await field(page, a4, 'result').inputValue()).toBe('ดำเนินการตามแผนครบทุกฝ่าย');
      expect(await field(page, a4, 'problems').inputValue()).toBe('งบประมาณไม่พอ');
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('click-through into the month grid', () => {
  it('an overdue activity clicked in the overview opens its row, scrolled into view, flashed and focused', async () => {
    const s = await openApp(browser);
    const { page } = s;
    try {
      await s.bridge.api.importSamplePlan({});
      await page.reload();
      await page.getByRole('button', { name: 'ภาพรวม', exact: true }).click();
      // As of ก.ย. ๖๖ every activity (all end พ.ค. ๖๖, none reported) is overdue.
      await page.locator('#ov-month').selectOption('2023-09');
      const link = page.locator('[data-screen="overview"] [data-activity-id]').last();
      await link.waitFor();
      const id = Number(await link.getAttribute('data-activity-id'));
      await link.click();
      const tr = page.locator(`tr.fu-row[data-activity-id="${id}"]`);
      await tr.and(page.locator('.fu-flash')).waitFor();
      expect(await page.evaluate('document.activeElement.closest("tr")?.dataset.activityId')).toBe(String(id));
      const box = (await tr.boundingBox())!;
      expect(box.y).toBeGreaterThan(0);
      expect(box.y + box.height).toBeLessThan(768);
      await screenshot(page, 'followup-click-through');
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
