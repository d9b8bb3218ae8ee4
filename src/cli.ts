// The command tree: names, flags and help only. Each command's work lives in
// src/commands/<name>.ts and is imported only when that command runs.
import { Command, Option } from 'commander';
import pkg from '../package.json';
import type { Context, Deps, GlobalOptions } from './context.js';
import { help } from './ui/messages.js';
import { cli } from './ui/messages-cli.js';
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
    .option('--since <date>', cli.filters.since)
    .option('--until <date>', cli.filters.until)
    .option('--kind <kind>', cli.filters.kind)
    .option('--type <type>', cli.filters.type)
    .option('--trap <trap>', cli.filters.trap)
    .option('--contains <text>', cli.filters.contains)
    .option('--open', cli.filters.open)
    .option('-n <count>', cli.filters.n);

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
    .description(help.about)
    .version(pkg.version, '-V, --version', cli.version)
    .option('--file <path>', help.file)
    .option('--no-color', help.noColor)
    .helpOption('-h, --help', cli.help)
    .configureHelp({ showGlobalOptions: true })
    .helpCommand('help [command]', cli.helpCommand)
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

  sub('safety', cli.safety.about)
    .option('--safe', cli.safety.safe)
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/safety.js')).safety));

  fieldFlags(sub('log', cli.log.about).option('--date <YYYY-MM-DD>', cli.log.date), LOG_FLAGS, 'help')
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/log.js')).log));

  fieldFlags(sub('review [id]', cli.review.about), REVIEW_FLAGS, 'help')
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/review.js')).review, 'id'));

  sub('suggest', cli.suggest.about)
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/suggest.js')).suggest));

  sub('fears', cli.fears.about)
    .option('--trap <trap>', cli.fears.trap)
    .option('--type <type>', cli.fears.type)
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/fears.js')).fears));

  listFilters(sub('list', cli.list.about))
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/list.js')).list));

  sub('show <id>', cli.show.about)
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/list.js')).show, 'id'));

  // `trust edit --help` lists the log's repeatable flags after the review's, as it always has.
  const repeatable = LOG_FLAGS.filter((f) => f.takes === 'many');
  const edit = sub('edit <id>', cli.edit.about);
  fieldFlags(edit, LOG_FLAGS.filter((f) => f.takes !== 'many'), 'editHelp');
  fieldFlags(edit, REVIEW_FLAGS, 'editHelp');
  fieldFlags(edit, repeatable, 'editHelp')
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/edit.js')).edit, 'id'));

  sub('delete <id>', cli.delete.about)
    .option('-y, --yes', cli.delete.yes)
    .action(lazy(deps, async () => (await import('./commands/delete.js')).remove, 'id'));

  sub('report', cli.report.about)
    .option('--week <date>', cli.report.week)
    .option('--since <date>', cli.report.since)
    .option('--until <date>', cli.report.until)
    .addOption(new Option('--format <format>', cli.report.format).choices(['text', 'markdown', 'json', 'html']))
    .option('--json', cli.report.json)
    .action(lazy(deps, async () => (await import('./commands/report.js')).report));

  sub('remind', cli.remind.about)
    .option('--notify', cli.remind.notify)
    .option('--install', cli.remind.install)
    .option('--at <HH:MM>', cli.remind.at)
    .option('--uninstall', cli.remind.uninstall)
    .option('--print', cli.remind.print)
    .action(lazy(deps, async () => (await import('./commands/remind.js')).remind));

  const jar = sub('jar', cli.jar.about)
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/jar.js')).showJar));
  jar.command('add [text...]').description(cli.jar.add).option('--date <YYYY-MM-DD>', cli.jar.date)
    .option('--json', help.json).addHelpText('after', examples['jar add'] ?? '')
    .action(lazy(deps, async () => (await import('./commands/jar.js')).addMarble, 'text'));
  jar.command('remove [text...]').description(cli.jar.remove).option('--date <YYYY-MM-DD>', cli.jar.date)
    .option('--json', help.json).addHelpText('after', examples['jar remove'] ?? '')
    .action(lazy(deps, async () => (await import('./commands/jar.js')).removeMarble, 'text'));

  listFilters(sub('export', cli.export.about))
    .addOption(new Option('--format <format>', cli.export.format).choices(['json', 'markdown', 'csv']).default('json'))
    .option('--out <file>', cli.export.out)
    .action(lazy(deps, async () => (await import('./commands/export.js')).exportJournal));

  sub('import <file>', cli.import.about)
    .option('-y, --yes', cli.import.yes)
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/import.js')).importJournal, 'source'));

  sub('share [id]', cli.share.about)
    .option('--week <date>', cli.share.week)
    .option('--fields <list>', cli.share.fields)
    .action(lazy(deps, async () => (await import('./commands/share.js')).share, 'id'));

  sub('encrypt', cli.encrypt.about)
    .option('--change', cli.encrypt.change)
    .action(lazy(deps, async () => (await import('./commands/crypt.js')).encrypt));
  sub('decrypt', cli.decrypt.about)
    .action(lazy(deps, async () => (await import('./commands/crypt.js')).decrypt));

  sub('init', cli.init.about)
    .option('--name <name>', cli.init.name)
    .option('--role <role>', cli.init.role)
    .option('--partner <name>', cli.init.partner)
    .option('--remind-at <HH:MM>', cli.init.remindAt)
    .option('--country <XX>', cli.init.country)
    .option('--helpline <line>', cli.init.helpline, collect)
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/init.js')).init));

  sub('exercise [name]', cli.exercise.about)
    .option('--list', cli.exercise.list)
    .option('--answer <field=text>', cli.exercise.answer, collect)
    .option('--date <YYYY-MM-DD>', cli.exercise.date)
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/exercise.js')).exercise, 'name'));

  sub('trigger', cli.trigger.about)
    .option('--what <text>', cli.trigger.what)
    .option('--strength <0-10>', cli.trigger.strength)
    .option('--helped <text>', cli.trigger.helped)
    .option('--reassured <yes|partly|no>', cli.trigger.reassured)
    .option('--date <YYYY-MM-DD>', cli.trigger.date)
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/trigger.js')).trigger));

  const request = sub('request', cli.request.about)
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/request.js')).listRequests));
  request.command('add [text...]').description(cli.request.add).option('--cost <low|high>', cli.request.cost)
    .option('--date <YYYY-MM-DD>', cli.request.asked).option('--json', help.json).addHelpText('after', examples['request add'] ?? '')
    .action(lazy(deps, async () => (await import('./commands/request.js')).addRequest, 'text'));
  request.command('met [id]').description(cli.request.met).option('--note <text>', cli.request.note)
    .option('--date <YYYY-MM-DD>', cli.request.metOn).option('--json', help.json).addHelpText('after', examples['request met'] ?? '')
    .action(lazy(deps, async () => (await import('./commands/request.js')).metRequest, 'id'));
  request.command('drop [id]').description(cli.request.drop).option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/request.js')).dropRequest, 'id'));

  sub('path', cli.path.about)
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/path.js')).path));

  sub('doctor', cli.doctor.about)
    .option('--restore', cli.doctor.restore)
    .option('--fix', cli.doctor.fix)
    .option('-y, --yes', cli.doctor.yes)
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/doctor.js')).doctor));

  sub('sync', cli.sync.about)
    .option('-y, --yes', cli.sync.yes)
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/sync.js')).syncCopies));

  sub('merge-driver <base> <ours> <theirs>', cli.mergeDriver.about)
    .action(lazy(deps, async () => (await import('./commands/sync.js')).mergeDriver, 'base', 'ours', 'theirs'));

  sub('completion <shell>', cli.completion.about)
    .action(lazy(deps, async () => (await import('./commands/completion.js')).completion, 'shell'));

  return program;
}
