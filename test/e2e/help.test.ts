import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BIN, ROOT, tempDir, trust } from '../helpers/cli.js';

describe('help and version', () => {
  it('says plainly it is not therapy', async () => {
    const r = await trust(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('it is not therapy');
    for (const cmd of ['log', 'review', 'report', 'remind', 'list', 'show', 'jar', 'export', 'import', 'encrypt', 'decrypt', 'init', 'exercise', 'delete', 'doctor']) {
      expect(r.stdout).toMatch(new RegExp(`\\n  ${cmd}\\b`));
    }
  });

  it.each(['log', 'review', 'list', 'show', 'delete'])('trust %s --help shows examples', async (cmd) => {
    const r = await trust([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain(`trust ${cmd}`);
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const r = await trust(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  // To a pipe, `trust --help` prints the text the build saved (dist/help.txt) without loading the program.
  it.each(['--help', '-h'])('trust %s to a pipe is the program\'s own help, word for word', (flag) => {
    const saved = spawnSync(process.execPath, [BIN, flag], { encoding: 'utf8' });
    const live = spawnSync(process.execPath, [join(ROOT, 'dist', 'main.cjs'), flag], { encoding: 'utf8' });
    expect(live.stdout).toContain('it is not therapy');
    expect(saved).toMatchObject({ status: 0, stderr: '', stdout: live.stdout });
  });

  it('stops quietly when the reader closes the pipe early', () => {
    // The reader shuts its end at once, so every write hits a closed pipe.
    const script = `"${process.execPath}" "${BIN}" --help 2>err.txt | (exec 0<&-; sleep 1); echo "rc=\${PIPESTATUS[0]}"; cat err.txt`;
    const r = spawnSync('/bin/bash', ['-c', script], { encoding: 'utf8', cwd: tempDir() });
    expect(r.stdout).toBe('rc=0\n');
  });
});
