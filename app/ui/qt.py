"""The one place Lett imports its Qt binding from, so the binding and its version pin live here.

QtMultimedia is optional and loaded on first use: it needs the system's audio libraries, and the
display falls back to the system beep without it.
"""

from __future__ import annotations

from PySide6.QtCore import (
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
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
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


def sound_effect_class() -> type | None:
    """QtMultimedia's QSoundEffect, loaded on first use (only the display plays sound, and the
    module is slow to load); None without the system's audio libraries (e.g. libpulse)."""
    try:
        from PySide6.QtMultimedia import QSoundEffect
    except ImportError:
        return None
    return QSoundEffect

__all__ = [
    "sound_effect_class",
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
    "QKeyEvent",
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
