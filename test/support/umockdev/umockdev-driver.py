# Runs a command inside a umockdev testbed and plugs or unplugs emulated USB devices on request.
#
#   umockdev-wrapper /usr/bin/python3 umockdev-driver.py [--plug NAME]... -- COMMAND...
#
# The controlling test appends lines "add NAME" / "remove NAME" to the file $UMOCKDEV_CMD (given
# in the environment) and sends SIGUSR1 to this process; every new line is applied in order, so
# signals that arrive together lose nothing. (No FIFO: umockdev's preload holds a global lock
# around wrapped open() calls, and a blocking open deadlocks.) For the latency bench each uevent
# is logged to $UMOCKDEV_LOG as "uevent ACTION NAME <CLOCK_MONOTONIC ns>" (for an add also "added
# NAME <ns>" once umockdev has created the device and sent its uevent), and the command's pid
# as "child PID". The command inherits the Node IPC channel (NODE_CHANNEL_FD) when there is one.
import gi
import os
import select
import signal
import subprocess
import sys
import time

gi.require_version('UMockdev', '1.0')
from gi.repository import UMockdev  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import usb_testbed_devices as devices  # noqa: E402

args = sys.argv[1:]
initial = []
while args and args[0] != '--':
    if args[0] == '--plug' and len(args) > 1:
        initial.append(args[1])
        args = args[2:]
    else:
        sys.exit(f'umockdev-driver: unexpected argument {args[0]!r}')
command = args[1:]
if not command:
    sys.exit('umockdev-driver: no command after --')

cmd_file = os.environ['UMOCKDEV_CMD']
log_file = os.environ.get('UMOCKDEV_LOG')
consumed = 0

tb = UMockdev.Testbed.new()
tb.add_from_string(devices.HUB)
for name in initial:
    tb.add_from_string(devices.description(name))


def log(line):
    if log_file:
        with open(log_file, 'a') as f:
            f.write(line + '\n')


def apply(op, name):
    if name not in devices.TABLE:
        log(f'error unknown device {name}')
        return
    path = devices.syspath(name)
    if op == 'add':
        # add_from_string emits the "add" uevent itself (umockdev 0.17), so the time is taken
        # before it: the latency then also counts umockdev creating the sysfs entries.
        log(f'uevent add {name} {time.monotonic_ns()}')
        tb.add_from_string(devices.description(name))
        log(f'added {name} {time.monotonic_ns()}')
    elif op == 'remove':
        # remove_device does not emit one: send "remove" first, as the kernel would.
        log(f'uevent remove {name} {time.monotonic_ns()}')
        tb.uevent(path, 'remove')
        tb.remove_device(path)
    else:
        log(f'error unknown op {op}')


busy = False
again = False


def apply_new_lines():
    global consumed
    with open(cmd_file) as f:
        f.seek(consumed)
        text = f.read()
    # Only whole lines: a line still being written is picked up on the next pass.
    complete = text[: text.rfind('\n') + 1]
    consumed += len(complete.encode())
    for line in complete.splitlines():
        parts = line.split()
        if len(parts) == 2:
            apply(parts[0], parts[1])
    log(f'applied {consumed}')


def on_signal(signum, frame):
    # Python may run this handler again inside itself (a signal arriving mid-uevent); the nested
    # call only asks the outer one to look again, so commands are applied once and in order.
    global busy, again
    again = True
    if busy:
        return
    busy = True
    try:
        while again:
            again = False
            apply_new_lines()
    finally:
        busy = False
    if again:  # a signal landed between the last pass and `busy = False`
        on_signal(signum, frame)


signal.signal(signal.SIGUSR1, on_signal)
# Stop the command with us when the test kills us.
signal.signal(signal.SIGTERM, lambda s, f: child.terminate())

env = dict(os.environ, UMOCKDEV_DIR=tb.get_root_dir(), UMOCKDEV_DRIVER_PID=str(os.getpid()),
           LD_PRELOAD='libumockdev-preload.so.0:' + os.environ.get('LD_PRELOAD', ''))
ipc_fd = os.environ.get('NODE_CHANNEL_FD')
pass_fds = (int(ipc_fd),) if ipc_fd else ()
child = subprocess.Popen(command, env=env, pass_fds=pass_fds)
log(f'child {child.pid}')
# umockdev runs GLib threads, and a signal delivered to one of them would not interrupt a blocking
# wait in this (main) thread, leaving the command unapplied until the next signal. The wakeup fd
# is written whichever thread receives it, so the main thread wakes and runs the handler at once.
wake_r, wake_w = os.pipe()
os.set_blocking(wake_r, False)
os.set_blocking(wake_w, False)
signal.set_wakeup_fd(wake_w)
while child.poll() is None:
    select.select([wake_r], [], [], 0.5)
    try:
        os.read(wake_r, 512)
    except BlockingIOError:
        pass
rc = child.returncode
del tb  # the testbed removes its temporary root directory when finalized
sys.exit(rc if rc >= 0 else 128 - rc)
