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

export function createProgram(deps: Deps): Command {
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

  sub('safety', sayCli.safety.about)
    .option('--safe', sayCli.safety.safe)
    .option('--json', sayHelp.json)
    .action(lazy(deps, async () => (await import('./commands/safety.js')).safety));

  fieldFlags(sub('log', sayCli.log.about).option('--date <YYYY-MM-DD>', sayCli.log.date), LOG_FLAGS, 'help')
    .option('--json', sayHelp.json)
    .action(lazy(deps, async () => (await import('./commands/log.js')).log));

  fieldFlags(sub('review [id]', sayCli.review.about), REVIEW_FLAGS, 'help')
    .option('--json', sayHelp.json)
    .action(lazy(deps, async () => (await import('./commands/review.js')).review, 'id'));

  sub('suggest', sayCli.suggest.about)
    .option('--json', sayHelp.json)
    .action(lazy(deps, async () => (await import('./commands/suggest.js')).suggest));

  sub('fears', sayCli.fears.about)
    .option('--trap <trap>', sayCli.fears.trap)
    .option('--type <type>', sayCli.fears.type)
    .option('--json', sayHelp.json)
    .action(lazy(deps, async () => (await import('./commands/fears.js')).fears));

  listFilters(sub('list', sayCli.list.about))
    .option('--json', sayHelp.json)
    .action(lazy(deps, async () => (await import('./commands/list.js')).list));

  sub('show <id>', sayCli.show.about)
    .option('--json', sayHelp.json)
    .action(lazy(deps, async () => (await import('./commands/list.js')).show, 'id'));

  // `trust edit --help` lists the log's repeatable flags after the review's, as it always has.
  const repeatable = LOG_FLAGS.filter((f) => f.takes === 'many');
  const edit = sub('edit <id>', sayCli.edit.about);
  fieldFlags(edit, LOG_FLAGS.filter((f) => f.takes !== 'many'), 'editHelp');
  fieldFlags(edit, REVIEW_FLAGS, 'editHelp');
  fieldFlags(edit, repeatable, 'editHelp')
    .option('--json', sayHelp.json)
    .action(lazy(deps, async () => (await import('./commands/edit.js')).edit, 'id'));

  sub('delete <id>', sayCli.delete.about)
    .option('-y, --yes', sayCli.delete.yes)
    .action(lazy(deps, async () => (await import('./commands/delete.js')).remove, 'id'));

  sub('report', sayCli.report.about)
    .option('--week <date>', sayCli.report.week)
    .option('--since <date>', sayCli.report.since)
    .option('--until <date>', sayCli.report.until)
    .addOption(new Option('--format <format>', sayCli.report.format).choices(['text', 'markdown', 'json', 'html']))
    .option('--json', sayCli.report.json)
    .action(lazy(deps, async () => (await import('./commands/report.js')).report));

  sub('remind', sayCli.remind.about)
    .option('--notify', sayCli.remind.notify)
    .option('--install', sayCli.remind.install)
    .option('--at <HH:MM>', sayCli.remind.at)
    .option('--uninstall', sayCli.remind.uninstall)
    .option('--print', sayCli.remind.print)
    .action(lazy(deps, async () => (await import('./commands/remind.js')).remind));

  const jar = sub('jar', sayCli.jar.about)
    .option('--json', sayHelp.json)
    .action(lazy(deps, async () => (await import('./commands/jar.js')).showJar));
  jar.command('add [text...]').description(sayCli.jar.add).option('--date <YYYY-MM-DD>', sayCli.jar.date)
    .option('--json', sayHelp.json).addHelpText('after', examples['jar add'] ?? '')
    .action(lazy(deps, async () => (await import('./commands/jar.js')).addMarble, 'text'));
  jar.command('remove [text...]').description(sayCli.jar.remove).option('--date <YYYY-MM-DD>', sayCli.jar.date)
    .option('--json', sayHelp.json).addHelpText('after', examples['jar remove'] ?? '')
    .action(lazy(deps, async () => (await import('./commands/jar.js')).removeMarble, 'text'));

  listFilters(sub('export', sayCli.export.about))
    .addOption(new Option('--format <format>', sayCli.export.format).choices(['json', 'markdown', 'csv']).default('json'))
    .option('--out <file>', sayCli.export.out)
    .action(lazy(deps, async () => (await import('./commands/export.js')).exportJournal));

  sub('import <file>', sayCli.import.about)
    .option('-y, --yes', sayCli.import.yes)
    .option('--json', sayHelp.json)
    .action(lazy(deps, async () => (await import('./commands/import.js')).importJournal, 'source'));

  sub('share [id]', sayCli.share.about)
    .option('--week <date>', sayCli.share.week)
    .option('--fields <list>', sayCli.share.fields)
    .action(lazy(deps, async () => (await import('./commands/share.js')).share, 'id'));

  sub('encrypt', sayCli.encrypt.about)
    .option('--change', sayCli.encrypt.change)
    .action(lazy(deps, async () => (await import('./commands/crypt.js')).encrypt));
  sub('decrypt', sayCli.decrypt.about)
    .action(lazy(deps, async () => (await import('./commands/crypt.js')).decrypt));

  sub('init', sayCli.init.about)
    .option('--name <name>', sayCli.init.name)
    .option('--role <role>', sayCli.init.role)
    .option('--partner <name>', sayCli.init.partner)
    .option('--remind-at <HH:MM>', sayCli.init.remindAt)
    .option('--country <XX>', sayCli.init.country)
    .option('--helpline <line>', sayCli.init.helpline, collect)
    .option('--json', sayHelp.json)
    .action(lazy(deps, async () => (await import('./commands/init.js')).init));

  sub('exercise [name]', sayCli.exercise.about)
    .option('--list', sayCli.exercise.list)
    .option('--answer <field=text>', sayCli.exercise.answer, collect)
    .option('--date <YYYY-MM-DD>', sayCli.exercise.date)
    .option('--json', sayHelp.json)
    .action(lazy(deps, async () => (await import('./commands/exercise.js')).exercise, 'name'));

  sub('trigger', sayCli.trigger.about)
    .option('--what <text>', sayCli.trigger.what)
    .option('--strength <0-10>', sayCli.trigger.strength)
    .option('--helped <text>', sayCli.trigger.helped)
    .option('--reassured <yes|partly|no>', sayCli.trigger.reassured)
    .option('--date <YYYY-MM-DD>', sayCli.trigger.date)
    .option('--json', sayHelp.json)
    .action(lazy(deps, async () => (await import('./commands/trigger.js')).trigger));

  const request = sub('request', sayCli.request.about)
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

  sub('path', sayCli.path.about)
    .option('--json', sayHelp.json)
    .action(lazy(deps, async () => (await import('./commands/path.js')).path));

  sub('doctor', sayCli.doctor.about)
    .option('--restore', sayCli.doctor.restore)
    .option('--fix', sayCli.doctor.fix)
    .option('-y, --yes', sayCli.doctor.yes)
    .option('--json', sayHelp.json)
    .action(lazy(deps, async () => (await import('./commands/doctor.js')).doctor));

  sub('sync', sayCli.sync.about)
    .option('-y, --yes', sayCli.sync.yes)
    .option('--json', sayHelp.json)
    .action(lazy(deps, async () => (await import('./commands/sync.js')).syncCopies));

  sub('merge-driver <base> <ours> <theirs>', sayCli.mergeDriver.about)
    .action(lazy(deps, async () => (await import('./commands/sync.js')).mergeDriver, 'base', 'ours', 'theirs'));

  sub('completion <shell>', sayCli.completion.about)
    .action(lazy(deps, async () => (await import('./commands/completion.js')).completion, 'shell'));

  return program;
}
