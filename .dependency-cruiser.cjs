// The floors of the code (docs/architecture.md), kept by dependency-cruiser. `npm test` runs it
// (tests/architecture.test.ts fails on any violation); `npm run deps` prints the same report.
//
//   renderer/ ──────────────────────────────────────────────────────────────────────────> core/
//   electron/main, electron/preload, electron/cli ──> electron/api ──> electron/reports ──> db/ ──> core/
//
// A floor may import itself and any floor below it, never one above. core/ is pure TypeScript:
// nothing but core/, zod and punycode.js (no Node, no DOM, no database). Only electron/main and electron/preload
// import 'electron'.

/** Bottom first. Each floor's path pattern (relative to the repository). */
const FLOORS = [
  { name: 'core', path: '^core/' },
  { name: 'db', path: '^db/' },
  { name: 'reports', path: '^electron/reports/' },
  { name: 'api', path: '^electron/api/' },
  { name: 'shell', path: '^electron/(main|preload|cli)/' },
];
const APP_CODE = '^(core|db|electron|renderer)/';

const upward = FLOORS.slice(0, -1).map((floor, i) => ({
  name: `no-upward-import-from-${floor.name}`,
  comment: `${floor.name} sits below ${FLOORS.slice(i + 1)
    .map((f) => f.name)
    .join(', ')}: it may not import them`,
  severity: 'error',
  from: { path: floor.path },
  to: { path: FLOORS.slice(i + 1).map((f) => f.path) },
}));

module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment:
        'core/ is pure TypeScript: it imports only core/, zod and punycode.js (no Node builtins, no other package)',
      severity: 'error',
      from: { path: '^core/' },
      to: { pathNot: ['^core/', '(^|/)node_modules/zod/', '(^|/)node_modules/punycode/'] },
    },
    ...upward,
    {
      name: 'db-imports-only-core',
      comment: 'db/ imports core/ and packages, nothing from electron/ or renderer/',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: '^(electron|renderer|tests)/' },
    },
    {
      name: 'renderer-imports-only-core',
      comment: 'the renderer is a sandboxed page: it imports core/ and browser packages, talks to window.api only',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(db|electron|tests|build)/' },
    },
    {
      name: 'renderer-no-node',
      comment: 'the renderer runs in a sandboxed page: no Node builtins, no SQLite, no Node-only packages',
      severity: 'error',
      from: { path: '^renderer/' },
      to: {
        dependencyTypes: ['core'],
      },
    },
    {
      name: 'renderer-no-node-packages',
      comment: 'the renderer reaches the database, files and Excel only through window.api',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '(^|/)node_modules/(better-sqlite3|electron|exceljs|playwright-core)/' },
    },
    {
      name: 'electron-only-in-shell',
      comment: "only electron/main and electron/preload import 'electron'; everything else uses the Api",
      severity: 'error',
      from: { pathNot: '^electron/(main|preload)/' },
      to: { path: '(^|/)node_modules/electron/' },
    },
    {
      name: 'shell-pure-imports-only-core',
      comment: 'electron/shell-pure holds pure helpers of the shell: it imports core/ only',
      severity: 'error',
      from: { path: '^electron/shell-pure/' },
      to: { path: '^(db|renderer|electron/(api|reports|cli|main|preload))/' },
    },
    {
      name: 'preload-is-thin',
      comment: 'the sandboxed preload exposes the contract; it bundles nothing from db, api, reports or main',
      severity: 'error',
      from: { path: '^electron/preload/' },
      to: { path: '^(db|renderer|electron/(api|reports|cli|main))/' },
    },
    {
      name: 'cli-not-into-the-window',
      comment: 'the CLI runs without Electron: it does not import electron/main or electron/preload',
      severity: 'error',
      from: { path: '^electron/cli/' },
      to: { path: '^electron/(main|preload)/' },
    },
    {
      name: 'sql-only-in-db',
      comment: 'SQL lives in db/ (db/queries, through the sql tag): nothing else builds or runs a query',
      severity: 'error',
      from: { path: '^(core|electron|renderer)/' },
      to: { path: '^db/(sql|queries/run)\\.ts$' },
    },
    {
      name: 'no-app-code-imports-tests',
      comment: 'tests import the app, never the other way round',
      severity: 'error',
      from: { path: APP_CODE },
      to: { path: '^tests/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'an import that resolves to nothing is a typo or a missing package',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-circular-in-app-code',
      comment: 'modules of the app do not import each other in a circle (type-only imports aside: erased at build)',
      severity: 'error',
      from: { path: APP_CODE },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|out|dist|coverage|test-results|\\.tmp|tests/artifacts)/' },
    // Type-only imports count: `import type { App } from 'electron'` in db/ is as wrong as a value import.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
