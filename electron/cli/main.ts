// `npm run cli -- [--db PATH] <command> …`: the same API the app uses, for IT staff, scripts and tests.
import path from 'node:path';
import { runCli } from './run';

void runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  appRoot: path.resolve(__dirname, '..', '..'),
}).then((code) => {
  process.exitCode = code;
});
