// Programs trust starts (crontab, notify-send) never see the passphrase: each
// fake below writes its whole environment to a file, and no secret may be in it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, trust } from '../helpers/cli.js';

const FAKE_CRONTAB = join(ROOT, 'test', 'fixtures', 'fake-crontab');
const SECRETS = { TRUST_PASSPHRASE: 'secret-one', TRUST_NEW_PASSPHRASE: 'secret-two', TRUST_PASSPHRASE_COMMAND: 'echo secret-three' };

/** A PATH holding a crontab and a notify-send that each dump their environment into `dumps/`, then do their job. */
function machine(): { env: Record<string, string>; dumps: string; file: string } {
  const home = tempDir();
  const bin = join(home, 'bin');
  const dumps = join(home, 'dumps');
  mkdirSync(bin);
  mkdirSync(dumps);
  const dump = (name: string) => `/usr/bin/env > "${dumps}/${name}.$$"`;
  writeFileSync(join(bin, 'crontab'), `#!/bin/sh\n${dump('crontab')}\nexec '${FAKE_CRONTAB}' "$@"\n`, { mode: 0o755 });
  writeFileSync(join(bin, 'notify-send'), `#!/bin/sh\n${dump('notify-send')}\n`, { mode: 0o755 });
  const env = { HOME: home, PATH: `${bin}:/usr/bin:/bin`, FAKE_CRONTAB: join(home, 'crontab.txt'), DISPLAY: ':0', ...SECRETS };
  return { env, dumps, file: join(home, 'journal.json') };
}

describe('children get an environment without secrets', () => {
  it.each([
    ['remind --install', ['remind', '--install'], ['crontab']],
    ['remind --uninstall', ['remind', '--uninstall'], ['crontab']],
    ['remind --notify', ['remind', '--notify'], ['notify-send']],
    ['init --remind-at', ['init', '--role', 'hurt', '--remind-at', '21:00'], ['crontab']],
  ])('%s', async (_what, args, children) => {
    const m = machine();
    const r = await trust([...args, '--file', m.file], { env: m.env });
    expect(r.code).toBe(0);
    const seen = readdirSync(m.dumps);
    for (const child of children) expect(seen.some((n) => n.startsWith(`${child}.`))).toBe(true);
    for (const name of seen) {
      const env = readFileSync(join(m.dumps, name), 'utf8');
      expect(env).toContain(`HOME=${m.env.HOME}`); // the rest of the environment is still there
      for (const [key, value] of Object.entries(SECRETS)) {
        expect(env).not.toContain(`${key}=`);
        expect(env).not.toContain(value);
      }
    }
    expect(existsSync(m.file) || args[0] === 'remind').toBe(true);
  });
});
