"""Text that fits its box on any screen: the largest size up to a wanted one at which the
text, wrapped at its spaces into at most a given number of lines, fits the widget's width and
height. Nothing is cut: where even the smallest size does not fit, smaller still is used.

A no-break space (U+00A0) keeps two words on one line (a number and its unit: "10 min").
"""

from __future__ import annotations

from app.ui.qt import (
    QFont,
    QFontMetrics,
    QLabel,
    QPushButton,
    QResizeEvent,
    QSize,
    QSizePolicy,
    Qt,
    QWidget,
)

SMALLEST = 10
# Below this share of its wanted size a button's text takes more lines instead.
READABLE = 0.6


def wrap(metrics: QFontMetrics, text: str, width: int) -> list[str]:
    """Greedy wrapping at spaces; a paragraph break ("\\n") is kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def _sizes(largest: int, lowest: int) -> list[int]:
    """Pixel sizes from `largest` down to `lowest`, about 6 % apart."""
    sizes, size = [], max(largest, 1)
    while size > lowest:
        sizes.append(size)
        size = min(size - 1, int(size * 0.94))
    return [*sizes, lowest]


def fit(font: QFont, text: str, width: int, height: int, largest: int, max_lines: int,
        smallest: int = SMALLEST, more_lines: bool = False) -> tuple[int, list[str]]:
    """The pixel size and lines of `text` in a `width` x `height` box: in at most
    `max_lines` lines, or (`more_lines`, for a box whose height bounds it) in as many as fit
    where the text would otherwise fall below READABLE of its wanted size; then smaller than
    `smallest` rather than cut."""
    probe = QFont(font)

    def lines_at(size: int) -> tuple[list[str], bool]:
        probe.setPixelSize(size)
        metrics = QFontMetrics(probe)
        lines = wrap(metrics, text, width)
        fits = (all(metrics.horizontalAdvance(line) <= width for line in lines)
                and len(lines) * metrics.lineSpacing() <= height)
        return lines, fits

    readable = max(int(largest * READABLE), smallest)
    for size in _sizes(largest, readable if more_lines else smallest):
        lines, fits = lines_at(size)
        if fits and len(lines) <= max_lines:
            return size, lines
    for size in _sizes(largest if more_lines else smallest, 4):
        lines, fits = lines_at(size)
        if fits:
            return size, lines
    return 4, lines_at(4)[0]


class FitLabel(QLabel):
    """A label whose text takes the largest size up to `largest` that fits its width in at
    most `max_lines` lines; its height follows the lines (its width never follows the text)."""

    def __init__(self, max_lines: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.largest = 20
        self.max_lines = max_lines
        self.text_given = ""
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:
        self.text_given = text
        self.refit()

    def text(self) -> str:
        """The text as given (its lines are `lines()`)."""
        return self.text_given

    def clear(self) -> None:
        self.setText("")

    def lines(self) -> list[str]:
        """The lines as shown."""
        return QLabel.text(self).split("\n")

    def set_largest(self, pixels: int, bold: bool = False) -> None:
        font = self.font()
        font.setBold(bold)
        self.setFont(font)
        self.largest = pixels
        self.refit()

    def refit(self) -> None:
        margins = self.contentsMargins()
        width = max(self.width() - margins.left() - margins.right(), 1)
        size, lines = fit(self.font(), self.text_given, width, 10**6, self.largest,
                          self.max_lines)
        font = self.font()
        font.setPixelSize(size)
        self.setFont(font)
        QLabel.setText(self, "\n".join(lines) if self.text_given else "")
        line_count = len(lines) if self.text_given else 1
        self.setFixedHeight(QFontMetrics(font).lineSpacing() * line_count
                            + margins.top() + margins.bottom() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.refit()


class FitButton(QPushButton):
    """A button whose text takes the largest size up to `largest` that fits inside it (less
    its padding, which it sets in its style sheet with `padded`) in at most `max_lines`
    lines; its size comes from its layout."""

    def __init__(self, max_lines: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.largest = 20
        self.max_lines = max_lines
        self.padding = 8
        self.text_given = ""
        self.frame = 2
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def setText(self, text: str) -> None:
        self.text_given = text
        self.refit()

    def text(self) -> str:
        """The text as given (its lines are `lines()`)."""
        return self.text_given

    def lines(self) -> list[str]:
        """The lines as shown."""
        return QPushButton.text(self).split("\n")

    def set_largest(self, pixels: int, padding: int, bold: bool = True) -> None:
        """Text up to `pixels` high, `padding` from the button's frame on every side (the
        style sheet's padding must be `padded()`)."""
        font = self.font()
        font.setBold(bold)
        self.setFont(font)
        self.largest = pixels
        self.padding = padding
        self.refit()

    def padded(self) -> str:
        """The style sheet's padding and frame, as the fitting counts them."""
        return f"padding: {self.padding}px; border-width: {self.frame}px;"

    def inner(self) -> tuple[int, int]:
        """The room for the text: the button less its padding and frame on each side."""
        room = 2 * (self.padding + self.frame)
        return max(self.width() - room, 1), max(self.height() - room, 1)

    def refit(self) -> None:
        width, height = self.inner()
        size, lines = fit(self.font(), self.text_given, width, height, self.largest,
                          self.max_lines, more_lines=True)
        font = self.font()
        font.setPixelSize(size)
        self.setFont(font)
        QPushButton.setText(self, "\n".join(lines))

    def sizeHint(self) -> QSize:
        # The layout gives the size and the text follows it, never the other way round.
        return self.minimumSize().expandedTo(QSize(self.padding * 4, self.padding * 4))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()
