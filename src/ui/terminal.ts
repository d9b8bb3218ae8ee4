// The controlling terminal (/dev/tty), for the one question that must reach
// the person even when stdin and stdout are redirected: the passphrase
// (`trust report > week.html`). gpg and ssh ask the same way.
// Loaded only when a question must go there (tty brings net and streams with it).
import { openSync } from 'node:fs';
import { ReadStream, WriteStream } from 'node:tty';

export interface Terminal {
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
  close(): void;
}

/** The controlling terminal, or undefined where there is none (cron, CI, a daemon). */
export function controllingTerminal(): Terminal | undefined {
  let inFd: number;
  let outFd: number;
  try {
    inFd = openSync('/dev/tty', 'r');
    outFd = openSync('/dev/tty', 'w');
  } catch {
    // ENXIO (no controlling terminal) or ENOENT: nowhere to ask.
    return undefined;
  }
  const input = new ReadStream(inFd);
  const output = new WriteStream(outFd);
  return {
    input,
    output,
    close() {
      input.destroy();
      output.destroy();
    },
  };
}
