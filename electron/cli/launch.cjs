/* global process */
// `npm run cli -- …`: the CLI ships as one bundled file, out/cli/ita-cli.cjs, run by the project's
// Node with no TypeScript loader at run time. This launcher rebuilds the bundle with esbuild when a
// source is newer than it (or `npm run build:cli` asks), then runs it in this same process. A second,
// small bundle (out/cli/early.cjs, from electron/cli/early.ts) runs first: for a PDF export it starts
// Chromium before the big bundle loads, so the two start-ups overlap.
// better-sqlite3 (native) and playwright-core (not used by the CLI) stay outside the bundle.
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'out', 'cli', 'ita-cli.cjs');
const EARLY = path.join(ROOT, 'out', 'cli', 'early.cjs');
const SOURCES = ['core', 'db', 'electron/api', 'electron/reports', 'electron/cli', 'package-lock.json'];

function newest(p) {
  const st = fs.statSync(p, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs; // a deleted file changes its folder
  for (const e of fs.readdirSync(p)) t = Math.max(t, newest(path.join(p, e)));
  return t;
}

function isFresh() {
  const built = [BUNDLE, EARLY].map((f) => fs.statSync(f, { throwIfNoEntry: false }));
  if (built.some((b) => !b)) return false;
  const source = Math.max(...SOURCES.map((s) => newest(path.join(ROOT, s))));
  return built.every((b) => b.mtimeMs >= source);
}

function build() {
  const result = require('esbuild').buildSync({
    entryPoints: {
      [path.basename(BUNDLE, '.cjs')]: path.join(ROOT, 'electron', 'cli', 'main.ts'),
      [path.basename(EARLY, '.cjs')]: path.join(ROOT, 'electron', 'cli', 'early.ts'),
    },
    outdir: path.dirname(BUNDLE),
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['better-sqlite3', 'playwright-core', '@fontsource/sarabun'],
    write: false,
    logLevel: 'error',
    legalComments: 'none',
    // A third smaller to read and compile at each start; names are kept, so stack traces still read.
    minifyWhitespace: true,
    minifySyntax: true,
  });
  // Written beside and renamed: a CLI started meanwhile never loads half a file.
  fs.mkdirSync(path.dirname(BUNDLE), { recursive: true });
  for (const file of result.outputFiles) {
    const tmp = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, file.contents);
    fs.renameSync(tmp, file.path);
  }
}

module.exports = { BUNDLE, EARLY, build, isFresh };

if (require.main === module) {
  if (process.argv[2] === '--build-only') build();
  else {
    if (!isFresh()) build();
    // V8's code cache for the bundle (Node ≥ 22.1): later runs skip compiling its ~4 MB again.
    require('node:module').enableCompileCache?.(path.join(ROOT, 'out', 'cli', '.compile-cache'));
    require(EARLY).startChromiumIfPdf(process.argv.slice(2));
    require(BUNDLE);
  }
}
