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
    return false; // a closed or odd descriptor: not shown to be plain, so treated as the terminal it may be
  }
}

/** Told once about the first failed write; main.ts decides what it means for the exit. */
export type Lost = (error: NodeJS.ErrnoException) => void;

/**
 * Writes to a pipe or a file with plain synchronous writes (what Node does
 * for them anyway). A pipe another process made non-blocking answers EAGAIN:
 * from then on process.stdout, which can wait, takes over. A failed write
 * (a reader that went away, a full disk) never throws into the command: the
 * rest of the output goes nowhere and `lost` hears of it once.
 */
export function plainOutput(fd: number, stream: () => NodeJS.WriteStream, lost: Lost = () => undefined): Output {
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
        // writeSync only throws system errors.
        const error = e as NodeJS.ErrnoException;
        if (error.code !== 'EAGAIN') {
          closed = true;
          lost(error);
          return false;
        }
        fallback = stream();
        return fallback.write(bytes.subarray(done));
      }
    },
  };
}

/**
 * process.stdout, where a failed write (a reader that stops early, /dev/full,
 * a closed terminal) is never a crash: the command still finishes its work,
 * its remaining output just goes nowhere, and `lost` hears of it once.
 */
function quietStdout(lost: Lost): NodeJS.WriteStream {
  let told = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (!told) lost(error);
    told = true;
  });
  return process.stdout;
}

/** stdout as the program uses it: plain writes for a pipe or a file, process.stdout for a terminal. */
export function lazyStdout(lost: Lost): () => Output {
  let out: Output | undefined;
  const stream = () => quietStdout(lost);
  return () => (out ??= isPlain(1) ? plainOutput(1, stream, lost) : stream());
}

/** process.stderr, where a failed write is ignored: there is nowhere left to say so. */
export function quietStderr(): NodeJS.WriteStream {
  if (process.stderr.listenerCount('error') === 0) process.stderr.on('error', () => undefined);
  return process.stderr;
}

/** Both ends are terminals; stdin is only built when stdout already is one. */
export function bothTerminals(): boolean {
  return !isPlain(0) && !isPlain(1) && process.stdin.isTTY === true && process.stdout.isTTY === true;
}
