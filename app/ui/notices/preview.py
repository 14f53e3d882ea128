"""The picture of a notice's first page, as the Notices tab and the template editor show it,
and the drawing of its pages off the UI thread."""

from __future__ import annotations

from app.core.notices import Template
from app.operations.context import Context
from app.ui.qt import QImage, QLabel, QPixmap, QResizeEvent, QScrollArea, Qt, QWidget

# How wide the Notices tab draws a page; the template editor draws it narrower.
PREVIEW_WIDTH = 620
# A message that says what is wrong.
ERROR_STYLE = "color: #b3261e;"


def preview_pages(ctx: Context, template: Template | str, lang: str,
                  values: dict[str, str], width: int = PREVIEW_WIDTH) -> list[bytes]:
    """Render the notice and draw its pages (on a worker thread)."""
    from app.documents.preview import page_images
    from app.operations.notices import preview_notice

    return page_images(preview_notice(ctx, template, lang, values), width)


class NoticePreview(QScrollArea):
    """The first page of a notice on a grey ground, as wide as the room (never wider than it
    was drawn) and scrolled when it is taller than the room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QLabel()
        self.image.setObjectName("preview_image")
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image.setStyleSheet("background: #888;")
        self.setWidgetResizable(True)
        self.setWidget(self.image)
        # The page as drawn; the picture shown is it, made narrower to fit the room.
        self.page: QImage | None = None

    def show_pages(self, pages: list[bytes]) -> list[QImage]:
        """Show the first of the PNG `pages` (none: the picture stays); all of them as images."""
        images = [QImage.fromData(page, "PNG") for page in pages]
        if images:
            self.page = images[0]
            self._fit()
        return images

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def room(self) -> int:
        """The width a page may take: the area's, less its frame and a vertical scroll bar
        (kept whether it shows or not, so the width does not swing with it)."""
        return max(80, self.width() - 2 * self.frameWidth()
                   - self.verticalScrollBar().sizeHint().width())

    def _fit(self) -> None:
        if self.page is None or self.page.isNull():
            return
        width = min(self.page.width(), self.room())
        page = self.page if width == self.page.width() else self.page.scaledToWidth(
            width, Qt.TransformationMode.SmoothTransformation)
        self.image.setPixmap(QPixmap.fromImage(page))
