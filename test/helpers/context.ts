// A Context for calling a command function directly: fixed clock, counting
// ids, captured output, scripted prompts, a temp journal.
import { makeContext, type Context } from '../../src/context.js';
import type { Prompter } from '../../src/ui/prompts.js';
import { tempJournal } from './cli.js';

export interface TestContext {
  ctx: Context;
  out: string[];
  err: string[];
  file: string;
}

export function testContext(opts: { now?: string; prompter?: Prompter; file?: string; env?: NodeJS.ProcessEnv } = {}): TestContext {
  const out: string[] = [];
  const err: string[] = [];
  const file = opts.file ?? tempJournal().file;
  let n = 0;
  const ctx = makeContext(
    {
      env: { NO_COLOR: '1', ...opts.env },
      stdout: { write: (s: string) => out.push(s), isTTY: true },
      stderr: { write: (s: string) => err.push(s) },
      interactive: opts.prompter !== undefined,
      now: () => new Date(opts.now ?? '2026-11-20T12:00:00Z'),
      newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
      ...(opts.prompter ? { prompter: async () => opts.prompter as Prompter } : {}),
    },
    { file },
  );
  return { ctx, out, err, file };
}
