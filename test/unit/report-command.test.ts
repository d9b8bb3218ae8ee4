// The `trust report` handler called directly: formats, the self-check offer
// at the end of an interactive text report, and flags checked before reading.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatFrom, report } from '../../src/commands/report.js';
import { UsageError } from '../../src/errors.js';
import { tempJournal } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { scripted } from '../helpers/prompter.js';

const offered = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/commands/self-check.js', () => ({ offerSelfCheck: async () => void offered.count++ }));

function withFixture(interactive: boolean) {
  const { file } = tempJournal();
  copyFileSync(join(import.meta.dirname, '../fixtures/report-weeks.json'), file);
  return testContext({ file, now: '2026-11-01T12:00:00Z', ...(interactive ? { prompter: scripted([]) } : {}) });
}

describe('report handler', () => {
  beforeEach(() => void (offered.count = 0));

  it('offers the weekly self-check after an interactive text report', async () => {
    const t = withFixture(true);
    await report({}, t.ctx);
    expect(t.out.join('')).toContain('You feared the worst 3 times');
    expect(offered.count).toBe(1);
  });

  it.each([
    { name: 'not at a terminal', interactive: false, opts: {} },
    { name: 'markdown', interactive: true, opts: { format: 'markdown' } },
    { name: 'json', interactive: true, opts: { json: true } },
    { name: 'html', interactive: true, opts: { format: 'html' } },
  ])('does not offer it: $name', async ({ interactive, opts }) => {
    const t = withFixture(interactive);
    await report(opts, t.ctx);
    expect(offered.count).toBe(0);
  });

  it('prints one JSON document for --json', async () => {
    const t = withFixture(false);
    await report({ json: true }, t.ctx);
    const doc = JSON.parse(t.out.join(''));
    expect(doc.period).toEqual({ from: '2026-10-26', to: '2026-11-01' });
  });

  it.each([
    { opts: {}, want: 'text' },
    { opts: { json: true }, want: 'json' },
    { opts: { json: true, format: 'json' }, want: 'json' },
    { opts: { format: 'markdown' }, want: 'markdown' },
    { opts: { format: 'html' }, want: 'html' },
  ])('format of $opts is $want', ({ opts, want }) => {
    expect(formatFrom(opts)).toBe(want);
  });

  it.each([{ json: true, format: 'html' }, { format: 'pdf' }])('rejects %o', (opts) => {
    expect(() => formatFrom(opts)).toThrow(UsageError);
  });
});
