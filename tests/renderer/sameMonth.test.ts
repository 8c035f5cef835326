// Issue 13 point 8: every screen shows the store's one month, and it opens on core/rules.ts
// openingMonth (this month inside the plan's year, else the last month with something due); a
// month picked stays through a reload (sessionStorage) but not into the next run. Real API, real file.
import { describe, expect, it } from 'vitest';
import { monthOf } from '../../core/rules';
import { fiscalYearOfMonth } from '../../core/thai';
import { createAppStore } from '../../renderer/src/store';
import { makeApi } from '../helpers/api';

/** Storage as the browser gives it (localStorage / sessionStorage), in memory. */
class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, String(value));
  }
}

describe('the same month on every screen', () => {
  it('a year gone by opens on its last month with something due, not on ก.ย.', async () => {
    const t = makeApi();
    await t.api.importSamplePlan({}); // FY2566: every activity ธ.ค. ๖๕ – พ.ค. ๖๖
    const local = new MemoryStorage();
    const session = new MemoryStorage();
    const store = createAppStore(t.api, local, session);
    await store.getState().load();
    expect(store.getState().month).toBe('2023-05');

    // Picked on one screen, it is the month of every screen, through a reload of the page...
    store.getState().setMonth('2023-02');
    const reloaded = createAppStore(t.api, local, session);
    await reloaded.getState().load();
    expect(reloaded.getState().month).toBe('2023-02');
    // ...but the next run (a new session) opens on the rule again.
    const nextRun = createAppStore(t.api, local, new MemoryStorage());
    await nextRun.getState().load();
    expect(nextRun.getState().month).toBe('2023-05');
  });

  it("the current fiscal year opens on this month; another year's plan on its own rule", async () => {
    const t = makeApi();
    const now = monthOf(new Date());
    const current = await t.api.createPlan({ fiscalYear: fiscalYearOfMonth(now), office: 'สำนักงานเขตทดสอบ' });
    const item = await t.api.createItem({ planId: current.id, indicatorNumber: 1 });
    await t.api.createActivity({ itemId: item.id, text: 'กิจกรรมต้นปี', startMonth: null, endMonth: null });
    await t.api.importSamplePlan({});
    const store = createAppStore(t.api, new MemoryStorage(), new MemoryStorage());
    await store.getState().load(); // the newest year first
    expect(store.getState().plan?.id).toBe(current.id);
    expect(store.getState().month).toBe(now);
    const sample = store.getState().plans.find((p) => p.fiscalYear === 2566)!;
    await store.getState().selectPlan(sample.id);
    expect(store.getState().month).toBe('2023-05'); // this month is not in FY2566
  });
});
