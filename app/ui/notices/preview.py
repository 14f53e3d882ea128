"""The picture of a notice's first page, as the Notices tab and the template editor show it,
and the drawing of its pages off the UI thread."""

from __future__ import annotations

from app.core.notices import Template
from app.operations.context import Context
from app.ui.qt import QImage, QLabel, QPixmap, QScrollArea, Qt, QWidget

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
    """The first page of a notice on a grey ground, scrolled when it is taller than the room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QLabel()
        self.image.setObjectName("preview_image")
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image.setStyleSheet("background: #888;")
        self.setWidgetResizable(True)
        self.setWidget(self.image)

    def show_pages(self, pages: list[bytes]) -> list[QImage]:
        """Show the first of the PNG `pages` (none: the picture stays); all of them as images."""
        images = [QImage.fromData(page, "PNG") for page in pages]
        if images:
            self.image.setPixmap(QPixmap.fromImage(images[0]))
        return images
