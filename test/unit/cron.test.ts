import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cronEscape,
  cronLine,
  cronNeedsJournal,
  isReminderLine,
  MARKER,
  programPath,
  shellQuote,
  withReminder,
} from '../../src/system/cron.js';
import { UsageError } from '../../src/errors.js';
import { ROOT } from '../helpers/cli.js';

const spec = { time: { hour: 20, minute: 30 }, node: '/usr/bin/node', program: '/opt/trust/bin/trust.js' };

describe('cronLine', () => {
  it('runs at the given time with absolute paths and ends with the marker', () => {
    expect(cronLine(spec)).toBe(`30 20 * * * /usr/bin/node /opt/trust/bin/trust.js remind ${MARKER}`);
  });

  it('carries TRUST_JOURNAL and --notify when asked', () => {
    expect(cronLine({ ...spec, time: { hour: 7, minute: 5 }, journal: '/data/j.json', notify: true })).toBe(
      `5 7 * * * TRUST_JOURNAL=/data/j.json /usr/bin/node /opt/trust/bin/trust.js remind --notify ${MARKER}`,
    );
  });

  it('quotes paths with spaces and quotes, and escapes % for cron', () => {
    const line = cronLine({ ...spec, program: "/home/me/My Apps/trust's/bin/trust.js", journal: '/home/me/100% private/j.json' });
    expect(line).toBe(
      `30 20 * * * TRUST_JOURNAL='/home/me/100\\% private/j.json' /usr/bin/node '/home/me/My Apps/trust'\\''s/bin/trust.js' remind ${MARKER}`,
    );
    expect(isReminderLine(line)).toBe(true);
  });

  it('refuses a path with a line break (a crontab line cannot hold one)', () => {
    expect(() => cronLine({ ...spec, journal: '/tmp/a\nb.json' })).toThrow(UsageError);
  });
});

describe('shellQuote', () => {
  const words = ['/plain/path.json', '/with space/x', "it's", "'", '$HOME', '`id`', 'a"b', 'semi;colon', '*', '~/x', 'back\\slash', '', 'tab\there', 'ünïcode/файл'];
  it.each(words)('/bin/sh reads %j back unchanged', (word) => {
    const r = spawnSync('/bin/sh', ['-c', `printf '%s' ${shellQuote(word)}`], { encoding: 'utf8' });
    expect(r.stdout).toBe(word);
  });

  it('leaves safe words bare', () => {
    expect(shellQuote('/usr/bin/node')).toBe('/usr/bin/node');
  });

  it('cronEscape only touches %', () => {
    expect(cronEscape("a%b '%' c")).toBe("a\\%b '\\%' c");
  });
});

describe('withReminder: editing the crontab text', () => {
  const ours = `0 20 * * * /usr/bin/node /t/bin/trust.js remind ${MARKER}`;
  const newer = `30 21 * * * /usr/bin/node /t/bin/trust.js remind ${MARKER}`;
  const users = 'MAILTO=me@example.com\n# backups\n0 3 * * * /home/me/backup.sh  \n\n@reboot echo "hi %s"\n';

  const cases: [string, string, string | undefined, string][] = [
    ['no crontab yet: just our line', '', ours, `${ours}\n`],
    ['appends after the user lines, keeping them byte for byte', users, ours, `${users}${ours}\n`],
    ['installing twice leaves one line', `${users}${ours}\n`, ours, `${users}${ours}\n`],
    ['a new time replaces the old line in place of it', `${ours}\n${users}`, newer, `${users}${newer}\n`],
    ['several stray copies collapse into one', `${ours}\n${users}${ours}\n`, newer, `${users}${newer}\n`],
    ['a table without a final newline gets one before our line', '0 3 * * * job', ours, `0 3 * * * job\n${ours}\n`],
    ['uninstall removes only our line', `${users}${ours}\n`, undefined, users],
    ['uninstall from the middle keeps the order around it', `# a\n${ours}\n# b\n`, undefined, '# a\n# b\n'],
    ['uninstall of the only line leaves an empty table', `${ours}\n`, undefined, ''],
    ['uninstall with nothing of ours changes nothing', users, undefined, users],
    ['uninstall from an empty table', '', undefined, ''],
    ['CRLF lines are kept as they are', '0 3 * * * job\r\n', ours, `0 3 * * * job\r\n${ours}\n`],
    ['a line merely mentioning trust is not ours', '0 9 * * * echo trust-remind\n', undefined, '0 9 * * * echo trust-remind\n'],
  ];
  it.each(cases)('%s', (_name, table, line, expected) => {
    expect(withReminder(table, line)).toBe(expected);
  });
});

describe('cronNeedsJournal', () => {
  const env = { HOME: '/home/me', XDG_DATA_HOME: '/elsewhere' };
  it.each([
    ['/home/me/.local/share/trust/journal.json', false],
    // cron has no XDG_DATA_HOME, so a journal found through it must be named
    ['/elsewhere/trust/journal.json', true],
    ['/home/me/Private/journal.json', true],
  ] as const)('%s → %s', (file, expected) => {
    expect(cronNeedsJournal(file, env)).toBe(expected);
  });
});

describe('programPath', () => {
  it('finds bin/trust.js of this checkout', () => {
    const path = programPath();
    expect(path).toBe(join(ROOT, 'bin', 'trust.js'));
    expect(existsSync(path)).toBe(true);
  });
});
