"""The staff main window's time to first paint and its memory, with 100,000 past tickets.

Figure: from the start of the process (before Qt and Lett are imported) to the first paint of
the main window, on a store holding 100,000 past tickets with their events; the resident
memory once the window has loaded its data. Baseline: a bare Qt main window with one label,
started and measured the same way. Each is a fresh process, run several times; medians.
"""

from __future__ import annotations

import time

START = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def seed(home: Path, tickets: int) -> None:
    """A demo office with `tickets` finished tickets over the past year, and their events."""
    import sqlite3

    from app.core.ids import uuid7
    from app.operations.bootstrap import open_local
    from app.operations.context import staff_actor
    from app.operations.setup import create_demo_office

    local = open_local(home)
    office_id = create_demo_office(local.db, staff_actor())
    local.close()
    con = sqlite3.connect(home / "lett.sqlite3")
    services = con.execute("SELECT id, code FROM services").fetchall()
    counters = [r[0] for r in con.execute("SELECT id FROM counters")]
    start = datetime.now(UTC) - timedelta(days=366)
    visits, rows, events = [], [], []
    per_day = 300
    for i in range(tickets):
        day_start = start + timedelta(days=i // per_day, hours=7)
        service_id, code = services[i % len(services)]
        arrived = day_start + timedelta(seconds=(i % per_day) * 90)
        called = arrived + timedelta(minutes=8)
        done = called + timedelta(minutes=6)
        fmt = "%Y-%m-%d %H:%M:%S.%f"
        visit = uuid7()
        ticket = uuid7()
        counter = counters[i % len(counters)]
        visits.append((visit, office_id, 1, "", None, arrived.strftime(fmt), done.strftime(fmt)))
        rows.append((
            ticket, office_id, 1, "", None, visit, service_id, service_id,
            arrived.date().isoformat(), i % per_day + 1, f"{code}{i % per_day + 1:03d}", "done",
            0, "et", "kiosk", arrived.strftime(fmt), arrived.strftime(fmt), arrived.strftime(fmt),
            counter, None, 1, called.strftime(fmt), called.strftime(fmt), done.strftime(fmt),
            "served", 5, 15, 3, None,
        ))
        for kind, at in (("issued", arrived), ("called", called), ("finished", done)):
            events.append((uuid7(), office_id, 1, "", None, ticket, kind, at.strftime(fmt),
                           "bench", counter if kind != "issued" else None, None))
    con.executemany("INSERT INTO visits (id, office_id, hlc, device_id, deleted_at, arrived_at,"
                    " left_at) VALUES (?,?,?,?,?,?,?)", visits)
    con.executemany(
        "INSERT INTO tickets (id, office_id, hlc, device_id, deleted_at, visit_id, service_id,"
        " issued_service_id, day, seq, number, status, priority, lang, source, issued_at,"
        " arrived_at, queue_key, counter_id, target_counter_id, call_count, called_at,"
        " first_called_at, finished_at, outcome, est_wait_low_min, est_wait_high_min,"
        " people_ahead, replaces_id) VALUES (" + ",".join("?" * 29) + ")", rows)
    con.executemany(
        "INSERT INTO ticket_events (id, office_id, hlc, device_id, deleted_at, ticket_id, kind,"
        " at, actor, counter_id, data) VALUES (?,?,?,?,?,?,?,?,?,?,?)", events)
    con.commit()
    con.close()


def child_lett(home: Path) -> dict[str, float]:
    from app.operations.bootstrap import open_local
    from app.operations.context import staff_actor
    from app.ui.app import application
    from app.ui.main_window import MainWindow
    from app.ui.qt import QEvent, QObject, QTimer
    from app.ui.qt_i18n import install_language
    from app.ui.runner import Runner
    from app.ui.watch import DataWatch

    app = application()
    local = open_local(home)
    install_language(local.settings.get("ui.language"))
    runner = Runner(lambda: local.context(staff_actor()))  # as run_main: opened off the UI
    watch = DataWatch(local.database_url)
    window = MainWindow(runner, local.settings, watch)
    loaded: dict[str, float] = {}
    window.queue_tab.waiting_changed.connect(
        lambda _n: loaded.setdefault("data_s", time.perf_counter() - START))
    result = _measure(app, window, QEvent, QObject, QTimer)
    return {**result, **loaded}


def child_bare() -> dict[str, float]:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Lett"))
    window.resize(1280, 800)
    return _measure(app, window, QEvent, QObject, QTimer)


def _measure(app, window, QEvent, QObject, QTimer) -> dict[str, float]:  # noqa: N803
    result: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and "paint_s" not in result:
                result["paint_s"] = time.perf_counter() - START
                # let queued loads finish, then read the memory
                QTimer.singleShot(1500, finish)
            return False

    def finish() -> None:
        app.processEvents()
        result["rss_mb"] = rss_mb()
        app.quit()

    spy = FirstPaint()
    window.installEventFilter(spy)
    window.resize(1280, 800)
    window.show()
    app.exec()
    return result


def run_child(kind: str, home: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "LETT_HOME": str(home)}
    out = subprocess.run([sys.executable, __file__, "--child", kind, "--home", str(home)],
                         env=env, capture_output=True, text=True, timeout=300, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child", choices=["lett", "bare"])
    parser.add_argument("--home", type=Path)
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.child == "lett":
        print(json.dumps(child_lett(args.home)))
        return
    if args.child == "bare":
        print(json.dumps(child_bare()))
        return

    home = Path(tempfile.mkdtemp(prefix="lett-bench-"))
    t = time.perf_counter()
    seed(home, args.tickets)
    print(f"seeded {args.tickets} past tickets in {time.perf_counter() - t:.1f} s")
    # As installed (pip or the PyInstaller build), Lett's modules are compiled ahead.
    subprocess.run([sys.executable, "-m", "compileall", "-q", "app", "printers", "resources"],
                   cwd=ROOT, check=True, capture_output=True)
    lett = [run_child("lett", home) for _ in range(args.runs)]
    bare = [run_child("bare", home) for _ in range(args.runs)]
    lp = statistics.median(r["paint_s"] for r in lett)
    bp = statistics.median(r["paint_s"] for r in bare)
    ld = statistics.median(r["data_s"] for r in lett)
    lr = statistics.median(r["rss_mb"] for r in lett)
    br = statistics.median(r["rss_mb"] for r in bare)
    print(f"main window, {args.tickets} past tickets, median of {args.runs} fresh processes")
    print(f"  lett:     first paint {lp * 1000:7.1f} ms   RSS {lr:6.1f} MB"
          f"   (queue data shown at {ld * 1000:.0f} ms)")
    print(f"  baseline: first paint {bp * 1000:7.1f} ms   RSS {br:6.1f} MB  (bare Qt window)")
    print(f"  ratio first paint lett/baseline: {lp / bp:.2f}   RSS ratio: {lr / br:.2f}")
    ok = lp / bp < 3 and lr < 250
    print(f"  target ratio < 3, RSS < 250 MB: {'met' if ok else 'NOT met'}")


if __name__ == "__main__":
    main()
