// The Electron binary (and so a real electron-builder run) is not available on CI machines: this
// checks the installer configuration with electron-builder's own validator, and checks the parts an
// office install depends on: no admin rights, the native SQLite module outside the asar, the sample
// plan and fonts inside.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths';

const require = createRequire(path.join(REPO_ROOT, 'package.json'));
const config = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'build', 'electron-builder.json'), 'utf8')) as Record<
  string,
  any // eslint-disable-line @typescript-eslint/no-explicit-any -- a JSON document checked field by field below
>;
const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(c: unknown, log: { isEnabled: boolean; add(): void }): Promise<void>;
};
const quiet = { isEnabled: false, add() {} };

/** Minimal glob check for the patterns used in the config ("**", "*", "{a,b}"). */
function matches(pattern: string, file: string): boolean {
  const re = pattern
    .replace(/[.+^$()|[\]\\]/g, '\\$&')
    .replace(/\{([^}]+)\}/g, (_, alts: string) => `(${alts.split(',').join('|')})`)
    .replace(/\*\*\//g, '«DIRS»')
    .replace(/\*\*/g, '«ANY»')
    .replace(/\*/g, '[^/]*')
    .replace(/«DIRS»/g, '(.*/)?')
    .replace(/«ANY»/g, '.*');
  return new RegExp(`^${re}$`).test(file);
}

describe('electron-builder configuration (build/electron-builder.json)', () => {
  it("passes electron-builder's own schema validation, and a typo does not", async () => {
    await expect(validateConfiguration(config, quiet)).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, oneClik: false } }, quiet)).rejects.toThrow(
      /configuration\.nsis/,
    );
  });

  it('builds a per-user Windows installer with no admin rights, a portable and a zip; AppImage and deb for Linux', () => {
    expect(config.win.target.map((t: { target: string }) => t.target).sort()).toEqual(['nsis', 'portable', 'zip']);
    expect(config.win.requestedExecutionLevel).toBe('asInvoker');
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      deleteAppDataOnUninstall: false,
    });
    expect(config.nsis.shortcutName).toMatch(/[\u0E00-\u0E7F]/); // the Thai name users see
    expect(config.productName).toMatch(/[\u0E00-\u0E7F]/);
    expect(config.executableName).toMatch(/^[\x20-\x7e]+$/); // the .exe keeps an ASCII name
    expect(config.linux.target.sort()).toEqual(['AppImage', 'deb']);
    expect(fs.existsSync(path.join(REPO_ROOT, config.win.icon))).toBe(true);
    expect(pkg.scripts.dist).toContain('electron-builder --config build/electron-builder.json');
  });

  it('unpacks the native SQLite module from the asar and ships the sample plan, the fonts and the built app', () => {
    const native = 'node_modules/better-sqlite3/prebuilds/win32-x64.node';
    expect(fs.existsSync(path.join(REPO_ROOT, native))).toBe(true);
    expect(config.asarUnpack.some((p: string) => matches(p, native))).toBe(true);
    expect(config.npmRebuild).toBe(false); // the N-API prebuild loads in Electron as is
    const included = (file: string) =>
      config.files.some((p: string) => !p.startsWith('!') && matches(p, file)) &&
      !config.files.some((p: string) => p.startsWith('!') && matches(p.slice(1), file));
    expect(included('out/main/index.js')).toBe(true);
    expect(included('out/preload/index.js')).toBe(true);
    expect(included('out/renderer/index.html')).toBe(true);
    expect(included('db/import/sample/dusit-2566.txt')).toBe(true);
    expect(included('out/main/index.js.map')).toBe(false);
    // Runtime modules come from "dependencies" (electron-builder packs those): reports need the fonts.
    for (const dep of ['better-sqlite3', 'zod', 'exceljs', '@fontsource/sarabun'])
      expect(pkg.dependencies).toHaveProperty(dep);
    expect(pkg.main).toBe('out/main/index.js');
  });
});

describe("per-platform packing (electron-builder's own file matcher)", () => {
  const { getNodeModuleFileMatcher } = require('app-builder-lib/out/fileMatcher.js') as {
    getNodeModuleFileMatcher(
      appDir: string,
      destination: string,
      macroExpander: (p: string) => string,
      platformOptions: unknown,
      packager: unknown,
    ): { createFilter(): (file: string, stat: fs.Stats) => boolean };
  };
  const prebuildsDir = path.join(REPO_ROOT, 'node_modules', 'better-sqlite3', 'prebuilds');
  const packed = (platform: 'win' | 'linux') => {
    const matcher = getNodeModuleFileMatcher(REPO_ROOT, '/tmp/app', (p) => p, config[platform], {
      config,
      debugLogger: { isEnabled: false },
    });
    const filter = matcher.createFilter();
    return fs
      .readdirSync(prebuildsDir)
      .filter((f) => filter(path.join(prebuildsDir, f), fs.statSync(path.join(prebuildsDir, f))))
      .sort();
  };

  it('better-sqlite3 ships 8 platforms; each build packs only its own prebuild', () => {
    expect(fs.readdirSync(prebuildsDir)).toHaveLength(8);
    expect(packed('win')).toEqual(['win32-x64.node']); // the Windows targets are x64 only
    expect(packed('linux')).toEqual(['linux-arm64.node', 'linux-x64.node']);
  });

  it('the deb has what its metadata needs: a homepage and an author e-mail', async () => {
    const { default: FpmTarget } = require('app-builder-lib/out/targets/FpmTarget.js') as {
      default: {
        prototype: { computeFpmMetaInfoOptions(this: unknown): Promise<{ maintainer: string; url: string }> };
      };
    };
    const meta = (metadata: Record<string, unknown>) =>
      FpmTarget.prototype.computeFpmMetaInfoOptions.call({
        packager: {
          appInfo: {
            computePackageUrl: async () => (metadata['homepage'] as string | undefined) ?? null,
            linuxPackageName: 'ita-tracker',
          },
          info: { metadata },
        },
        options: { ...config.linux, ...config.deb },
      });
    const full = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    await expect(meta(full)).resolves.toMatchObject({
      maintainer: expect.stringMatching(/<[^@\s]+@[^@\s]+>$/),
      url: full['homepage'],
    });
    // What electron-builder refuses, so the check above can fail.
    await expect(meta({ ...full, homepage: undefined, author: 'ITA Tracker' })).rejects.toThrow(/homepage/);
  });
});
