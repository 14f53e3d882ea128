"""The one place Lett imports its Qt binding from, so the binding and its version pin live here.

QtMultimedia is optional: it needs the system's audio libraries, and the display falls back to
the system beep without it (`QSoundEffect` is None then).
"""

from __future__ import annotations

import ctypes
import sys


def _immortal_singletons() -> None:
    """Give None, True and False references enough for a lifetime, as Python 3.12 makes them
    immortal. PySide6 6.12 (an abi3 wheel that still installs on 3.10 and 3.11) hands these
    out without taking a reference, e.g. for every signal emitted or every `QRunnable.run`
    that returns, and on 3.11 the interpreter aborts once one of them runs out."""
    if sys.version_info >= (3, 12) or hasattr(sys, "getobjects"):
        return  # immortal already; or a trace-refs build, whose object header differs
    for singleton in (None, True, False, Ellipsis, NotImplemented):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_immortal_singletons()

from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTime,
    QTimer,
    QTranslator,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (  # noqa: E402
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QFontDatabase,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

try:
    from PySide6.QtMultimedia import QSoundEffect  # noqa: E402
except ImportError:  # no system audio libraries (e.g. libpulse): the display beeps instead
    QSoundEffect = None

__all__ = [
    "QAbstractItemView",
    "QAction",
    "QApplication",
    "QButtonGroup",
    "QCloseEvent",
    "QColor",
    "QComboBox",
    "QCoreApplication",
    "QDialog",
    "QDialogButtonBox",
    "QEvent",
    "QFont",
    "QFontDatabase",
    "QFormLayout",
    "QFrame",
    "QGridLayout",
    "QGroupBox",
    "QHBoxLayout",
    "QHeaderView",
    "QKeySequence",
    "QLabel",
    "QLineEdit",
    "QMainWindow",
    "QMessageBox",
    "QMouseEvent",
    "QObject",
    "QPushButton",
    "QRadioButton",
    "QResizeEvent",
    "QRunnable",
    "QShortcut",
    "QSizePolicy",
    "QSoundEffect",
    "QStackedWidget",
    "QTabWidget",
    "QTableWidget",
    "QTableWidgetItem",
    "QThreadPool",
    "QTime",
    "QTimer",
    "QTranslator",
    "QUrl",
    "QVBoxLayout",
    "QWidget",
    "Qt",
    "Signal",
    "Slot",
]
