// What the benchmark times, each command next to the baseline it is judged
// against. Everything runs on generated journals in a temp folder, with HOME
// and XDG pointing there, so the user's own journal is never touched.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { END, merged, serialize, tenYears } from './generate.js';
import type { Command, Run } from './measure.js';

export interface Row {
  id: string;
  what: string;
  baselineLabel: string;
  /** Largest allowed ratio of medians, trust / baseline, per environment; none for rows only shown for information. */
  budget?: Partial<Record<EnvName, number>>;
  /** Largest allowed peak memory, as a ratio to a bare `JSON.parse` of the large journal. */
  memBudget?: number;
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
  /** The environment of the table being timed (one of `envs`). */
  env: Record<string, string>;
  envs: Record<EnvName, Record<string, string>>;
  tenYears: string;
  large: string;
  largeCount: number;
  tenYearsCount: number;
}

export const PASSPHRASE = 'correct horse battery staple, for the benchmark only';

/**
 * The environment every command runs in: with `clean` a bare one, as cron
 * gives (`env -i` plus PATH), or this shell's own (so `node -e 0` costs what
 * it costs here, e.g. with NODE_EXTRA_CA_CERTS). Either way HOME, XDG and
 * every TRUST_ variable point into the sandbox.
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

/** Writes the journals and the sandboxed environments the commands run in. */
export function fixtures(dir: string, largeCount: number, inherited: NodeJS.ProcessEnv): Fixtures {
  const home = join(dir, 'home');
  mkdirSync(home, { recursive: true, mode: 0o700 });
  const ten = tenYears();
  const big = merged(largeCount);
  const files = { tenYears: join(dir, 'ten-years.json'), large: join(dir, 'large.json') };
  writeFileSync(files.tenYears, serialize(ten), { mode: 0o600 });
  writeFileSync(files.large, serialize(big), { mode: 0o600 });
  const envs = { clean: sandboxEnv(home, inherited, true), shell: sandboxEnv(home, inherited, false) };
  return { dir, env: envs.clean, envs, ...files, tenYearsCount: ten.entries.length, largeCount: big.entries.length };
}

export interface RowOptions {
  bin: string;
  /** The report command's arguments; BENCH_REPORT swaps in a stand-in while `trust report` is unbuilt. */
  report: string[];
  /** bench/prompt.py, which times the first prompt at a terminal. */
  prompt: string;
  /** The project's folder (its node_modules hold the prompt library). */
  root: string;
}

export type EnvName = 'clean' | 'shell';

/** The floor for any command that reads a journal: start node, read the file, parse it. */
export function bareParse(f: Fixtures, file = f.large): Command {
  return { args: ['-e', "JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))", file], env: f.env };
}

