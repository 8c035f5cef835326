// Hostile input, all of it through the real API on real SQLite files: each case is refused with a
// Thai message and the database left byte-for-byte unchanged, or neutralised (stored safely). The
// groups live in their own modules, imported here so one counter sees every case.
import { afterAll, expect } from 'vitest';
import { hostileCount } from './harness';
import './planText.cases';
import './xlsx.cases';
import './evidence.cases';
import './text.cases';

afterAll(() => {
  const n = hostileCount();
  console.log(`hostile cases: ${n}`);
  expect(n).toBeGreaterThanOrEqual(40);
});
