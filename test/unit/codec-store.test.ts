// The codec inside the store: the passphrase is asked before the lock is
// taken, and the interactive log's draft is sealed with the journal's key.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encrypt } from '../../src/commands/crypt.js';
import { log } from '../../src/commands/log.js';
import { makeContext, type Context } from '../../src/context.js';
import { codecFor } from '../../src/storage/codec.js';
import { isSealed } from '../../src/storage/crypto.js';
import { Store } from '../../src/storage/journal.js';
import { draftPath, lockPath } from '../../src/storage/paths.js';
import { passphraseSecrets } from '../../src/ui/passphrase.js';
import { tempJournal } from '../helpers/cli.js';
import { scripted, type ScriptedPrompter } from '../helpers/prompter.js';

const env = { NO_COLOR: '1', TRUST_PASSPHRASE: 'a long passphrase', TRUST_KDF_COST: '10' };

function context(file: string, prompter?: ScriptedPrompter): Context {
  return makeContext(
    {
      env,
      stdout: { write: () => true, isTTY: true },
      stderr: { write: () => true },
      interactive: prompter !== undefined,
      now: () => new Date('2026-11-20T12:00:00Z'),
      secrets: passphraseSecrets(env),
      ...(prompter ? { prompter: async () => prompter } : {}),
    },
    { file },
  );
}

describe('the draft of an encrypted journal', () => {
  it('is sealed, holds no typed text, and opens with the journal passphrase', async () => {
    const { file } = tempJournal();
    await encrypt({}, context(file));
    const p = scripted([
      { checkbox: ['check-in'] },
      { confirm: true },
      { text: 'at the dinner party' },
      { text: 'She is lying to me again' },
      // out of answers here: what Ctrl-C looks like
    ]);
    await expect(log({}, context(file, p))).rejects.toThrow(/kept as a draft/);

    const bytes = readFileSync(draftPath(file));
    expect(isSealed(bytes)).toBe(true);
    expect(bytes.toString('latin1')).not.toMatch(/lying|dinner|check-in/);
    const codec = await codecFor(bytes, file, passphraseSecrets(env));
    const draft = JSON.parse(await codec.decode(bytes)) as { answers: Record<string, unknown> };
    expect(draft.answers).toMatchObject({ checklist: ['check-in'], thought: 'She is lying to me again' });
  });

  it('seals the words half typed when it was stopped too', async () => {
    const { file } = tempJournal();
    await encrypt({}, context(file));
    await expect(log({}, context(file, scripted([{ checkbox: [] }, { confirm: true }, { stop: 'at the dinner party' }])))).rejects.toThrow(/halfway through/);
    const bytes = readFileSync(draftPath(file));
    expect(bytes.toString('latin1')).not.toMatch(/dinner/);
    const codec = await codecFor(bytes, file, passphraseSecrets(env));
    expect(JSON.parse(await codec.decode(bytes))).toMatchObject({ partial: { step: 'situation', text: 'at the dinner party' } });
  });
});

describe('the passphrase at a terminal', () => {
  it('is asked once per run, before the lock is taken, so no other process waits on someone typing', async () => {
    const { file } = tempJournal();
    await encrypt({}, context(file));
    const p = scripted([{ text: env.TRUST_PASSPHRASE }]);
    const lockHeld: boolean[] = [];
    const secret = p.secret;
    p.secret = async (m) => {
      lockHeld.push(existsSync(lockPath(file)));
      return secret(m);
    };
    const store = new Store(file, { secrets: passphraseSecrets({}, async () => p) });
    await store.update((j) => void (j.profile.partner = 'Sam'));
    await store.update((j) => void (j.profile.role = 'both'));
    expect(lockHeld).toEqual([false]);
    expect(isSealed(readFileSync(file))).toBe(true);
    expect((await store.read()).profile).toMatchObject({ partner: 'Sam', role: 'both' });
  });
});
