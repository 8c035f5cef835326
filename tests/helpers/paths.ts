import fs from 'node:fs';
import path from 'node:path';

// No vitest here: benchmarks and the dev bridge import these outside the test runner.
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SAMPLE_FILE = path.join(REPO_ROOT, 'db', 'import', 'sample', 'dusit-2566.txt');
export const sampleText = () => fs.readFileSync(SAMPLE_FILE, 'utf8');
