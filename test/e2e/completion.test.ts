// The completion scripts, loaded into real bash, zsh and fish and asked for
// completions the way each shell asks when Tab is pressed.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, trust } from '../helpers/cli.js';

const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;
const run = (shell: string, script: string) => spawnSync(shell, ['-c', script], { encoding: 'utf8' });
const skipped = (shell: string) => (has(shell) ? '' : ` (skipped: ${shell} is not installed; scripts/test-deps.sh installs it)`);

const scripts: Record<string, string> = {};
beforeAll(async () => {
  const dir = tempDir();
  for (const shell of ['bash', 'zsh', 'fish']) {
    const r = await trust(['completion', shell]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    scripts[shell] = join(dir, `trust.${shell}`);
    writeFileSync(scripts[shell], r.stdout);
  }
});

describe.skipIf(!has('bash'))(`bash completion${skipped('bash')}`, () => {
  const complete = (...words: string[]) => {
    const arr = words.map((w) => `'${w}'`).join(' ');
    const r = run('bash', `source '${scripts.bash}'; COMP_WORDS=(trust ${arr}); COMP_CWORD=${words.length}; _trust_complete; printf '%s\\n' "\${COMPREPLY[@]}"`);
    expect(r.stderr).toBe('');
    return r.stdout.trim().split('\n');
  };
  it.each([
    [['rep'], ['report']],
    [['report', '--format', ''], ['text', 'markdown', 'json', 'html']],
    [['export', '--format', ''], ['json', 'markdown', 'csv']],
    [['log', '--trap', 'mind-reading,fo'], ['mind-reading,fortune-telling']],
    [['jar', 'a'], ['add']],
    [['jar', 'add', '--j'], ['--json']],
    [['init', '--role', 'b'], ['broke-trust', 'both']],
    [['help', 'rep'], ['report']],
    [['comp'], ['completion']],
  ])('%j offers %j', (words, offered) => {
    expect(complete(...words)).toEqual(offered);
  });
  it('offers every flag of log', () => {
    expect(complete('log', '--')).toEqual(expect.arrayContaining(['--thought', '--action', '--prediction', '--json', '--file', '--help']));
  });
});

describe.skipIf(!has('zsh'))(`zsh completion${skipped('zsh')}`, () => {
  it('loads after compinit without an error', () => {
    const r = run('zsh', `autoload -U compinit && compinit -u && source '${scripts.zsh}' && echo ok`);
    expect(r).toMatchObject({ status: 0, stdout: 'ok\n', stderr: '' });
  });
  // compadd only works inside a completion widget: stand it in to see what the function offers.
  const complete = (...words: string[]) => {
    const arr = words.map((w) => `'${w}'`).join(' ');
    const r = run('zsh', `compadd() { [[ $1 == -S ]] && shift 2; [[ $1 == -- ]] && shift; print -l -- "$@"; }; compset() { :; }; compdef() { :; };
      source '${scripts.zsh}'; words=(trust ${arr}); CURRENT=${words.length + 1}; _trust`);
    expect(r.stderr).toBe('');
    return r.stdout.trim().split('\n');
  };
  it.each([
    [['report', '--format', ''], ['text', 'markdown', 'json', 'html']],
    [['review', 'abcd', '--came-true', ''], ['yes', 'partly', 'no']],
    [['jar', ''], ['add', 'remove', '--json', '--file', '--no-color', '--help']],
  ])('%j offers %j', (words, offered) => {
    expect(complete(...words)).toEqual(offered);
  });
});

describe.skipIf(!has('fish'))(`fish completion${skipped('fish')}`, () => {
  const complete = (line: string) => {
    const r = run('fish', `source '${scripts.fish}'; complete -C '${line}'`);
    expect(r.stderr).toBe('');
    return r.stdout.trim().split('\n').map((l) => l.split('\t')[0]);
  };
  it.each([
    ['trust rep', ['report']],
    ['trust report --format ', ['html', 'json', 'markdown', 'text']],
    ['trust jar a', ['add']],
    ['trust log --trap mind-reading,fo', ['mind-reading,fortune-telling']],
    ['trust help exp', ['export']],
  ])('%j offers %j', (line, offered) => {
    expect(complete(line)).toEqual(offered);
  });
});

describe('trust completion', () => {
  it('refuses a shell it does not know, exit 2, one line', async () => {
    const r = await trust(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('bash, zsh, fish');
  });
});

describe('trust help', () => {
  it.each([[['help', 'report']], [['help', 'jar']], [['help']]])('%j prints the same as --help', async (args) => {
    const viaHelp = await trust(args);
    const viaFlag = await trust([...args.slice(1), '--help']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
    expect(viaHelp.stdout).toContain('Usage: trust');
  });
});
