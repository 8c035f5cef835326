// For developers: `npx tsx tests/e2e/bridge/serve.ts [--db FILE]` serves the built renderer
// (run `npx electron-vite build` first) on a loopback port with the real API, to look at in Chromium.
import { parseArgs } from 'node:util';
import { startBridge } from './server';

const { values } = parseArgs({ options: { db: { type: 'string', default: '.tmp/ui.sqlite' } } });
void startBridge(values.db!).then(async (b) => {
  if ((await b.api.listPlans({})).length === 0) await b.api.importSamplePlan({});
  console.log(`ITA Tracker (bridge) at ${b.url}  db=${values.db}`);
});
