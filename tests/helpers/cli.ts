// How to run the CLI as its own process: what `npm run cli` runs, without npm around it (the
// launcher builds the bundle when a source is newer, then runs it on the project's Node).
import path from 'node:path';
import { REPO_ROOT } from './paths';

export function cliCommand(): string[] {
  return [process.execPath, path.join(REPO_ROOT, 'electron', 'cli', 'launch.cjs')];
}
