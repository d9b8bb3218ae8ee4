// Output to pipes is written without process.stdout (src/stdio.ts): check
// that long output arrives whole.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialize, tenYears } from '../../bench/generate.js';
import { tempDir, trust } from '../helpers/cli.js';

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
});
