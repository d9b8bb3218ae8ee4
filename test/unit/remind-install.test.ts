// installReminder as `trust init --remind-at` calls it: in process, on a
// test Context, with the fake crontab as the only one on PATH.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installReminder } from '../../src/commands/remind.js';
import { Refusal } from '../../src/domain/problems.js';
import { JournalError } from '../../src/errors.js';
import { BIN, ROOT, snapshot, tempDir } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { refusedLater } from '../helpers/problems.js';

function fakeCron(table?: string) {
  const home = tempDir();
  mkdirSync(join(home, 'bin'));
  symlinkSync(join(ROOT, 'test', 'fixtures', 'fake-crontab'), join(home, 'bin', 'crontab'));
  const file = join(home, 'crontab.txt');
  if (table !== undefined) writeFileSync(file, table);
  return { file, env: { HOME: home, PATH: join(home, 'bin'), FAKE_CRONTAB: file } };
}

describe('installReminder', () => {
  it('installs the line for the context journal and returns it', async () => {
    const cron = fakeCron('0 3 * * * job\n');
    const { ctx, file, out } = testContext({ env: cron.env });
    const line = await installReminder(ctx, '21:15');
    expect(line).toBe(`15 21 * * * TRUST_JOURNAL=${file} ${process.execPath} ${BIN} remind # trust-remind`);
    expect(readFileSync(cron.file, 'utf8')).toBe(`0 3 * * * job\n${line}\n`);
    expect(out).toEqual([]); // the caller decides what to say
  });

  it('names the caller’s flag when the time is bad, before touching the crontab', async () => {
    const cron = fakeCron('0 3 * * * job\n');
    const { ctx } = testContext({ env: cron.env });
    await expect(installReminder(ctx, '24:00', { flag: '--remind-at' })).rejects.toThrow(Refusal);
    expect(await refusedLater(installReminder(ctx, '9pm', { flag: '--remind-at' }))).toMatch(/--remind-at/);
    expect(snapshot(`${cron.file}.calls`)).toBeNull();
  });

  it('without PATH it never falls back to the machine’s own crontab', async () => {
    const { ctx } = testContext({ env: { HOME: tempDir() } });
    await expect(installReminder(ctx, '20:00')).rejects.toThrow(JournalError);
    await expect(installReminder(ctx, '20:00')).rejects.toThrow(/crontab command is not installed/);
  });
});
