// `trust completion bash|zsh|fish`: a completion script made from the
// command tree itself, so a flag added in cli.ts is completed without a
// second list to keep in step. Fixed values (traps, trust types, formats...)
// come from the same constants the validation uses.
import type { Command, Option } from 'commander';
import type { Context } from '../context.js';
import { KINDS, ANSWERS, CHECKLIST, ROLES, TRAPS, TRUST_TYPES } from '../domain/types.js';
import { UsageError } from '../errors.js';
import { sayFit } from '../ui/messages-fit.js';
import { bashScript, fishScript, zshScript, type Tree } from '../ui/completion-scripts.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** Values a flag takes that cannot be read off its commander Option (lists and ratings are checked in validate.ts). */
const VALUES: Record<string, readonly string[]> = {
  '--trap': TRAPS,
  '--type': TRUST_TYPES,
  '--checklist': CHECKLIST,
  '--kind': KINDS,
  '--role': ROLES,
  '--done': ANSWERS,
  '--came-true': ANSWERS,
  '--reassured': ANSWERS,
  '--cost': ['low', 'high'],
};

function flagsOf(options: readonly Option[]): { flags: string[]; values: Record<string, readonly string[]> } {
  const flags: string[] = [];
  const values: Record<string, readonly string[]> = {};
  for (const o of options) {
    for (const f of [o.short, o.long]) if (f) flags.push(f);
    const fixed = o.argChoices ?? (o.long ? VALUES[o.long] : undefined);
    if (o.long && fixed && (o.required || o.optional)) values[o.long] = fixed;
  }
  return { flags, values };
}

/** Every command path ("jar add") with its flags and their fixed values. */
export function completionTree(program: Command): Tree {
  const top = flagsOf(program.options);
  // Flags that work after any command (the version flag belongs to the top only).
  const shared = top.flags.filter((f) => f !== '-V' && f !== '--version').concat('--help');
  const commands: Tree['commands'] = [];
  const walk = (cmd: Command, path: string[]) => {
    for (const sub of cmd.commands) {
      const name = [...path, sub.name()];
      const own = flagsOf(sub.options);
      commands.push({ path: name.join(' '), subcommands: sub.commands.map((c) => c.name()), flags: [...new Set([...own.flags, ...shared])], values: own.values });
      walk(sub, name);
    }
  };
  walk(program, []);
  const names = program.commands.map((c) => c.name());
  // commander adds `help [command]` itself; it completes the command names.
  commands.push({ path: 'help', subcommands: names, flags: [], values: {} });
  return { name: program.name(), top: [...names, 'help', ...top.flags, '--help'], commands };
}

export async function completion(opts: { shell?: string }, ctx: Context): Promise<void> {
  const shell = opts.shell;
  if (shell !== 'bash' && shell !== 'zsh' && shell !== 'fish') throw new UsageError(sayFit.badShell(shell ?? '', SHELLS));
  const { createProgram } = await import('../cli.js');
  const tree = completionTree(createProgram(ctx.deps));
  const script = shell === 'bash' ? bashScript(tree) : shell === 'zsh' ? zshScript(tree) : fishScript(tree);
  ctx.deps.stdout.write(script);
}
