"""The review of the scanned batch: its documents, and the pages of the chosen one as thumbnails
in their order (drag to reorder; rotate, move, delete, split), each captioned with its number
and its mark: a page that looks blank or a separator sheet is marked, never removed by itself.
Thumbnails and marks are made off the UI thread; every change is kept in the batch on disk.
A page double-clicked (or "Full size") is shown in the page viewer, to read and zoom."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.scan.batch import Batch
from app.scan.pages import Page
from app.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QEvent,
    QGroupBox,
    QHBoxLayout,
    QImage,
    QListWidget,
    QListWidgetItem,
    QPixmap,
    QPushButton,
    QSize,
    Qt,
    QTimer,
    QVBoxLayout,
    Signal,
)
from app.ui.scan.work import THUMB, Tasks, page_marks, thumbnail


class PageList(QListWidget):
    """A document's pages; an item's data is the page's place in the pages shown."""

    def __init__(self, tasks: Tasks) -> None:
        super().__init__()
        self.tasks = tasks
        self.shown: list[Page] = []
        self.thumbs: dict[tuple[Path, int], QImage] = {}
        self.marks: dict[Path, tuple[bool, str | None]] = {}
        self.setObjectName("pages")
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMovement(QListWidget.Movement.Snap)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSpacing(6)

    def show_pages(self, pages: list[Page]) -> None:
        self.shown = pages
        self.clear()
        for i, page in enumerate(pages):
            item = QListWidgetItem(self.caption(i, page))
            item.setData(Qt.ItemDataRole.UserRole, i)
            item.setSizeHint(QSize(THUMB + 20, THUMB + 44))
            thumb = self.thumbs.get((page.image, page.rotation))
            if thumb is not None:
                item.setIcon(QPixmap.fromImage(thumb))
            else:
                self._make_thumbnail(page)
            self.addItem(item)

    def caption(self, index: int, page: Page) -> str:
        text = str(index + 1)
        blank, separator = self.marks.get(page.image, (False, None))
        if separator:
            text += " \u2013 " + self.tr("separator sheet")
        elif blank:
            text += " \u2013 " + self.tr("blank?")
        return text

    def looks_blank(self, page: Page) -> bool:
        return self.marks.get(page.image, (False, None))[0]

    def order(self) -> list[int]:
        """The places (in the pages shown) of the pages in the order they are now listed."""
        return [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())]

    def selected_rows(self) -> list[int]:
        return sorted(self.row(item) for item in self.selectedItems())

    def _make_thumbnail(self, page: Page) -> None:
        key = (page.image, page.rotation)
        if key in self.thumbs:
            return
        self.thumbs[key] = QImage()

        def work(_page: Any) -> tuple[QImage, tuple[bool, str | None]]:
            marks = self.marks.get(page.image) or page_marks(page)
            return thumbnail(page), marks

        def done(result: tuple[QImage, tuple[bool, str | None]]) -> None:
            self.thumbs[key] = result[0]
            self.marks[page.image] = result[1]
            for row in range(self.count()):
                item = self.item(row)
                listed = self.shown[item.data(Qt.ItemDataRole.UserRole)]
                if (listed.image, listed.rotation) == key:
                    item.setIcon(QPixmap.fromImage(result[0]))
                    item.setText(self.caption(row, listed))

        self.tasks.start(work, done, failed=lambda _e: None)


