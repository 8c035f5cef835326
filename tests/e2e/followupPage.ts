// The follow-up screen as its e2e tests drive it (followup.test.ts): its rows and fields, opening a
// month (timed in the page), dragging and picking evidence files, and what the API stored.
import type { Page } from 'playwright-core';
import type { AppSession } from './browser';

export const MARCH = '2023-03';
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG_BYTES = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1];

export const row = (page: Page, activityId: number) => page.locator(`tr.fu-row[data-activity-id="${activityId}"]`);
export const field = (page: Page, activityId: number, name: string) =>
  row(page, activityId).locator(`[data-field="${name}"]`);
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Rows mount dormant (text stand-ins, DormantRow): the pointer over a row wakes it, as a user's would. */
export async function wake(page: Page, ...activityIds: number[]) {
  for (const id of activityIds) {
    await row(page, id).hover();
    await row(page, id).and(page.locator(':not(.fu-dormant)')).waitFor();
  }
}

/** Clicks a month button and waits until its rows are on screen; milliseconds measured in the page. */
export async function openMonth(page: Page, month: string): Promise<number> {
  return page.evaluate(`(async () => {
    const t0 = performance.now();
    document.querySelector('button.fu-month[data-month="${month}"]').click();
    await new Promise((resolve) => {
      const check = () =>
        document.querySelector('table.fu-table[data-month="${month}"] tr.fu-row') &&
        !document.querySelector('[data-screen="followup"][aria-busy="true"]')
          ? resolve()
          : requestAnimationFrame(check);
      check();
    });
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  })()`);
}

/** A drag of a PNG over a row (dragenter + dragover); `drop: true` also drops it. */
export async function dragPng(page: Page, activityId: number, drop: boolean) {
  await page.evaluate(`(() => {
    const target = document.querySelector('tr.fu-row[data-activity-id="${activityId}"] [data-field="result"]');
    if (!window.__fuDrag) {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(${JSON.stringify(PNG_BYTES)})], 'ภาพกิจกรรม.png', { type: 'image/png' }));
      window.__fuDrag = dt;
    }
    const init = { dataTransfer: window.__fuDrag, bubbles: true, cancelable: true };
    if (${drop}) { target.dispatchEvent(new DragEvent('drop', init)); window.__fuDrag = null; }
    else { target.dispatchEvent(new DragEvent('dragenter', init)); target.dispatchEvent(new DragEvent('dragover', init)); }
  })()`);
}

/** "+ ไฟล์" on a row, then the files in the chooser it opens. */
export async function pickFiles(
  page: Page,
  activityId: number,
  file: { name: string; mimeType: string; buffer: Buffer },
) {
  const chooser = page.waitForEvent('filechooser');
  await row(page, activityId).getByRole('button', { name: '+ ไฟล์' }).click();
  await (await chooser).setFiles(file);
}

export async function stored(s: AppSession, planId: number, activityId: number) {
  const rows = await s.bridge.api.listMonth({ planId, month: MARCH });
  return rows.find((r) => r.activityId === activityId)!.followUp;
}
