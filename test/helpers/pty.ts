// Runs the real binary inside a pseudo-terminal (python3's pty module: no
// native node addon needed), so prompts, Ctrl-C and a closed terminal behave
// as they do for a person. Each step waits for some text, then types.
import { spawn } from 'node:child_process';
import { BIN, baseEnv, tempDir } from './cli.js';

export type PtyStep =
  /**
   * Wait until this text has appeared (after the previous wait's match), then
   * run `trust` with `also` to completion (another process meanwhile), then type `send`.
   */
  | { wait: string; send?: string; also?: string[] }
  /** Close the terminal: the program gets SIGHUP, as when a window is closed. */
  | { hangup: true }
  /** Send the program a signal, the terminal still open (so what it writes on the way out is seen). */
  | { signal: 'SIGTERM' | 'SIGHUP' | 'SIGINT' };

export interface PtyRun {
  /** Everything the program wrote, ANSI sequences removed. */
  output: string;
  /** Everything the program wrote, as written. */
  raw: string;
  code: number | null;
  /** A `wait` text never appeared (the run was stopped after a generous hang guard). */
  stuck: string | null;
}

const DRIVER = String.raw`
import json, os, pty, select, signal, struct, subprocess, sys, time, fcntl, termios
args, steps, guard = json.loads(sys.argv[1]), json.loads(sys.argv[2]), float(sys.argv[3])
pid, fd = pty.fork()
if pid == 0:
    os.execvp(args[0], args)
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 40, int(sys.argv[4]), 0, 0))
out, pos, stuck, closed = b'', 0, None, False
def pump(timeout):
    global out, closed
    if closed: return False
    r, _, _ = select.select([fd], [], [], timeout)
    if not r: return True
    try: data = os.read(fd, 65536)
    except OSError: data = b''
    if not data:
        closed = True
        return False
    out += data
    return True
for step in steps:
    if 'hangup' in step:
        os.close(fd); closed = True
        break
    if 'signal' in step:
        os.kill(pid, getattr(signal, step['signal']))
        continue
    want, end = step['wait'].encode(), time.time() + guard
    while want not in out[pos:] and time.time() < end and pump(0.05): pass
    at = out.find(want, pos)
    if at < 0:
        stuck = step['wait']; break
    pos = at + len(want)
    time.sleep(0.15)  # let the prompt finish drawing before typing
    if step.get('also'): subprocess.run(args[:2] + step['also'], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, check=True)
    if step.get('send'): os.write(fd, step['send'].encode())
end = time.time() + guard
while time.time() < end:
    if not closed: pump(0.05)
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        while pump(0.05): pass
        break
else:
    os.kill(pid, signal.SIGKILL); _, status = os.waitpid(pid, 0)
print(json.dumps({'output': out.decode('utf8', 'replace'), 'code': os.waitstatus_to_exitcode(status), 'stuck': stuck}))
`;

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\r/g;

export const keys = { enter: '\r', ctrlC: '\x03', down: '\x1b[B', space: ' ' };

/**
 * `redirect`: shell redirections for the program (e.g. '> week.html < /dev/null'), the terminal staying its controlling one.
 * `columns`: the terminal's width.
 */
export function ptyTrust(args: string[], steps: PtyStep[], env: Record<string, string> = {}, redirect?: string, columns = 120): Promise<PtyRun> {
  const home = env.HOME ?? tempDir();
  const fullEnv = { ...baseEnv(home), TERM: 'xterm-256color', ...env };
  return new Promise((done, fail) => {
    // The guard only stops a hung run; under a loaded machine it is never reached.
    const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const command = redirect === undefined ? [process.execPath, BIN, ...args] : ['/bin/sh', '-c', `exec ${[process.execPath, BIN, ...args].map(quote).join(' ')} ${redirect}`];
    const child = spawn('python3', ['-c', DRIVER, JSON.stringify(command), JSON.stringify(steps), '60', String(columns)], {
      env: fullEnv,
      cwd: home,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let json = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (json += d));
    child.on('error', fail);
    child.on('close', () => {
      try {
        const r = JSON.parse(json) as Omit<PtyRun, 'raw'>;
        done({ ...r, raw: r.output, output: r.output.replace(ANSI, '') });
      } catch (e) {
        fail(new Error(`pty driver failed: ${String(e)}: ${json}`));
      }
    });
  });
}
