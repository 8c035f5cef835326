// How to run the CLI as its own process (the command `npm run cli` runs, without npm around it).
import path from 'node:path';
import { REPO_ROOT } from './paths';

export function cliCommand(): string[] {
  return [path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), path.join(REPO_ROOT, 'electron', 'cli', 'main.ts')];
}
