// The path a journal is known by: every link resolved, dangling ones too.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identityOf } from '../../src/storage/identity.js';
import { tempDir } from '../helpers/cli.js';

describe('identityOf', () => {
  // Each case builds in a fresh folder: `real/` with `real/journal.json` and `real/empty/`.
  it.each([
    ['the file itself', {}, 'real/journal.json', 'real/journal.json'],
    ['a link to it', { 'link.json': 'real/journal.json' }, 'link.json', 'real/journal.json'],
    ['a chain of links', { 'a.json': 'b.json', 'b.json': 'real/journal.json' }, 'a.json', 'real/journal.json'],
    ['a relative link', { 'rel.json': './real/journal.json' }, 'rel.json', 'real/journal.json'],
    ['a file through a linked folder', { folder: 'real' }, 'folder/journal.json', 'real/journal.json'],
    ['a dangling link: its target', { 'dangling.json': 'real/empty/new.json' }, 'dangling.json', 'real/empty/new.json'],
    ['a dangling link into a missing folder', { 'far.json': 'real/gone/deeper/new.json' }, 'far.json', 'real/gone/deeper/new.json'],
    ['a file not there yet, folder linked', { folder: 'real' }, 'folder/new.json', 'real/new.json'],
    ['a loop of links: the path as given', { 'x.json': 'y.json', 'y.json': 'x.json' }, 'x.json', 'x.json'],
  ])('%s', (_why, links: Record<string, string>, given, want) => {
    const dir = tempDir();
    mkdirSync(join(dir, 'real', 'empty'), { recursive: true });
    writeFileSync(join(dir, 'real', 'journal.json'), '{}');
    for (const [from, to] of Object.entries(links)) symlinkSync(to.startsWith('.') ? to : join(dir, to), join(dir, from));
    expect(identityOf(join(dir, given))).toBe(join(dir, want));
  });
});