export function rows(f: Fixtures, o: RowOptions): Row[] {
  const node = (args: string[], extra: Record<string, string> = {}, before?: () => void): Command => ({
    args,
    env: { ...f.env, ...extra },
    ...(before && { before }),
  });
  const trust = (args: string[], extra: Record<string, string> = {}, before?: () => void) => node([o.bin, ...args], extra, before);
  const bare = node(['-e', '0']);
  const parse = (file: string) => bareParse(f, file);
  const reportLabel = `\`trust ${o.report.join(' ')}\``;
  const sizes = [
    { key: '10y', file: f.tenYears, label: `10 years (${f.tenYearsCount} entries)`, baseline: bare, baselineLabel: '`node -e 0`' },
    { key: 'large', file: f.large, label: `${f.largeCount.toLocaleString('en')} entries`, baseline: parse(f.large), baselineLabel: '`JSON.parse` of the file' },
  ] as const;

  // Every save starts from the same journal: a fresh copy before each run
  // (untimed), so the 30th run saves to exactly what the first did, saved
  // once by trust itself (untimed too) as a person's journal always is.
  const copyOf = (from: string, name: string) => {
    const file = join(f.dir, name);
    return { file, fresh: () => { copyFileSync(from, file); settleFile(file, o.bin, f.env); } };
  };
  const saved = (file: string) => (r: Run) => (readFileSync(file, 'utf8').includes(`"id":"${r.stdout.trim()}"`) ? undefined : 'the new entry is not in the journal');

  // The first question of an interactive `trust log`, at a real terminal,
  // against Node printing a prompt there itself (bench/prompt.py).
  const tty = { TERM: 'xterm-256color' };
  const atPrompt = (args: string[]): Command => ({ program: 'python3', args: [o.prompt, '? ', process.execPath, ...args], env: { ...f.env, ...tty }, reportsMs: true });
  const nodePrompt = atPrompt(['-e', "process.stdout.write('? Ready? '); process.stdin.setRawMode(true); process.stdin.resume()"]);
  // The prompt library alone, loaded as its package is: what trust's first prompt cannot go below.
  const confirm = pathToFileURL(join(o.root, 'node_modules', '@inquirer', 'confirm', 'dist', 'index.js')).href;
  const bareConfirm = atPrompt(['-e', `import(${JSON.stringify(confirm)}).then((m) => m.default({ message: 'Ready?' }))`]);

  const encrypted = join(f.dir, 'encrypted.json');
  const secret = { TRUST_PASSPHRASE: PASSPHRASE };
  const appendTen = copyOf(f.tenYears, 'append.json');

  const perSize = sizes.flatMap((z) => {
    const jar = copyOf(z.file, `jar-${z.key}.json`);
    const large = z.key === 'large';
    return [
      {
        id: `list-n-${z.key}`, what: `\`trust list -n 10\`, ${z.label}`, baselineLabel: z.baselineLabel, baseline: z.baseline,
        budget: large ? { clean: 0.8, shell: 0.8 } : { shell: 1.5 }, ...(large && { memBudget: 1.5 }),
        candidate: trust(['list', '-n', '10', '--file', z.file]),
      },
      {
        id: `list-contains-${z.key}`, what: `\`trust list --contains receipt\`, ${z.label}`, baselineLabel: z.baselineLabel, baseline: z.baseline,
        ...(large ? { memBudget: 1.5 } : { budget: { shell: 1.5 } }),
        candidate: trust(['list', '--contains', 'receipt', '--file', z.file]),
      },
      {
        id: `export-${z.key}`, what: `\`trust export --format json\`, ${z.label}`, baselineLabel: z.baselineLabel, baseline: z.baseline,
        ...(large ? { memBudget: 1.5 } : { budget: { shell: 1.5 } }),
        candidate: trust(['export', '--format', 'json', '--file', z.file]), verify: isJson,
      },
      {
        id: `jar-add-${z.key}`, what: `\`trust jar add …\`, ${z.label}`, baselineLabel: z.baselineLabel, baseline: z.baseline,
        budget: large ? { clean: 1.0, shell: 1.0 } : { shell: 1.5 }, ...(large && { memBudget: 1.5 }),
        candidate: trust(['jar', 'add', 'Made tea without being asked', '--file', jar.file], {}, jar.fresh), verify: saved(jar.file),
      },
      {
        id: `log-prompt-${z.key}`, what: `first prompt of \`trust log\` at a terminal, ${z.label}`, baselineLabel: "Node's own prompt at a terminal", baseline: nodePrompt,
        budget: large ? { clean: 2.0, shell: 2.0 } : { clean: 1.4, shell: 1.4 }, ...(large && { memBudget: 1.5 }),
        candidate: atPrompt([o.bin, 'log', '--file', z.file]),
      },
    ] satisfies Row[];
  });

  return [
    { id: 'help', what: '`trust --help`', baselineLabel: '`node -e 0`', budget: { clean: 1.3, shell: 1.25 }, candidate: trust(['--help']), baseline: bare },
    {
      id: 'report-10y',
      what: `${reportLabel}, 10 years (${f.tenYearsCount} entries)`,
      baselineLabel: '`node -e 0`',
      budget: { shell: 1.6 },
      candidate: trust([...o.report, '--file', f.tenYears]),
      baseline: bare,
      verify: isJson,
    },
    {
      id: 'confirm-alone',
      what: 'a bare `@inquirer/confirm` at a terminal (the prompt library trust asks with, on its own)',
      baselineLabel: "Node's own prompt at a terminal",
      candidate: bareConfirm,
      baseline: nodePrompt,
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
      budget: { shell: 1.8 },
      candidate: trust(['log', '--file', appendTen.file, '--checklist', 'check-in,follow-through', '--gratitude', 'Asked about my day and listened'], {}, appendTen.fresh),
      baseline: bare,
      verify: saved(appendTen.file),
    },
    {
      id: 'report-large',
      what: `${reportLabel}, ${f.largeCount.toLocaleString('en')} entries`,
      baselineLabel: '`JSON.parse` of the file',
      budget: { clean: 1.6, shell: 1.6 },
      memBudget: 1.5,
      candidate: trust([...o.report, '--file', f.large]),
      baseline: parse(f.large),
      verify: isJson,
    },
    ...perSize,
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
