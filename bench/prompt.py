# Time to the first prompt at a real terminal: runs a command in a
# pseudo-terminal (as test/helpers/pty.ts does), waits for WANT to appear,
# prints the milliseconds from just before the fork, and kills the command.
#   python3 bench/prompt.py WANT program args...
import os, pty, select, signal, sys, time, struct, fcntl, termios

want, args = sys.argv[1].encode(), sys.argv[2:]
start = time.perf_counter()
pid, fd = pty.fork()
if pid == 0:
    os.execvp(args[0], args)
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 40, 120, 0, 0))
out, found, end = b'', None, start + 60
while found is None and time.perf_counter() < end:
    r, _, _ = select.select([fd], [], [], 0.5)
    if not r:
        continue
    try:
        data = os.read(fd, 65536)
    except OSError:
        break
    if not data:
        break
    out += data
    if want in out:
        found = time.perf_counter()
os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)
if found is None:
    sys.stderr.write('the prompt never appeared: ' + out.decode('utf8', 'replace')[-300:] + '\n')
    sys.exit(1)
print('%.3f' % ((found - start) * 1000))
