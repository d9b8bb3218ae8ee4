// The command tree: names, flags and help only. Each command's work lives in
// src/commands/<name>.ts and is imported only when that command runs.
import { Command, Option } from 'commander';
import pkg from '../package.json';
import type { Context, Deps, GlobalOptions } from './context.js';
import { help } from './ui/messages.js';
import { CHECKLIST, TRAPS, TRUST_TYPES } from './domain/types.js';
import { examples } from './ui/help.js';

type Handler = (opts: never, ctx: Context) => Promise<void>;

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Wraps a lazily imported handler; positional arguments join the options by name. */
function lazy(deps: Deps, load: () => Promise<Handler>, ...positional: string[]) {
  return async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    const opts: Record<string, unknown> = { ...cmd.optsWithGlobals() };
    positional.forEach((name, i) => {
      if (args[i] !== undefined) opts[name] = args[i];
    });
    const [{ makeContext }, loaded] = await Promise.all([import('./context.js'), load()]);
    // A handler marked `clockWhenUsed` runs even with a bad TRUST_NOW (see makeContext).
    const ctx = makeContext(deps, opts as GlobalOptions, { clockWhenUsed: 'clockWhenUsed' in loaded });
    const handler = loaded as (opts: Record<string, unknown>, ctx: Context) => Promise<void>;
    await handler(opts, ctx);
  };
}

const listFilters = (cmd: Command) =>
  cmd
    .option('--since <date>', 'from this day (YYYY-MM-DD)')
    .option('--until <date>', 'up to this day (YYYY-MM-DD)')
    .option('--kind <kind>', 'only entries of this kind: log, review, jar, exercise, check, trigger, request, request-met, request-drop, edit')
    .option('--type <type>', 'only thoughts touching this trust type')
    .option('--trap <trap>', 'only thoughts caught in this thinking trap')
    .option('--contains <text>', 'only entries whose text contains this')
    .option('--open', 'only small steps still waiting for a look back')
    .option('-n <count>', 'at most this many entries');

