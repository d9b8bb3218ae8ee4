// What every command gets: the journal store, the clock, ids, output, and
// (only when a terminal is attached) prompts. Built once per run in main.ts;
// tests build their own with a fixed clock and scripted answers.
import { crypto } from './storage/crypto.js';
import { UsageError } from './errors.js';
import { FIRST_DAY, inReach, isIsoDate, LAST_DAY, localDate } from './domain/dates.js';
import type { Stamp } from './domain/entries.js';
import { journalPath } from './storage/paths.js';
import { Store } from './storage/journal.js';
import type { Secrets } from './storage/codec.js';
import type { Prompter } from './ui/prompts.js';
import { makePainter, type Painter } from './ui/render.js';
import { escapeJson } from './storage/json-text.js';
import { writeEscaped } from './ui/terminal-text.js';
import { say } from './ui/messages.js';
import { sayEdges } from './ui/messages-edges.js';

export interface Output {
  write(text: string): unknown;
  /** Text with nothing left to neutralise (JSON after escapeJson, a noted journal's own lines): written as it is. */
  escaped?(text: string): unknown;
  isTTY?: boolean | undefined;
  columns?: number | undefined;
}

export interface Deps {
  env: NodeJS.ProcessEnv;
  stdout: Output;
  stderr: Output;
  /** stdin and stdout are both terminals: prompts are allowed. */
  interactive: boolean;
  now?: () => Date;
  newId?: () => string;
  /** Loads the prompt library; only called when a command must ask. */
  prompter?: () => Promise<Prompter>;
  secrets?: Secrets;
  /** Told after each successful save of the journal (main.ts: a lost output after it is no failure). */
  onSave?: () => void;
}

export interface GlobalOptions {
  file?: string;
  color?: boolean;
}

export interface Context {
  deps: Deps;
  env: NodeJS.ProcessEnv;
  file: string;
  store: Store;
  now: Date;
  today: string;
  interactive: boolean;
  paint: Painter;
  stamp(): Stamp;
  print(text?: string): void;
  json(value: unknown): void;
  ask(): Promise<Prompter>;
}

const NOW_FORMAT = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** "Now": TRUST_NOW when set (a date alone means noon that day), else the clock. */
function clock(env: NodeJS.ProcessEnv): Date {
  const raw = env.TRUST_NOW?.trim();
  if (!raw) return new Date();
  const m = NOW_FORMAT.exec(raw);
  // Checked field by field: Date would quietly roll 2024-13-45 or 25:00 over into another day.
  const fits = m && isIsoDate(m[1] ?? '') && Number(m[2] ?? 0) < 24 && Number(m[3] ?? 0) < 60 && Number(m[4] ?? 0) < 60;
  // Without an offset, Date reads a date-time as local time, as TRUST_NOW means it.
  const now = fits ? new Date(m[2] === undefined ? `${m[1]}T12:00:00` : raw.replace(' ', 'T')) : undefined;
  if (!now || Number.isNaN(now.getTime())) throw new UsageError(say.badNow(raw));
  if (!inReach(localDate(now))) throw new UsageError(sayEdges.nowOutOfReach(raw, FIRST_DAY, LAST_DAY));
  return now;
}

export function makeContext(deps: Deps, globals: GlobalOptions, opts: { clockWhenUsed?: boolean } = {}): Context {
  let now: Date | undefined;
  const clockNow = () => (now ??= deps.now ? deps.now() : clock(deps.env));
  // A bad TRUST_NOW stops a command at once, except one that must answer
  // whatever else is wrong (`trust safety`): that one reads the clock only if it uses it.
  if (!opts.clockWhenUsed) clockNow();
  const file = journalPath(globals.file, deps.env);
  const store = new Store(file, { ...(deps.secrets ? { secrets: deps.secrets } : {}), ...(deps.onSave ? { onSaved: deps.onSave } : {}) });
  const newId = deps.newId ?? (() => crypto().randomUUID());
  let prompter: Promise<Prompter> | undefined;
  let painter: Painter | undefined;
  return {
    deps,
    env: deps.env,
    file,
    store,
    get now() {
      return clockNow();
    },
    get today() {
      return localDate(clockNow());
    },
    interactive: deps.interactive,
    // Made on first use: output that is JSON or goes to a pipe never loads chalk.
    get paint() {
      return (painter ??= makePainter(deps.env, deps.stdout.isTTY === true, globals.color === false));
    },
    stamp: () => ({ id: newId(), createdAt: clockNow().toISOString() }),
    print: (text = '') => void deps.stdout.write(`${text}\n`),
    json: (value) => void writeEscaped(deps.stdout, `${escapeJson(JSON.stringify(value, null, 2))}\n`),
    ask: () => {
      if (!deps.prompter) throw new Error('prompts are not available here');
      prompter ??= deps.prompter();
      return prompter;
    },
  };
}
