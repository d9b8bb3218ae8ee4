// The program's view of stdin and stdout, built lazily. Creating
// process.stdout or process.stdin costs a couple of milliseconds each (they
// load Node's stream and socket code), which is a tenth of Node's own start-up:
// `trust --help` or a cron run writing to a pipe need neither.
import { fstatSync, writeSync } from 'node:fs';
import type { Output } from './context.js';

/** True when `fd` is a pipe, a file or a socket: certainly not a terminal, decided without loading tty. */
export function isPlain(fd: number): boolean {
  try {
    return !fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

/**
 * Writes to a pipe or a file with plain synchronous writes (what Node does
 * for them anyway). A pipe another process made non-blocking answers EAGAIN:
 * from then on process.stdout, which can wait, takes over. A reader that went
 * away (`trust list | head -1`) is not an error.
 */
export function plainOutput(fd: number, stream: () => NodeJS.WriteStream): Output {
  let fallback: NodeJS.WriteStream | undefined;
  let closed = false;
  return {
    isTTY: false,
    write(text: string) {
      if (fallback) return fallback.write(text);
      if (closed) return false;
      const bytes = Buffer.from(text, 'utf8');
      let done = 0;
      try {
        while (done < bytes.length) done += writeSync(fd, bytes, done);
        return true;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          closed = true;
          return false;
        }
        if (code !== 'EAGAIN') throw e;
        fallback = stream();
        return fallback.write(bytes.subarray(done));
      }
    },
  };
}

/**
 * process.stdout, where a reader that stops early (`trust list | head -3`) is
 * not an error: the command still finishes its work, its remaining output
 * just goes nowhere.
 */
function quietStdout(): NodeJS.WriteStream {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
  return process.stdout;
}

/** stdout as the program uses it: plain writes for a pipe or a file, process.stdout for a terminal. */
export function lazyStdout(): () => Output {
  let out: Output | undefined;
  return () => (out ??= isPlain(1) ? plainOutput(1, quietStdout) : quietStdout());
}

/** Both ends are terminals; stdin is only built when stdout already is one. */
export function bothTerminals(): boolean {
  return !isPlain(0) && !isPlain(1) && process.stdin.isTTY === true && process.stdout.isTTY === true;
}
