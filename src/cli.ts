// The command tree: names, flags and help only. Each command's work lives in
// src/commands/<name>.ts and is imported only when that command runs.
import { Command, Option } from 'commander';
import pkg from '../package.json';
import type { Context, Deps, GlobalOptions } from './context.js';
import { sayHelp } from './ui/messages.js';
import { sayCli } from './ui/messages-cli.js';
import { LOG_FLAGS, REVIEW_FLAGS, type FieldFlag } from './ui/entry-flags.js';
import { examples } from './ui/help.js';

type Handler = (opts: never, ctx: Context) => Promise<void>;

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Wraps a lazily imported handler; positional arguments join the options by name. */
function lazy(deps: Deps, load: () => Promise<Handler>, ...positional: string[]) {
  return async (...args: unknown[]) => {
    // commander hands an action its positional arguments, the options, then the Command itself, typed as unknown[].
    const cmd = args[args.length - 1] as Command;
    const opts: Record<string, unknown> = { ...cmd.optsWithGlobals() };
    positional.forEach((name, i) => {
      if (args[i] !== undefined) opts[name] = args[i];
    });
    const [{ makeContext }, loaded] = await Promise.all([import('./context.js'), load()]);
    // A handler marked `clockWhenUsed` runs even with a bad TRUST_NOW (see makeContext).
    // commander's parsed options are an untyped record: the global ones and each handler's own are the flags declared above.
    const ctx = makeContext(deps, opts as GlobalOptions, { clockWhenUsed: 'clockWhenUsed' in loaded });
    const handler = loaded as (opts: Record<string, unknown>, ctx: Context) => Promise<void>;
    await handler(opts, ctx);
  };
}

const listFilters = (cmd: Command) =>
  cmd
    .option('--since <date>', sayCli.filters.since)
    .option('--until <date>', sayCli.filters.until)
    .option('--kind <kind>', sayCli.filters.kind)
    .option('--type <type>', sayCli.filters.type)
    .option('--trap <trap>', sayCli.filters.trap)
    .option('--contains <text>', sayCli.filters.contains)
    .option('--open', sayCli.filters.open)
    .option('-n <count>', sayCli.filters.n);

/** The options of a table of declared flags (ui/entry-flags.ts), each with the help `words` picks. */
function fieldFlags(cmd: Command, flags: readonly FieldFlag[], words: 'help' | 'editHelp'): Command {
  for (const f of flags) {
    if (f.takes === 'many') cmd.option(f.flag, f[words], collect);
    else cmd.option(f.flag, f[words]);
    if (f.off) cmd.option(f.off.flag, f.off[words]);
  }
  return cmd;
}

/** A command of the tree: its name and arguments, what it is for, and its options and action. */
type Declaration = [usage: string, about: string, declare: (cmd: Command) => unknown];

