"""Start-up time: `lett` to its sign-in dialog, and `lett queue call`, as fresh processes.

Figures:
- sign-in: from just before the process is started until the sign-in dialog of `lett` first
  paints (Lett prints the moment and leaves when LETT_EXIT_AT_SIGN_IN is set), on a demo
  office's data folder, under the offscreen Qt platform (or the X server in DISPLAY with
  `--x11`);
- queue call: `lett queue call --counter 1` from start to exit, with a ticket waiting;
- queue --help: `lett queue --help`, the parser alone.
Baselines, measured in the same run, interleaved with the figures: `python -c "pass"` and
`python -c "import PySide6.QtWidgets"`, start to exit. Each is a fresh process, run several
times; medians. Lett's modules are compiled ahead first, as an installed Lett's are.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"sign-in": 1.5, "queue call": 0.6}


def _env(home: Path, x11: bool) -> dict[str, str]:
    env = {**os.environ, "LETT_HOME": str(home), "PYTHONPATH": str(ROOT)}
    env.pop("LETT_USER", None)
    if not x11:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _timed(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from just before the start of `cmd` to its exit."""
    t = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - t


def _cpu() -> float:
    """CPU seconds (user + system) of the finished child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _sign_in_shown(env: dict[str, str]) -> float:
    """Seconds from just before the start of `lett` to the first paint of its sign-in dialog."""
    started = time.time()
    out = subprocess.run([sys.executable, "-m", "app.cli"],
                         env={**env, "LETT_EXIT_AT_SIGN_IN": "1"}, cwd=ROOT, check=True,
                         capture_output=True, text=True, timeout=120)
    shown = [line for line in out.stdout.splitlines() if line.startswith("sign-in shown ")]
    if not shown:
        raise SystemExit(f"no sign-in dialog was shown:\n{out.stdout}\n{out.stderr}")
    return float(shown[0].split()[-1]) - started


def _set_up(home: Path, tickets: int) -> None:
    """A demo office with `tickets` tickets waiting for service A."""
    env = _env(home, False)
    subprocess.run([sys.executable, "-m", "app.cli", "demo"], env=env, cwd=ROOT, check=True,
                   capture_output=True)
    script = (
        "from app.operations.bootstrap import open_local\n"
        "from app.operations.context import staff_actor\n"
        "from app.operations.queue import issue_ticket\n"
        f"local = open_local()\nctx = local.context(staff_actor())\n"
        f"for _ in range({tickets}):\n    issue_ticket(ctx, 'A', 'et', 0, 'desk')\n"
    )
    subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--x11", action="store_true",
                        help="show the dialog on the X server in DISPLAY, not offscreen")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="lett-bench-startup-"))
    _set_up(home, args.runs + 1)
    # As installed (pip or the PyInstaller build), Lett's modules are compiled ahead.
    subprocess.run([sys.executable, "-m", "compileall", "-q", "app", "printers", "resources"],
                   cwd=ROOT, check=True, capture_output=True)
    env = _env(home, args.x11)
    py = sys.executable
    lett = [py, "-m", "app.cli"]
    cases = {
        "python -c pass": lambda: _timed([py, "-c", "pass"], env),
        "import PySide6.QtWidgets": lambda: _timed([py, "-c", "import PySide6.QtWidgets"], env),
        "sign-in": lambda: _sign_in_shown(env),
        "queue call": lambda: _timed([*lett, "queue", "call", "--counter", "1"], env),
        "queue --help": lambda: _timed([*lett, "queue", "--help"], env),
    }
    for run in cases.values():  # warm the file cache
        run()
    times: dict[str, list[float]] = {name: [] for name in cases}
    cpu: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.runs):  # interleaved, so a change of the machine's load hits all alike
        for name, run in cases.items():
            before = _cpu()
            times[name].append(run())
            cpu[name].append(_cpu() - before)
    med = {name: statistics.median(ts) for name, ts in times.items()}
    qt, bare = med["import PySide6.QtWidgets"], med["python -c pass"]
    platform = "X server " + os.environ.get("DISPLAY", "?") if args.x11 else "offscreen"
    print(f"start-up, median of {args.runs} fresh processes (Qt platform: {platform}); "
          f"load average {os.getloadavg()[0]:.1f}")
    print("  (CPU: user + system time of the whole process, to its exit)")
    for name, m in med.items():
        line = (f"  {name:<26} {m * 1000:7.0f} ms   CPU {statistics.median(cpu[name]) * 1000:5.0f}"
                f" ms   x{m / bare:5.1f} of python -c pass   x{m / qt:4.1f} of import PySide6")
        if name in TARGETS:
            line += f"   target < {TARGETS[name]} s: {'met' if m < TARGETS[name] else 'NOT met'}"
        print(line)


if __name__ == "__main__":
    main()