export function createProgram(deps: Deps): Command {
  const program = new Command('trust')
    .description(help.about)
    .version(pkg.version, '-V, --version', 'print the version')
    .option('--file <path>', help.file)
    .option('--no-color', help.noColor)
    .helpOption('-h, --help', 'show help')
    .configureHelp({ showGlobalOptions: true })
    .helpCommand('help [command]', 'show help for a command')
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

  sub('safety', 'help now: who to call if you are in danger or in crisis')
    .option('--safe', 'record that you are safe now')
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/safety.js')).safety));

  sub('log', 'the daily entry: write a thought, challenge it, pick one small step')
    .option('--date <YYYY-MM-DD>', 'the day the entry is for (default today)')
    .option('--situation <text>', 'what set the thought off')
    .option('--thought <text>', 'the thought that makes you pull away')
    .option('--type <list>', `trust types it touches, comma-separated: ${TRUST_TYPES.join(', ')}`)
    .option('--emotion <name:0-100>', 'a feeling and how strong it is (repeatable)', collect)
    .option('--belief <0-100>', 'how much you believe the thought, before challenging it')
    .option('--evidence-for <text>', 'what supports the thought')
    .option('--evidence-against <text>', 'what does not fit it')
    .option('--trap <list>', `thinking traps it fits, comma-separated: ${TRAPS.join(', ')}`)
    .option('--balanced <text>', 'a more balanced thought')
    .option('--belief-balanced <0-100>', 'how much you believe the balanced thought')
    .option('--belief-after <0-100>', 'how much you believe the old thought now')
    .option('--emotion-after <name:0-100>', 'a feeling re-rated after the challenge (repeatable)', collect)
    .option('--action <text>', 'one small step to test trust today')
    .option('--prediction <text>', 'what you fear will happen when you do it')
    .option('--prediction-belief <0-100>', 'how sure you are, before the step, that it will happen')
    .option('--checklist <list>', `checklist items done today, comma-separated: ${CHECKLIST.join(', ')}`)
    .option('--gratitude <text>', 'a good thing your partner did (repeatable, up to 3)', collect)
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/log.js')).log));

  sub('review [id]', 'look back on a small step: how did it go?')
    .option('--done <yes|partly|no>', 'did you do it?')
    .option('--outcome <text>', 'what actually happened')
    .option('--talked', 'you talked it over with your partner')
    .option('--no-talked', 'you have not talked it over yet')
    .option('--safety <0-10>', 'how safe it felt')
    .option('--belief-now <0-100>', 'how much you believe the old thought now')
    .option('--came-true <yes|partly|no>', 'did what you feared happen?')
    .option('--learned <text>', 'what the step taught you')
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/review.js')).review, 'id'));

  sub('suggest', 'the small steps trust log would offer today')
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/suggest.js')).suggest));

  sub('fears', 'the ledger of fears put to the test: what you feared, and what happened')
    .option('--trap <trap>', 'only fears that came with this thinking trap')
    .option('--type <type>', 'only fears touching this trust type')
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/fears.js')).fears));

  listFilters(sub('list', 'browse entries, newest first'))
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/list.js')).list));

  sub('show <id>', 'show one entry in full')
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/list.js')).show, 'id'));

  const edit = sub('edit <id>', 'correct a daily entry or a review (the first version is kept)');
  for (const [flag, what] of [
    ['--situation <text>', 'what set the thought off'], ['--thought <text>', 'the thought'], ['--type <list>', 'trust types it touches'],
    ['--belief <0-100>', 'belief before the challenge'], ['--evidence-for <text>', 'what supports the thought'],
    ['--evidence-against <text>', 'what does not fit it'], ['--trap <list>', 'thinking traps it fits'], ['--balanced <text>', 'the balanced thought'],
    ['--belief-balanced <0-100>', 'belief in the balanced thought'], ['--belief-after <0-100>', 'belief in the old thought after the challenge'],
    ['--action <text>', 'the small step'], ['--prediction <text>', 'what you feared would happen'],
    ['--prediction-belief <0-100>', 'how sure you were it would happen'], ['--checklist <list>', 'checklist items done that day'],
    ['--done <yes|partly|no>', 'review: did you do it?'], ['--outcome <text>', 'review: what actually happened'],
    ['--talked', 'review: you talked it over'], ['--no-talked', 'review: you have not talked it over yet'],
    ['--safety <0-10>', 'review: how safe it felt'], ['--belief-now <0-100>', 'review: belief in the old thought now'],
    ['--came-true <yes|partly|no>', 'review: did what you feared happen?'], ['--learned <text>', 'review: what the step taught you'],
  ] as const) edit.option(flag, what);
  edit
    .option('--emotion <name:0-100>', 'a feeling and how strong it was (repeatable; replaces the feelings)', collect)
    .option('--emotion-after <name:0-100>', 'a feeling after the challenge (repeatable; replaces them)', collect)
    .option('--gratitude <text>', 'a good thing (repeatable; replaces the good things)', collect)
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/edit.js')).edit, 'id'));

  sub('delete <id>', 'delete an entry for good')
    .option('-y, --yes', 'do not ask first')
    .action(lazy(deps, async () => (await import('./commands/delete.js')).remove, 'id'));

  sub('report', 'the weekly summary')
    .option('--week <date>', 'the Monday-to-Sunday week containing this day')
    .option('--since <date>', 'from this day')
    .option('--until <date>', 'up to this day (default today)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json', 'html']))
    .option('--json', 'same as --format json')
    .action(lazy(deps, async () => (await import('./commands/report.js')).report));

  sub('remind', 'one line when something is due, silence otherwise (for cron)')
    .option('--notify', 'also show a desktop notification')
    .option('--install', 'add a daily crontab line')
    .option('--at <HH:MM>', 'time of day for --install or --print (default 20:00)')
    .option('--uninstall', 'remove the crontab line')
    .option('--print', 'show the crontab line without installing it')
    .action(lazy(deps, async () => (await import('./commands/remind.js')).remind));

  const jar = sub('jar', 'the marble jar: small trustworthy acts add up')
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/jar.js')).showJar));
  jar.command('add [text...]').description('add a marble for a trustworthy act').option('--date <YYYY-MM-DD>', 'the day it happened')
    .option('--json', help.json).addHelpText('after', examples['jar add'] ?? '')
    .action(lazy(deps, async () => (await import('./commands/jar.js')).addMarble, 'text'));
  jar.command('remove [text...]').description('take a marble out for a broken promise').option('--date <YYYY-MM-DD>', 'the day it happened')
    .option('--json', help.json).addHelpText('after', examples['jar remove'] ?? '')
    .action(lazy(deps, async () => (await import('./commands/jar.js')).removeMarble, 'text'));

  listFilters(sub('export', 'write the journal out as json, markdown or csv'))
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'markdown', 'csv']).default('json'))
    .option('--out <file>', 'write to this file instead of stdout')
    .action(lazy(deps, async () => (await import('./commands/export.js')).exportJournal));

  sub('import <file>', 'merge another copy of the journal into this one')
    .option('-y, --yes', 'remove the entries the other copy deleted without asking, however many')
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/import.js')).importJournal, 'source'));

  sub('share [id]', 'one entry, or a week, as a short card to read aloud or send')
    .option('--week <date>', 'the Monday-to-Sunday week containing this day, instead of one entry')
    .option('--fields <list>', 'what goes on the card, comma-separated (default: balanced,action,outcome,gratitude)')
    .action(lazy(deps, async () => (await import('./commands/share.js')).share, 'id'));

  sub('encrypt', 'encrypt the journal with a passphrase')
    .option('--change', 'change the passphrase, in one step (the new one from TRUST_NEW_PASSPHRASE, or asked twice)')
    .action(lazy(deps, async () => (await import('./commands/crypt.js')).encrypt));
  sub('decrypt', 'remove the passphrase and store the journal as plain JSON')
    .action(lazy(deps, async () => (await import('./commands/crypt.js')).decrypt));

  sub('init', 'set up your profile: your role, your partner, a reminder')
    .option('--name <name>', 'what to call you')
    .option('--role <role>', 'hurt, broke-trust or both')
    .option('--partner <name>', "your partner's name")
    .option('--remind-at <HH:MM>', 'a daily reminder at this time')
    .option('--country <XX>', 'your country as a two-letter code (US, GB, AU, ...), for the help lines of `trust safety`')
    .option('--helpline <line>', 'a help line of your own as "name: contact", for `trust safety` (repeatable)', collect)
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/init.js')).init));

  sub('exercise [name]', 'guided exercises for the two of you')
    .option('--list', 'list the exercises')
    .option('--answer <field=text>', 'save an answer without being asked (repeatable; fields in --list)', collect)
    .option('--date <YYYY-MM-DD>', 'the day it was done (default today)')
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/exercise.js')).exercise, 'name'));

  sub('trigger', 'note a trigger: what set it off, how strong, what helped')
    .option('--what <text>', 'what set it off (a place, a song, a date...)')
    .option('--strength <0-10>', 'how strong it was')
    .option('--helped <text>', 'what helped, if anything')
    .option('--reassured <yes|partly|no>', 'did your partner answer with reassurance?')
    .option('--date <YYYY-MM-DD>', 'the day it happened (default today)')
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/trigger.js')).trigger));

  const request = sub('request', 'requests: what was asked for, and each time it was met')
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/request.js')).listRequests));
  request.command('add [text...]').description('note something asked for').option('--cost <low|high>', 'easy to give (low) or costly (high)')
    .option('--date <YYYY-MM-DD>', 'the day it was asked').option('--json', help.json).addHelpText('after', examples['request add'] ?? '')
    .action(lazy(deps, async () => (await import('./commands/request.js')).addRequest, 'text'));
  request.command('met [id]').description('note a time the request was met').option('--note <text>', 'a word on how')
    .option('--date <YYYY-MM-DD>', 'the day it was met').option('--json', help.json).addHelpText('after', examples['request met'] ?? '')
    .action(lazy(deps, async () => (await import('./commands/request.js')).metRequest, 'id'));
  request.command('drop [id]').description('set a request aside').option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/request.js')).dropRequest, 'id'));

  sub('path', 'the road after an affair: atone, attune, attach')
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/path.js')).path));

  sub('doctor', 'check the journal, its permissions and backups')
    .option('--restore', 'bring back the newest good backup (the current file is kept aside)')
    .option('--fix', 'make the files private again and remove what killed saves left behind')
    .option('-y, --yes', 'do not ask first')
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/doctor.js')).doctor));

  sub('sync', 'merge the sync conflict copies beside the journal (Syncthing) and remove them')
    .option('-y, --yes', 'merge a copy even when it would remove many entries (deleted on the other device)')
    .option('--json', help.json)
    .action(lazy(deps, async () => (await import('./commands/sync.js')).syncCopies));

  sub('merge-driver <base> <ours> <theirs>', 'a git merge driver for the journal (see the README)')
    .action(lazy(deps, async () => (await import('./commands/sync.js')).mergeDriver, 'base', 'ours', 'theirs'));

  sub('completion <shell>', 'print a completion script for bash, zsh or fish')
    .action(lazy(deps, async () => (await import('./commands/completion.js')).completion, 'shell'));

  return program;
}