class PageReview(QGroupBox):
    """The batch's documents, the chosen one's pages, and what a person does to them. The scans
    (again, or inserted) are the tab's: it acts on their buttons."""

    # A message for the person (text, whether it is an error).
    said = Signal(str, bool)
    # The pages shown: their number.
    shown = Signal(int)
    # The pages chosen changed.
    chosen = Signal()

    def __init__(self, batch: Batch, tasks: Tasks) -> None:
        super().__init__()
        self.batch = batch
        self.tasks = tasks
        # The document shown, by its place in the batch.
        self.current = 0
        # A scan is under way: the pages are not changed meanwhile.
        self.busy = False
        self.documents = QComboBox()
        self.documents.setObjectName("documents")
        self.documents.currentIndexChanged.connect(self._document_chosen)
        self.pages = PageList(tasks)
        self.pages.model().rowsMoved.connect(self._pages_moved)
        self.pages.itemSelectionChanged.connect(self.selection_changed)
        self.pages.itemActivated.connect(lambda item: self.view_pages(self.pages.row(item)))
        self.view_button = QPushButton()
        self.view_button.setObjectName("view_pages")
        self.view_button.clicked.connect(lambda: self.view_pages())
        self.left_button = QPushButton()
        self.left_button.setObjectName("rotate_left")
        self.left_button.clicked.connect(lambda: self.rotate(270))
        self.right_button = QPushButton()
        self.right_button.setObjectName("rotate_right")
        self.right_button.clicked.connect(lambda: self.rotate(90))
        self.earlier_button = QPushButton()
        self.earlier_button.setObjectName("move_earlier")
        self.earlier_button.clicked.connect(lambda: self.move_selected(-1))
        self.later_button = QPushButton()
        self.later_button.setObjectName("move_later")
        self.later_button.clicked.connect(lambda: self.move_selected(1))
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("delete_pages")
        self.delete_button.clicked.connect(self.delete_pages)
        self.blank_button = QPushButton()
        self.blank_button.setObjectName("select_blank")
        self.blank_button.clicked.connect(self.select_blank)
        self.split_button = QPushButton()
        self.split_button.setObjectName("split_here")
        self.split_button.clicked.connect(self.split_here)
        self.separators_button = QPushButton()
        self.separators_button.setObjectName("split_separators")
        self.separators_button.clicked.connect(self.split_at_separators)
        self.rescan_button = QPushButton()
        self.rescan_button.setObjectName("rescan_page")
        self.insert_button = QPushButton()
        self.insert_button.setObjectName("insert_scan")
        review = QVBoxLayout(self)
        review.addWidget(self.documents)
        review.addWidget(self.pages, 1)
        # Three rows of buttons, so the review stays narrow in every language.
        for buttons in ((self.left_button, self.right_button, self.delete_button,
                         self.blank_button),
                        (self.earlier_button, self.later_button, self.split_button,
                         self.view_button),
                        (self.separators_button, self.rescan_button, self.insert_button)):
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            review.addLayout(row)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Pages"))
        self.left_button.setText(self.tr("Rotate left"))
        self.right_button.setText(self.tr("Rotate right"))
        self.earlier_button.setText(self.tr("Move earlier"))
        self.later_button.setText(self.tr("Move later"))
        self.delete_button.setText(self.tr("Delete"))
        self.blank_button.setText(self.tr("Select blank pages"))
        self.split_button.setText(self.tr("Split before this page"))
        self.separators_button.setText(self.tr("Split at separator sheets"))
        self.rescan_button.setText(self.tr("Scan again to replace"))
        self.insert_button.setText(self.tr("Scan and insert here"))
        self.view_button.setText(self.tr("Full size"))
        self.view_button.setToolTip(self.tr("Read the pages at full size, with zoom "
                                            "(or double-click a page)"))
        self.show_batch()

    def _say(self, text: str, error: bool = False) -> None:
        self.said.emit(text, error)

    # -- showing ----------------------------------------------------------------------------

    def show_batch(self) -> None:
        docs = self.batch.documents
        self.current = max(0, min(self.current, len(docs) - 1))
        self.documents.blockSignals(True)
        self.documents.clear()
        for i, doc in enumerate(docs):
            self.documents.addItem(self.tr("Document {number} of {total}: {count} pages").format(
                number=i + 1, total=len(docs), count=len(doc.pages)))
        if not docs:
            self.documents.addItem(self.tr("No pages yet: scan, import files or drop them here"))
        self.documents.setCurrentIndex(self.current)
        self.documents.blockSignals(False)
        self.show_pages()

    def _document_chosen(self, index: int) -> None:
        if 0 <= index < len(self.batch.documents):
            self.current = index
            self.show_pages()

    def current_pages(self) -> list[Page]:
        docs = self.batch.documents
        if not docs:
            return []
        self.current = max(0, min(self.current, len(docs) - 1))
        return list(docs[self.current].pages)

    def show_pages(self) -> None:
        pages = self.current_pages()
        self.pages.show_pages(pages)
        self.shown.emit(len(pages))
        self.selection_changed()
        self._viewer_follows(pages)

    def selection_changed(self) -> None:
        has_pages = self.pages.count() > 0
        rows = self.pages.selected_rows()
        chosen = len(rows)
        for button in (self.left_button, self.right_button, self.delete_button):
            button.setEnabled(chosen > 0 and not self.busy)
        self.earlier_button.setEnabled(chosen == 1 and rows[0] > 0)
        self.later_button.setEnabled(chosen == 1 and rows[0] < self.pages.count() - 1)
        self.split_button.setEnabled(chosen == 1 and rows[0] > 0 and not self.busy)
        self.rescan_button.setEnabled(chosen == 1 and not self.busy)
        self.blank_button.setEnabled(has_pages)
        self.view_button.setEnabled(has_pages)
        self.chosen.emit()

    def _viewer_follows(self, pages: list[Page]) -> None:
        """The viewer, when open, shows the pages as they are now (turned, moved, deleted)."""
        from app.ui.page_viewer import ImagePages, ViewerWindow

        window = self.findChild(ViewerWindow, "page_viewer_window",
                                Qt.FindChildOption.FindDirectChildrenOnly)
        if window is None or not window.isVisible():
            return
        if not pages:
            window.close()
            return
        source = window.viewer.source
        if isinstance(source, ImagePages) and source.pages == pages:
            return
        window.show_document(ImagePages(pages, self._title()),
                             min(window.viewer.index, len(pages) - 1))

    def _title(self) -> str:
        return self.tr("Document {number} of {total}").format(
            number=self.current + 1, total=len(self.batch.documents))

    def view_pages(self, row: int | None = None) -> None:
        """Show the document's pages in the page viewer, from the page chosen (or `row`)."""
        from app.ui.page_viewer import ImagePages
        from app.ui.pdf_open import show_document

        pages = self.current_pages()
        if not pages:
            return
        if row is None:
            rows = self.pages.selected_rows()
            row = rows[0] if rows else 0
        show_document(self, ImagePages(pages, self._title()), row)

    # -- changing the pages -----------------------------------------------------------------

    def _pages_moved(self, *_args: Any) -> None:
        pages = self.current_pages()
        self.batch.set_pages(self.current, [pages[i] for i in self.pages.order()])
        QTimer.singleShot(0, self.show_pages)

    def move_selected(self, step: int) -> None:
        """Move the chosen page one place earlier (-1) or later (1); pages can also be
        dragged into their place."""
        rows = self.pages.selected_rows()
        pages = self.current_pages()
        if len(rows) != 1 or not 0 <= rows[0] + step < len(pages):
            return
        row = rows[0]
        pages.insert(row + step, pages.pop(row))
        self.batch.set_pages(self.current, pages)
        self.show_pages()
        self.pages.item(row + step).setSelected(True)

    def rotate(self, degrees: int) -> None:
        rows = self.pages.selected_rows()
        pages = self.current_pages()
        for row in rows:
            pages[row] = pages[row].rotated(degrees)
        self.batch.set_pages(self.current, pages)
        self.show_pages()
        for row in rows:
            self.pages.item(row).setSelected(True)

    def delete_pages(self) -> None:
        rows = set(self.pages.selected_rows())
        pages = [p for i, p in enumerate(self.current_pages()) if i not in rows]
        self.batch.set_pages(self.current, pages)
        self._say(self.tr("Pages deleted: {count}").format(count=len(rows)))
        self.show_batch()

    def select_blank(self) -> None:
        """Select the pages that look blank, for the person to look at and delete."""
        self.pages.clearSelection()
        found = 0
        for row, page in enumerate(self.current_pages()):
            if self.pages.looks_blank(page):
                self.pages.item(row).setSelected(True)
                found += 1
        self._say(self.tr("Pages that look blank: {count}. Check them, then press Delete.").format(
                          count=found) if found else self.tr("No page looks blank."))

    def split_here(self) -> None:
        rows = self.pages.selected_rows()
        if len(rows) != 1 or rows[0] == 0:
            return
        docs = [d.pages for d in self.batch.documents]
        pages = docs[self.current]
        docs[self.current:self.current + 1] = [pages[:rows[0]], pages[rows[0]:]]
        self.batch.replace_all(docs)
        self.current += 1
        self.show_batch()

    def split_at_separators(self) -> None:
        """Split the whole batch where the separator sheets are (they are left out)."""
        pages = [p for d in self.batch.documents for p in d.pages]
        if not pages:
            return
        self._say(self.tr("Looking for separator sheets\u2026"))

        def split(_page: Any) -> list[list[Page]]:
            from app.scan.review import split_documents

            return split_documents(pages)

        self.tasks.start(split, self._split_done)

    def _split_done(self, documents: list[list[Page]]) -> None:
        before = len(self.batch.documents)
        self.batch.replace_all(documents)
        self.current = 0
        self.show_batch()
        count = len(self.batch.documents)
        self._say(self.tr("Documents in the batch now: {count}.").format(count=count)
                  if count != before
                  else self.tr("No separator sheet was found."))
