import { describe, expect, it } from 'vitest';
import { trust, tempJournal, UUID } from '../helpers/cli.js';

describe('trust binary', () => {
  it('logs an entry through flags', async () => {
    const { file } = tempJournal();
    const r = await trust(['log', '--file', file, '--action', 'say hello', '--thought', 'x']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(UUID);
  });
});
