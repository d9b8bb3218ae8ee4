// The three completion scripts, written from one description of the command
// tree (src/commands/completion.ts builds it from commander). Command paths
// are joined with "/" inside the scripts ("jar/add"). Each script finds the
// command path from the words typed so far, then offers either the values of
// the flag just typed or the subcommands and flags at that path.

export interface Tree {
  name: string;
  /** What the bare command offers: its commands and its own flags. */
  top: string[];
  commands: { path: string; subcommands: string[]; flags: string[]; values: Record<string, readonly string[]> }[];
}

/** Each command path's flags with fixed values. */
const valued = (t: Tree) => t.commands.flatMap((c) => Object.entries(c.values).map(([flag, vals]) => ({ path: key(c.path), flag, vals })));

const key = (path: string) => path.replace(/ /g, '/');
const words = (list: readonly string[]) => list.join(' ');
/** Flags whose value is a comma-separated list: the last item is completed. */
const LISTS = new Set(['--trap', '--type', '--checklist', '--fields']);

export function bashScript(t: Tree): string {
  const paths = t.commands.map((c) => key(c.path));
  const valueCases = valued(t)
    .map(({ path, flag, vals }) =>
      LISTS.has(flag)
        ? `    "${path} ${flag}") pre=""; [[ $cur == *,* ]] && pre="\${cur%,*},"; COMPREPLY=($(compgen -P "$pre" -W "${words(vals)}" -- "\${cur##*,}")); return ;;`
        : `    "${path} ${flag}") COMPREPLY=($(compgen -W "${words(vals)}" -- "$cur")); return ;;`,
    )
    .join('\n');
  const pathCases = t.commands.map((c) => `    ${key(c.path)}) opts="${words([...c.subcommands, ...c.flags])}" ;;`).join('\n');
  return `# ${t.name} completion for bash: add to ~/.bashrc
#   source <(${t.name} completion bash)
_${t.name}_complete() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local known=" ${words(paths)} " path="" w i opts pre
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    [[ $w == -* ]] && continue
    [[ $known == *" \${path:+$path/}$w "* ]] && path="\${path:+$path/}$w"
  done
  case "$path $prev" in
${valueCases}
    *" --file"|*" --out") COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac
  case "$path" in
${pathCases}
    *) opts="${words(t.top)}" ;;
  esac
  COMPREPLY=($(compgen -W "$opts" -- "$cur"))
}
complete -o default -F _${t.name}_complete ${t.name}
`;
}

export function zshScript(t: Tree): string {
  const paths = t.commands.map((c) => key(c.path));
  const valueCases = valued(t)
    .map(({ path, flag, vals }) =>
      LISTS.has(flag)
        ? `    "${path} ${flag}") compset -P '*,'; compadd -S '' -- ${words(vals)}; return ;;`
        : `    "${path} ${flag}") compadd -- ${words(vals)}; return ;;`,
    )
    .join('\n');
  const pathCases = t.commands.map((c) => `    ${key(c.path)}) compadd -- ${words([...c.subcommands, ...c.flags])} ;;`).join('\n');
  return `#compdef ${t.name}
# ${t.name} completion for zsh: add to ~/.zshrc (after compinit)
#   source <(${t.name} completion zsh)
_${t.name}() {
  local known=" ${words(paths)} " path="" w i
  for ((i = 2; i < CURRENT; i++)); do
    w=\${words[i]}
    [[ $w == -* ]] && continue
    [[ $known == *" \${path:+$path/}$w "* ]] && path="\${path:+$path/}$w"
  done
  case "$path \${words[CURRENT-1]}" in
${valueCases}
    *" --file"|*" --out") _files; return ;;
  esac
  case "$path" in
${pathCases}
    *) compadd -- ${words(t.top)} ;;
  esac
}
compdef _${t.name} ${t.name}
`;
}

export function fishScript(t: Tree): string {
  const n = t.name;
  const lines = [`# ${n} completion for fish: save as ~/.config/fish/completions/${n}.fish`, `#   ${n} completion fish > ~/.config/fish/completions/${n}.fish`, `complete -c ${n} -f`];
  // "__trust_at jar add": true when the command path typed so far is exactly that.
  lines.push(`function __${n}_at
    set -l path
    for w in (commandline -opc)[2..-1]
        string match -q -- '-*' $w; and continue
        contains -- (string join / $path $w) ${words(t.commands.map((c) => key(c.path)))}; and set path $path $w
    end
    set -l typed (string join / $path)
    set -l wanted (string join / $argv)
    test "$typed" = "$wanted"
end`);
  const flag = (f: string, cond: string, values: Record<string, readonly string[]>) => {
    const vals = values[f];
    const name = f.startsWith('--') ? `-l ${f.slice(2)}` : `-s ${f.slice(1)}`;
    const arg = vals ? ` -x -a '${LISTS.has(f) ? `(__${n}_list ${words(vals)})` : words(vals)}'` : f === '--file' || f === '--out' ? ' -r -F' : '';
    return `complete -c ${n} -n '${cond}' ${name}${arg}`;
  };
  // A comma-separated list: offer each value after what was typed up to the last comma.
  lines.push(`function __${n}_list
    set -l before (string replace -r '[^,]*$' '' -- (commandline -ct))
    for v in $argv
        echo $before$v
    end
end`);
  for (const w of t.top) lines.push(w.startsWith('-') ? flag(w, `__${n}_at`, {}) : `complete -c ${n} -n '__${n}_at' -a ${w}`);
  for (const c of t.commands) {
    const cond = `__${n}_at ${c.path}`;
    for (const s of c.subcommands) lines.push(`complete -c ${n} -n '${cond}' -a ${s}`);
    for (const f of c.flags) lines.push(flag(f, cond, c.values));
  }
  return `${lines.join('\n')}\n`;
}
