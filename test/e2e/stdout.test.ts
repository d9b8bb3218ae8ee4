// Output to pipes is written without process.stdout (src/stdio.ts): check
// the bytes arrive whole, and that a reader closing early is not an error.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialize, tenYears } from '../../bench/generate.js';
import { BIN, baseEnv, tempDir, trust } from '../helpers/cli.js';

function journal(): string {
  const file = join(tempDir(), 'journal.json');
  writeFileSync(file, serialize(tenYears({ years: 3 })), { mode: 0o600 });
  return file;
}

describe('stdout to a pipe', () => {
  it('delivers long output whole', async () => {
    const file = journal();
    const r = await trust(['list', '--json', '--file', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as unknown[]).length).toBeGreaterThan(2_000);
  });

  it('stops quietly when the reader goes away (trust list | head -n 1)', () => {
    const file = journal();
    const home = tempDir();
    // Far more than a pipe holds, so trust is still writing when head exits.
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" list --file "${file}" | head -n 1; echo "trust exit \${PIPESTATUS[0]}" >&2`], {
      env: baseEnv(home),
      encoding: 'utf8',
    });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toBe('trust exit 0\n');
  });
});
