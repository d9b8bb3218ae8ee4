// Facts down, words up: storage throws StoreError with a fact
// (storage/problems.ts) and imports no words; ui/messages-storage.ts says
// them. schema.ts still words its shape errors itself, and is the one left.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import { sayStorage, say } from '../../src/ui/messages.js';

const STORAGE = join(import.meta.dirname, '../../src/storage');
const STILL_WORDED = new Set(['schema.ts']);

describe('src/storage', () => {
  const files = readdirSync(STORAGE).filter((f) => f.endsWith('.ts') && !STILL_WORDED.has(f));

  it.each(files)('%s imports no words from ui/', (file) => {
    expect(readFileSync(join(STORAGE, file), 'utf8')).not.toMatch(/from '\.\.\/ui\//);
  });

  it.each([
    [{ kind: 'changed-meanwhile', file: 'j.json' }, sayStorage.changedMeanwhile('j.json'), sayStorage.hintTryAgain],
    [{ kind: 'locked', file: 'j.json', pid: 42 }, say.locked('j.json', 42), say.hintLocked],
    [{ kind: 'io', file: 'j.json', action: 'write', code: 'ENOSPC', detail: 'no space' }, say.ioFailed('j.json', 'write', 'ENOSPC'), say.hintDiskFull],
    [{ kind: 'io', file: 'j.json', action: 'read', code: '', detail: 'odd' }, say.ioFailed('j.json', 'read', 'odd'), undefined],
  ] as const)('a fact becomes the same words as before: %o', (problem, message, hint) => {
    const e = new StoreError(problem);
    expect([e.message, e.hint, e.exitCode]).toEqual([message, hint, 1]);
  });
});
