// `trust init` at a terminal, with the reminder installer replaced: the
// reminders module owns the crontab, and a test must never touch it.
import { writeFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { init } from '../../src/commands/init.js';
import { readJournal, tempJournal } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { scripted } from '../helpers/prompter.js';

const install = vi.hoisted(() => vi.fn(async (_ctx: unknown, at: string) => `${at.slice(3)} ${at.slice(0, 2)} * * * trust remind`));
vi.mock('../../src/commands/remind.js', () => ({ installReminder: install, remind: vi.fn() }));

// A block body: a function returned from beforeEach would be run as teardown.
beforeEach(() => {
  install.mockClear();
});

describe('trust init at a terminal', () => {
  it('asks name, role, partner, reminder time, country and a help line, saves them and installs the reminder', async () => {
    const p = scripted([{ text: 'Alex' }, { select: 'hurt' }, { text: 'Sam' }, { text: '21:15' }, { text: 'gb' }, { text: 'My sister: 0400 123 456' }]);
    const { ctx, out, file } = testContext({ prompter: p });
    await init({}, ctx);
    expect(p.remaining()).toBe(0);
    expect(readJournal(file).profile).toEqual({
      name: 'Alex', role: 'hurt', partner: 'Sam', remindAt: '21:15', country: 'GB', helplines: [{ name: 'My sister', contact: '0400 123 456' }],
    });
    expect(install).toHaveBeenCalledTimes(1);
    expect(install.mock.calls[0]?.[1]).toBe('21:15');
    const text = out.join('');
    expect(text).toContain('Welcome, Alex');
    expect(text).toContain('Say what you need in plain words');
    expect(text).toContain('Daily reminder set for 21:15. It arrives through cron');
    expect(text).toContain('Help line My sister: 0400 123 456');
  });

  it('asks again after a time, country or help line it cannot read, and skips each when left empty', async () => {
    const p = scripted([
      { text: '' }, { select: 'both' }, { text: '' }, { text: 'nine pm' }, { text: '' }, { text: 'Britain' }, { text: '' }, { text: 'my sister' }, { text: '' },
    ]);
    const { ctx, file } = testContext({ prompter: p });
    await init({}, ctx);
    expect(p.remaining()).toBe(0);
    expect(p.notes).toEqual([expect.stringContaining('HH:MM'), expect.stringContaining('"Britain" is not a two-letter'), expect.stringContaining('"my sister" needs a name and a contact')]);
    expect(readJournal(file).profile).toEqual({ role: 'both' });
    expect(install).not.toHaveBeenCalled();
  });

  it('keeps earlier answers that are left empty', async () => {
    const { file } = tempJournal();
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, profile: { name: 'Alex', partner: 'Sam', role: 'hurt', country: 'IE' }, entries: [] }));
    const p = scripted([{ text: '' }, { select: 'broke-trust' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }]);
    const { ctx } = testContext({ prompter: p, file });
    await init({}, ctx);
    expect(p.remaining()).toBe(0);
    expect(readJournal(file).profile).toEqual({ name: 'Alex', partner: 'Sam', role: 'broke-trust', country: 'IE' });
  });

  it('uses flags without asking, even at a terminal', async () => {
    const p = scripted([]);
    const { ctx, out, file } = testContext({ prompter: p });
    await init({ partner: 'Robin', remindAt: '06:30', json: true }, ctx);
    expect(p.asked).toEqual([]);
    expect(readJournal(file).profile).toEqual({ partner: 'Robin', remindAt: '06:30' });
    expect(JSON.parse(out.join(''))).toEqual({
      profile: { partner: 'Robin', remindAt: '06:30' },
      reminder: { at: '06:30', installed: true, line: '30 06 * * * trust remind' },
    });
  });

  it('keeps the profile when installing the reminder fails, and says why on stderr', async () => {
    install.mockRejectedValueOnce(new Error('No crontab on this system.'));
    const { ctx, err, file } = testContext({ prompter: scripted([]) });
    await init({ remindAt: '20:00' }, ctx);
    expect(readJournal(file).profile).toEqual({ remindAt: '20:00' });
    expect(err.join('')).toContain('the daily reminder could not be set up: no crontab on this system.');
  });
});
