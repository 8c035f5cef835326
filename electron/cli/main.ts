// `npm run cli -- [--db PATH] <command> …`: the same API the app uses, for IT staff, scripts and tests.
import path from 'node:path';
import { pendingEarly } from '../reports/pdf/pipeTab';
import { createPipePrinter } from '../reports/pdf/pipePrinter';
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
}).then(async (code) => {
  // A Chromium the launcher started for a PDF (early.ts) that no printer took, as when the command
  // line was wrong: closed as a printer closes it (browser and profile gone).
  if (pendingEarly()) {
    const printer = createPipePrinter();
    printer.start();
    await printer.close();
  }
  process.exitCode = code;
});
