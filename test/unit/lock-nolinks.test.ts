// On a file system without hard links (FAT, some network shares) the lock
// and the backups fall back to plain files. No such file system can be
// mounted here, so `link` is made to fail the way it does there.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { tempJournal } from '../helpers/cli.js';

vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof import('node:fs/promises')>();
  const link = async () => {
    throw Object.assign(new Error('operation not supported'), { code: 'ENOTSUP' });
  };
  return { ...real, link, default: { ...real, link } };
});

const { acquire, parseHolder } = await import('../../src/storage/lock.js');
const { writeAtomic } = await import('../../src/storage/file.js');
const { lockPath } = await import('../../src/storage/paths.js');

describe('without hard links', () => {
  it('the lock is still taken whole, held exclusively and released', async () => {
    const { file } = tempJournal();
    const release = await acquire(lockPath(file), file);
    expect(parseHolder(readFileSync(lockPath(file), 'utf8'))?.pid).toBe(process.pid);
    await expect(acquire(lockPath(file), file, { waitMs: 100 })).rejects.toThrow(/busy/);
    await release();
    expect(existsSync(lockPath(file))).toBe(false);
  });

  it('backups are copies', async () => {
    const { file } = tempJournal();
    await writeAtomic(file, Buffer.from('v1'));
    await writeAtomic(file, Buffer.from('v2'));
    expect(readFileSync(`${file}.bak1`, 'utf8')).toBe('v1');
    expect(readFileSync(file, 'utf8')).toBe('v2');
  });
});
