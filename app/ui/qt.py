"""The one place Lett imports its Qt binding from, so the binding and its version pin live here.

QtMultimedia is optional and loaded on first use: it needs the system's audio libraries, and the
display falls back to the system beep without it.
"""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QRect,
    QRunnable,
    QSize,
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
    QDesktopServices,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QImage,
    QImageReader,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)


def sound_effect_class() -> type | None:
    """QtMultimedia's QSoundEffect, loaded on first use (only the display plays sound, and the
    module is slow to load); None without the system's audio libraries (e.g. libpulse)."""
    try:
        from PySide6.QtMultimedia import QSoundEffect
    except ImportError:
        return None
    return QSoundEffect


def audio_output() -> SimpleNamespace | None:
    """QtMultimedia's raw audio output (QAudioSink, QAudioFormat, QMediaDevices) with the
    QBuffer and QByteArray it plays from, loaded on first use like the sound effect; None
    without the system's audio libraries."""
    try:
        from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices
    except ImportError:
        return None
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    return SimpleNamespace(QAudioFormat=QAudioFormat, QAudioSink=QAudioSink,
                           QMediaDevices=QMediaDevices, QBuffer=QBuffer, QByteArray=QByteArray,
                           QIODevice=QIODevice)


def chart_classes() -> SimpleNamespace:
    """QtCharts' chart view, chart, series and axes, loaded on first use (only the results'
    trend draws charts)."""
    from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis

    return SimpleNamespace(QChart=QChart, QChartView=QChartView, QLineSeries=QLineSeries,
                           QValueAxis=QValueAxis, QDateTimeAxis=QDateTimeAxis)

__all__ = [
    "audio_output",
    "chart_classes",
    "sound_effect_class",
    "QAbstractItemView",
    "QAction",
    "QApplication",
    "QButtonGroup",
    "QCheckBox",
    "QCloseEvent",
    "QColor",
    "QColorDialog",
    "QComboBox",
    "QCoreApplication",
    "QDate",
    "QDateEdit",
    "QDateTime",
    "QDateTimeEdit",
    "QDesktopServices",
    "QDialog",
    "QDialogButtonBox",
    "QEvent",
    "QLibraryInfo",
    "QLocale",
    "QFileDialog",
    "QFont",
    "QFontDatabase",
    "QFontMetrics",
    "QFormLayout",
    "QFrame",
    "QGridLayout",
    "QGroupBox",
    "QHBoxLayout",
    "QHeaderView",
    "QImage",
    "QImageReader",
    "QInputDialog",
    "QKeyEvent",
    "QKeySequence",
    "QLabel",
    "QLineEdit",
    "QListWidget",
    "QListWidgetItem",
    "QMainWindow",
    "QMessageBox",
    "QMouseEvent",
    "QObject",
    "QPainter",
    "QPalette",
    "QPixmap",
    "QPlainTextEdit",
    "QPushButton",
    "QRadioButton",
    "QRect",
    "QResizeEvent",
    "QRunnable",
    "QScrollArea",
    "QShortcut",
    "QSize",
    "QSizePolicy",
    "QSpinBox",
    "QSplitter",
    "QStackedWidget",
    "Qt",
    "QTableWidget",
    "QTableWidgetItem",
    "QTabWidget",
    "QThreadPool",
    "QTime",
    "QTimer",
    "QTransform",
    "QTranslator",
    "QUrl",
    "QVBoxLayout",
    "QWidget",
    "QWizard",
    "QWizardPage",
    "Signal",
    "Slot",
]
