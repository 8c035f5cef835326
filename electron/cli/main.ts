// `npm run cli -- [--db PATH] <command> …`: the same API the app uses, for IT staff, scripts and tests.
import path from 'node:path';
import { runCli } from './run';

// `… | head` closes the pipe early: that is the reader's choice, not an error to crash on.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

void runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  appRoot: path.resolve(__dirname, '..', '..'),
}).then((code) => {
  process.exitCode = code;
});
