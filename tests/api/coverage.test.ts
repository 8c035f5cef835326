import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../core/methods';

// Guards the rule "every API method is tested": a method added to the contract without a test
// calling it fails here.
describe('API test coverage', () => {
  it('every contract method is called by a test in tests/api', () => {
    const dir = __dirname;
    const source = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts') && f !== 'coverage.test.ts')
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    const untested = METHOD_NAMES.filter((name) => !new RegExp(`api\\.${name}\\(`).test(source));
    expect(untested).toEqual([]);
  });
});
