// A desktop notification through notify-send, when there is plausibly a
// desktop to show it on. Best effort by design: a missing notify-send, no
// session bus or a failing daemon must never turn a reminder into an error.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv } from './child-env.js';

/**
 * The environment notify-send needs, or undefined when no session is in
 * reach. cron leaves out DBUS_SESSION_BUS_ADDRESS, but a logged-in user's
 * bus still lives at $XDG_RUNTIME_DIR/bus (/run/user/<uid>/bus).
 */
export function notifyEnv(
  env: NodeJS.ProcessEnv,
  uid: number | undefined,
  exists: (path: string) => boolean = existsSync,
): NodeJS.ProcessEnv | undefined {
  if (env.DBUS_SESSION_BUS_ADDRESS || env.DISPLAY || env.WAYLAND_DISPLAY) return env;
  const runtime = env.XDG_RUNTIME_DIR || (uid === undefined ? undefined : `/run/user/${uid}`);
  if (!runtime) return undefined;
  const bus = join(runtime, 'bus');
  return exists(bus) ? { ...env, DBUS_SESSION_BUS_ADDRESS: `unix:path=${bus}` } : undefined;
}

/** Shows the notification if it can; says whether it did. */
export function notify(title: string, body: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const session = notifyEnv(env, process.getuid?.());
  if (!session) return Promise.resolve(false);
  return new Promise((done) => {
    execFile('notify-send', ['--app-name=trust', title, body], { env: childEnv(session), timeout: 5_000 }, (error) => done(!error));
  });
}