/** The command tree; `only`, the first word of the command line, narrows it to that command when it names one. */
export function createProgram(deps: Deps, only?: string): Command {
  const program = new Command('trust')
    .description(sayHelp.about)
    .version(pkg.version, '-V, --version', sayCli.version)
    .option('--file <path>', sayHelp.file)
    .option('--no-color', sayHelp.noColor)
    .helpOption('-h, --help', sayCli.help)
    .configureHelp({ showGlobalOptions: true })
    .helpCommand('help [command]', sayCli.helpCommand)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void deps.stdout.write(s),
      writeErr: (s) => void deps.stderr.write(s),
      // Help is plain text; asking commander's way would build process.stdout.
      getOutHasColors: () => false,
      getOutHelpWidth: () => (deps.stdout.isTTY && deps.stdout.columns) || 80,
      outputError: (s, write) => write(`trust: ${s.replace(/^error: /, '')}`),
    })
    .addHelpText('after', examples.root);

  const sub = (name: string, description: string) =>
    program
      .command(name)
      .description(description)
      .exitOverride()
      .addHelpText('after', examples[name.split(' ')[0] ?? ''] ?? '');

  const commands: Declaration[] = [
    ['safety', sayCli.safety.about, (c) => c
      .option('--safe', sayCli.safety.safe)
      .option('--json', sayHelp.json)
      .action(lazy(deps, async () => (await import('./commands/safety.js')).safety))],

    ['log', sayCli.log.about, (c) => fieldFlags(c.option('--date <YYYY-MM-DD>', sayCli.log.date), LOG_FLAGS, 'help')
      .option('--json', sayHelp.json)
      .action(lazy(deps, async () => (await import('./commands/log.js')).log))],

    ['review [id]', sayCli.review.about, (c) => fieldFlags(c, REVIEW_FLAGS, 'help')
      .option('--json', sayHelp.json)
      .action(lazy(deps, async () => (await import('./commands/review.js')).review, 'id'))],

    ['suggest', sayCli.suggest.about, (c) => c
      .option('--json', sayHelp.json)
      .action(lazy(deps, async () => (await import('./commands/suggest.js')).suggest))],

    ['fears', sayCli.fears.about, (c) => c
      .option('--trap <trap>', sayCli.fears.trap)
      .option('--type <type>', sayCli.fears.type)
      .option('--json', sayHelp.json)
      .action(lazy(deps, async () => (await import('./commands/fears.js')).fears))],

    ['list', sayCli.list.about, (c) => listFilters(c)
      .option('--json', sayHelp.json)
      .action(lazy(deps, async () => (await import('./commands/list.js')).list))],

    ['show <id>', sayCli.show.about, (c) => c
      .option('--json', sayHelp.json)
      .action(lazy(deps, async () => (await import('./commands/list.js')).show, 'id'))],

    // `trust edit --help` lists the log's repeatable flags after the review's, as it always has.
    ['edit <id>', sayCli.edit.about, (edit) => {
      const repeatable = LOG_FLAGS.filter((f) => f.takes === 'many');
      fieldFlags(edit, LOG_FLAGS.filter((f) => f.takes !== 'many'), 'editHelp');
      fieldFlags(edit, REVIEW_FLAGS, 'editHelp');
      fieldFlags(edit, repeatable, 'editHelp')
        .option('--json', sayHelp.json)
        .action(lazy(deps, async () => (await import('./commands/edit.js')).edit, 'id'));
    }],

    ['delete <id>', sayCli.delete.about, (c) => c
      .option('-y, --yes', sayCli.delete.yes)
      .action(lazy(deps, async () => (await import('./commands/delete.js')).remove, 'id'))],

    ['report', sayCli.report.about, (c) => c
      .option('--week <date>', sayCli.report.week)
      .option('--since <date>', sayCli.report.since)
      .option('--until <date>', sayCli.report.until)
      .addOption(new Option('--format <format>', sayCli.report.format).choices(['text', 'markdown', 'json', 'html']))
      .option('--json', sayCli.report.json)
      .action(lazy(deps, async () => (await import('./commands/report.js')).report))],

    ['remind', sayCli.remind.about, (c) => c
      .option('--notify', sayCli.remind.notify)
      .option('--install', sayCli.remind.install)
      .option('--at <HH:MM>', sayCli.remind.at)
      .option('--uninstall', sayCli.remind.uninstall)
      .option('--print', sayCli.remind.print)
      .action(lazy(deps, async () => (await import('./commands/remind.js')).remind))],

    ['jar', sayCli.jar.about, (c) => {
      const jar = c
        .option('--json', sayHelp.json)
        .action(lazy(deps, async () => (await import('./commands/jar.js')).showJar));
      jar.command('add [text...]').description(sayCli.jar.add).option('--date <YYYY-MM-DD>', sayCli.jar.date)
        .option('--json', sayHelp.json).addHelpText('after', examples['jar add'] ?? '')
        .action(lazy(deps, async () => (await import('./commands/jar.js')).addMarble, 'text'));
      jar.command('remove [text...]').description(sayCli.jar.remove).option('--date <YYYY-MM-DD>', sayCli.jar.date)
        .option('--json', sayHelp.json).addHelpText('after', examples['jar remove'] ?? '')
        .action(lazy(deps, async () => (await import('./commands/jar.js')).removeMarble, 'text'));
    }],

    ['export', sayCli.export.about, (c) => listFilters(c)
      .addOption(new Option('--format <format>', sayCli.export.format).choices(['json', 'markdown', 'csv']).default('json'))
      .option('--out <file>', sayCli.export.out)
      .action(lazy(deps, async () => (await import('./commands/export.js')).exportJournal))],

    ['import <file>', sayCli.import.about, (c) => c
      .option('-y, --yes', sayCli.import.yes)
      .option('--json', sayHelp.json)
      .action(lazy(deps, async () => (await import('./commands/import.js')).importJournal, 'source'))],

    ['share [id]', sayCli.share.about, (c) => c
      .option('--week <date>', sayCli.share.week)
      .option('--fields <list>', sayCli.share.fields)
      .action(lazy(deps, async () => (await import('./commands/share.js')).share, 'id'))],

    ['encrypt', sayCli.encrypt.about, (c) => c
      .option('--change', sayCli.encrypt.change)
      .action(lazy(deps, async () => (await import('./commands/crypt.js')).encrypt))],
    ['decrypt', sayCli.decrypt.about, (c) => c
      .action(lazy(deps, async () => (await import('./commands/crypt.js')).decrypt))],

    ['init', sayCli.init.about, (c) => c
      .option('--name <name>', sayCli.init.name)
      .option('--role <role>', sayCli.init.role)
      .option('--partner <name>', sayCli.init.partner)
      .option('--remind-at <HH:MM>', sayCli.init.remindAt)
      .option('--country <XX>', sayCli.init.country)
      .option('--helpline <line>', sayCli.init.helpline, collect)
      .option('--json', sayHelp.json)
      .action(lazy(deps, async () => (await import('./commands/init.js')).init))],

    ['exercise [name]', sayCli.exercise.about, (c) => c
      .option('--list', sayCli.exercise.list)
      .option('--answer <field=text>', sayCli.exercise.answer, collect)
      .option('--date <YYYY-MM-DD>', sayCli.exercise.date)
      .option('--json', sayHelp.json)
      .action(lazy(deps, async () => (await import('./commands/exercise.js')).exercise, 'name'))],

    ['trigger', sayCli.trigger.about, (c) => c
      .option('--what <text>', sayCli.trigger.what)
      .option('--strength <0-10>', sayCli.trigger.strength)
      .option('--helped <text>', sayCli.trigger.helped)
      .option('--reassured <yes|partly|no>', sayCli.trigger.reassured)
      .option('--date <YYYY-MM-DD>', sayCli.trigger.date)
      .option('--json', sayHelp.json)
      .action(lazy(deps, async () => (await import('./commands/trigger.js')).trigger))],

    ['request', sayCli.request.about, (c) => {
      const request = c
        .option('--json', sayHelp.json)
        .action(lazy(deps, async () => (await import('./commands/request.js')).listRequests));
      request.command('add [text...]').description(sayCli.request.add).option('--cost <low|high>', sayCli.request.cost)
        .option('--date <YYYY-MM-DD>', sayCli.request.asked).option('--json', sayHelp.json).addHelpText('after', examples['request add'] ?? '')
        .action(lazy(deps, async () => (await import('./commands/request.js')).addRequest, 'text'));
      request.command('met [id]').description(sayCli.request.met).option('--note <text>', sayCli.request.note)
        .option('--date <YYYY-MM-DD>', sayCli.request.metOn).option('--json', sayHelp.json).addHelpText('after', examples['request met'] ?? '')
        .action(lazy(deps, async () => (await import('./commands/request.js')).metRequest, 'id'));
      request.command('drop [id]').description(sayCli.request.drop).option('--json', sayHelp.json)
        .action(lazy(deps, async () => (await import('./commands/request.js')).dropRequest, 'id'));
    }],

    ['path', sayCli.path.about, (c) => c
      .option('--json', sayHelp.json)
      .action(lazy(deps, async () => (await import('./commands/path.js')).path))],

    ['doctor', sayCli.doctor.about, (c) => c
      .option('--restore', sayCli.doctor.restore)
      .option('--fix', sayCli.doctor.fix)
      .option('-y, --yes', sayCli.doctor.yes)
      .option('--json', sayHelp.json)
      .action(lazy(deps, async () => (await import('./commands/doctor.js')).doctor))],

    ['sync', sayCli.sync.about, (c) => c
      .option('-y, --yes', sayCli.sync.yes)
      .option('--json', sayHelp.json)
      .action(lazy(deps, async () => (await import('./commands/sync.js')).syncCopies))],

    ['merge-driver <base> <ours> <theirs>', sayCli.mergeDriver.about, (c) => c
      .action(lazy(deps, async () => (await import('./commands/sync.js')).mergeDriver, 'base', 'ours', 'theirs'))],

    ['completion <shell>', sayCli.completion.about, (c) => c
      .action(lazy(deps, async () => (await import('./commands/completion.js')).completion, 'shell'))],
  ];
  // A run that names its command first (`trust log ...`) declares only that one: declaring every
  // command and its options costs ~1.5 ms of each start-up. Anything else (help, a typo, a global
  // option first) gets them all, in this order.
  const named = commands.filter(([usage]) => usage.split(' ')[0] === only);
  for (const [usage, about, declare] of named.length > 0 ? named : commands) declare(sub(usage, about));

  return program;
}
