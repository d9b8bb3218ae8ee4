import { describe, expect, it } from 'vitest';
import { notifyEnv } from '../../src/system/notify.js';

const none = () => false;
const busAt = (path: string) => (p: string) => p === path;

describe('notifyEnv: is there a desktop session to notify?', () => {
  it('uses a session bus that is already set', () => {
    const env = { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' };
    expect(notifyEnv(env, 1000, none)).toEqual(env);
  });

  it('trusts a display', () => {
    expect(notifyEnv({ DISPLAY: ':0' }, 1000, none)).toEqual({ DISPLAY: ':0' });
    expect(notifyEnv({ WAYLAND_DISPLAY: 'wayland-0' }, 1000, none)).toEqual({ WAYLAND_DISPLAY: 'wayland-0' });
  });

  it("finds the logged-in user's bus under cron's bare environment", () => {
    expect(notifyEnv({ HOME: '/home/me' }, 1000, busAt('/run/user/1000/bus'))).toEqual({
      HOME: '/home/me',
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus',
    });
  });

  it('prefers XDG_RUNTIME_DIR when set', () => {
    expect(notifyEnv({ XDG_RUNTIME_DIR: '/tmp/rt' }, 1000, busAt('/tmp/rt/bus'))?.DBUS_SESSION_BUS_ADDRESS).toBe('unix:path=/tmp/rt/bus');
  });

  it('gives up quietly when there is no session', () => {
    expect(notifyEnv({ HOME: '/home/me' }, 1000, none)).toBeUndefined();
    expect(notifyEnv({}, undefined, () => true)).toBeUndefined();
  });
});
