// What a person gets from `npm pack` and a global install: the program runs
// from its own folder, and `man trust` finds the page the build wrote.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from '../helpers/cli.js';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

describe('a packed, globally installed trust', () => {
  it('runs, and man finds its page', { timeout: 180_000 }, () => {
    const dir = tempDir();
    // --ignore-scripts: the build already ran (npm test builds first), and
    // rebuilding dist/ here would pull it away from the tests running beside this one.
    const pack = spawnSync('npm', ['pack', ROOT, '--ignore-scripts', '--silent'], { cwd: dir, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const prefix = join(dir, 'global');
    const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(dir, tarball ?? '')], { cwd: dir, encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);

    const env = { PATH: `${join(prefix, 'bin')}:/usr/bin:/bin`, HOME: dir, XDG_DATA_HOME: join(dir, 'data'), NO_COLOR: '1' };
    const version = spawnSync('trust', ['--version'], { env, encoding: 'utf8' });
    expect(version).toMatchObject({ status: 0, stdout: '0.1.0\n' });
    const saved = spawnSync('trust', ['jar', 'add', 'Kept the phone on the table'], { env, encoding: 'utf8' });
    expect(saved.status, saved.stderr).toBe(0);
    expect(existsSync(join(dir, 'data', 'trust', 'journal.json'))).toBe(true);

    const page = join(prefix, 'share', 'man', 'man1', 'trust.1');
    expect(existsSync(page)).toBe(true);
    if (has('man')) {
      const found = spawnSync('man', ['-w', 'trust'], { env: { ...env, MANPATH: join(prefix, 'share', 'man') }, encoding: 'utf8' });
      expect(found.status).toBe(0);
      expect(found.stdout).toContain('trust.1');
      const text = spawnSync('man', ['-P', 'cat', 'trust'], { env: { ...env, MANPATH: join(prefix, 'share', 'man'), MANWIDTH: '80' }, encoding: 'utf8' });
      expect(text.stdout).toContain('jar add');
      expect(text.stdout).toContain('it is not therapy');
    }
  });
});
