// What the benchmark times, each command next to the baseline it is judged
// against. Everything runs on generated journals in a temp folder, with HOME
// and XDG pointing there, so the user's own journal is never touched.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { END, merged, serialize, tenYears } from './generate.js';
import type { Command, Run } from './measure.js';

export interface Row {
  id: string;
  what: string;
  baselineLabel: string;
  /** Largest allowed ratio of medians, trust / baseline; none for rows only shown for information. */
  budget?: number;
  candidate: Command;
  baseline: Command;
  /** Checks a successful run did the work (a reason when it did not). */
  verify?: (r: Run) => string | undefined;
  /** Set when the row cannot be timed: shown as n/a with this reason. */
  skip?: string | undefined;
}

function isJson(r: Run): string | undefined {
  try {
    JSON.parse(r.stdout);
    return undefined;
  } catch {
    return 'stdout is not one JSON document';
  }
}

export interface Fixtures {
  dir: string;
  env: Record<string, string>;
  tenYears: string;
  large: string;
  largeCount: number;
  tenYearsCount: number;
}

export const PASSPHRASE = 'correct horse battery staple, for the benchmark only';

/**
 * The environment every command runs in: this shell's own (so `node -e 0`
 * costs what it costs here, e.g. with NODE_EXTRA_CA_CERTS), or with `clean` a
 * bare one. Either way HOME, XDG and every TRUST_ variable point into the
 * sandbox.
 */
function sandboxEnv(home: string, inherited: NodeJS.ProcessEnv, clean: boolean): Record<string, string> {
  const env: Record<string, string> = {};
  if (!clean) for (const [k, v] of Object.entries(inherited)) if (v !== undefined && !k.startsWith('TRUST_') && k !== 'FORCE_COLOR') env[k] = v;
  return {
    ...env,
    PATH: inherited.PATH ?? '/usr/bin:/bin',
    HOME: home,
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CONFIG_HOME: join(home, '.config'),
    TZ: 'UTC',
    LANG: 'C.UTF-8',
    NO_COLOR: '1',
    // A date alone means noon that day: the generated journals end on END, so
    // nothing logged now is "in the future".
    TRUST_NOW: END,
  };
}

/** Writes the journals and the sandboxed environment every command runs in. */
export function fixtures(dir: string, largeCount: number, inherited: NodeJS.ProcessEnv, clean: boolean): Fixtures {
  const home = join(dir, 'home');
  mkdirSync(home, { recursive: true, mode: 0o700 });
  const ten = tenYears();
  const big = merged(largeCount);
  const files = { tenYears: join(dir, 'ten-years.json'), large: join(dir, 'large.json') };
  writeFileSync(files.tenYears, serialize(ten), { mode: 0o600 });
  writeFileSync(files.large, serialize(big), { mode: 0o600 });
  const env = sandboxEnv(home, inherited, clean);
  return { dir, env, ...files, tenYearsCount: ten.entries.length, largeCount: big.entries.length };
}

export interface RowOptions {
  bin: string;
  /** The report command's arguments; BENCH_REPORT swaps in a stand-in while `trust report` is unbuilt. */
  report: string[];
}

export function rows(f: Fixtures, o: RowOptions): Row[] {
  const node = (args: string[], extra: Record<string, string> = {}, before?: () => void): Command => ({
    args,
    env: { ...f.env, ...extra },
    ...(before && { before }),
  });
  const trust = (args: string[], extra: Record<string, string> = {}, before?: () => void) => node([o.bin, ...args], extra, before);
  const bare = node(['-e', '0']);
  // The floor for any command that reads a journal: start node, read the file, parse it.
  const parse = (file: string) => node(['-e', "JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))", file]);
  const reportLabel = `\`trust ${o.report.join(' ')}\``;

  // Every append starts from the same ten-year journal: a fresh copy before
  // each run (untimed), so the 30th run appends to exactly what the first did,
  // saved once by trust itself (untimed too) as a person's journal always is.
  const appendFile = join(f.dir, 'append.json');
  const freshCopy = () => {
    copyFileSync(f.tenYears, appendFile);
    settleFile(appendFile, o.bin, f.env);
  };

  const encrypted = join(f.dir, 'encrypted.json');
  const secret = { TRUST_PASSPHRASE: PASSPHRASE };

  return [
    { id: 'help', what: '`trust --help`', baselineLabel: '`node -e 0`', budget: 1.25, candidate: trust(['--help']), baseline: bare },
    {
      id: 'report-10y',
      what: `${reportLabel}, 10 years (${f.tenYearsCount} entries)`,
      baselineLabel: '`node -e 0`',
      budget: 1.6,
      candidate: trust([...o.report, '--file', f.tenYears]),
      baseline: bare,
      verify: isJson,
    },
    {
      id: 'parse-10y',
      what: '`JSON.parse` of the 10-year file (the floor under every command that reads it)',
      baselineLabel: '`node -e 0`',
      candidate: parse(f.tenYears),
      baseline: bare,
    },
    {
      id: 'append-10y',
      what: `\`trust log --checklist … --gratitude …\` (append), 10 years`,
      baselineLabel: '`node -e 0`',
      budget: 1.8,
      candidate: trust(['log', '--file', appendFile, '--checklist', 'check-in,follow-through', '--gratitude', 'Asked about my day and listened'], {}, freshCopy),
      baseline: bare,
      verify: (r) => (readFileSync(appendFile, 'utf8').includes(`"id":"${r.stdout.trim()}"`) ? undefined : 'the new entry is not in the journal'),
    },
    {
      id: 'report-large',
      what: `${reportLabel}, ${f.largeCount.toLocaleString('en')} entries`,
      baselineLabel: '`JSON.parse` of the file',
      budget: 1.6,
      candidate: trust([...o.report, '--file', f.large]),
      baseline: parse(f.large),
      verify: isJson,
    },
    {
      id: 'report-10y-encrypted',
      what: `${reportLabel}, 10 years, encrypted`,
      baselineLabel: '`node -e 0`',
      candidate: trust([...o.report, '--file', encrypted], secret),
      baseline: bare,
      verify: isJson,
    },
  ];
}

/**
 * A journal made by the generator was never written by trust, so trust
 * would parse it whole before trusting a partial read (src/storage/written.ts).
 * A person's journal is always last written by trust: one untimed save makes
 * a generated one so (it adds a checklist entry dated END).
 */
export function settleFile(file: string, bin: string, env: Record<string, string>): void {
  const r = spawnSync(process.execPath, [bin, 'log', '--checklist', 'check-in', '--file', file], { env, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`could not save ${file} with trust (exit ${r.status})`);
}

/** Settles the generated journals (see settleFile) and counts the entry each gained. */
export function settle(f: Fixtures, bin: string): void {
  settleFile(f.tenYears, bin, f.env);
  settleFile(f.large, bin, f.env);
  f.tenYearsCount++;
  f.largeCount++;
}

/** Encrypts a copy of the ten-year journal with `trust encrypt`; a reason when that is not possible yet. */
export function encryptedSetup(f: Fixtures, run: (c: Command) => string | undefined, bin: string): string | undefined {
  const encrypted = join(f.dir, 'encrypted.json');
  copyFileSync(f.tenYears, encrypted);
  const why = run({ args: [bin, 'encrypt', '--file', encrypted], env: { ...f.env, TRUST_PASSPHRASE: PASSPHRASE } });
  return why ? `\`trust encrypt\` failed (${why})` : undefined;
}

export const hasCrypto = (root: string) => existsSync(join(root, 'src', 'storage', 'crypto.ts'));
