// Writes the man page from the program's own --help text, so the two can
// never disagree: the root help, then each command's help under its name.
// `run(args)` returns what `trust <args>` prints.
const roff = (text) =>
  text
    .replace(/\\/g, '\\e')
    .split('\n')
    .map((line) => (/^[.']/.test(line) ? `\\&${line}` : line))
    .join('\n');

const block = (text) => `.nf\n${roff(text.trimEnd())}\n.fi\n`;

export function manPage(version, run) {
  const root = run(['--help']);
  const commands = [];
  const listed = root.slice(root.indexOf('Commands:'), root.indexOf('\nExamples:'));
  for (const m of listed.matchAll(/^ {2}(\S+)/gm)) if (m[1] !== 'help' && m[1] !== 'Commands:') commands.push(m[1]);
  const sections = [];
  for (const name of commands) {
    const help = run([name, '--help']);
    sections.push(`.SS ${name}\n${block(help)}`);
    // Subcommands (jar add, jar remove) have their own help.
    const listedSubs = help.includes('Commands:') ? help.slice(help.indexOf('Commands:')).split('\n\n')[0] ?? '' : '';
    const subs = listedSubs.match(/^ {2}(\w[\w-]*)/gm) ?? [];
    for (const sub of subs.map((s) => s.trim()).filter((s) => s !== 'help')) sections.push(`.SS "${name} ${sub}"\n${block(run([name, sub, '--help']))}`);
  }
  return `.TH TRUST 1 "" "trust ${version}" "User Commands"
.SH NAME
trust \\- a private journal for rebuilding trust in a relationship
.SH SYNOPSIS
.B trust
[\\fIoptions\\fR] \\fIcommand\\fR [\\fIargs\\fR]
.SH DESCRIPTION
${block(root)}
.SH COMMANDS
${sections.join('')}
.SH ENVIRONMENT
.TP
.B TRUST_JOURNAL
the journal file (else \\fI$XDG_DATA_HOME/trust/journal.json\\fR)
.TP
.B TRUST_PASSPHRASE, TRUST_PASSPHRASE_COMMAND
the passphrase of an encrypted journal, or a command that prints it
.TP
.B TRUST_NOW
the date or date-time to use as now
.TP
.B NO_COLOR, FORCE_COLOR
colour off, or on
.SH SAFETY
trust supports self-help; it is not therapy.
If you are in danger, call your local emergency number;
.B trust safety
lists lines to call.
`;
}
