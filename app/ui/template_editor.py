"""The admin's page for notice templates: the list, and for the chosen template its titles,
fields and the text in Estonian, Russian and English, checked as it is typed, with a live
preview. Saving adds a new version of the template to the office's store, where it reaches
every desk and counter PC (on a connected PC it is saved at the server, as the signed-in admin);
the built-in version and earlier ones are kept, and an issuance names the version it was made
from. Each template's versions are listed with who saved them; a saved version can be withdrawn
(the one before it is offered again) and restored. The page is mounted in the admin dialog.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.core.errors import LettError, Refused
from app.core.notices import (
    LANGUAGES,
    Choice,
    Field,
    FieldKind,
    Template,
    check_template,
    format_date,
)
from app.operations.context import Context
from app.ui.names import AUTONYMS
from app.ui.notices.preview import ERROR_STYLE, NoticePreview, preview_pages
from app.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QObject,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.qt_i18n import current_language
from app.ui.runner import Failure, Runner

if TYPE_CHECKING:
    from app.operations.notice_templates import TemplateVersion

CHECK_DELAY_MS = 400
# The columns of the fields table.
ID, KIND, REQUIRED, CHOICES = 0, 1, 2, 6
LABEL_COLUMNS = {"et": 3, "ru": 4, "en": 5}
# The room the label in the window's language keeps before another column is shown.
LABEL_ROOM = 180
SAMPLE_CODE = "37605030299"
PREVIEW_WIDTH = 480


def _versions(ctx: Context) -> list[TemplateVersion]:
    from app.operations.notice_templates import template_versions

    return template_versions(ctx)


def _import_saved(ctx: Context) -> list[TemplateVersion]:
    """The versions once saved as files on this PC, taken into the store."""
    from app.operations.notice_templates import import_saved_files
    from app.operations.notices import home_of

    return import_saved_files(ctx, home_of(ctx))


def _save(ctx: Context, template: Template) -> TemplateVersion:
    from app.operations.notice_templates import save_template

    return save_template(ctx, template)


def _set_active(ctx: Context, key: str, version: int, active: bool) -> TemplateVersion:
    from app.operations.notice_templates import set_template_active

    return set_template_active(ctx, key, version, active)


def shown_templates(versions: list[TemplateVersion]) -> list[TemplateVersion]:
    """One version per template for the list: the one offered now, else (every saved version
    withdrawn) the newest."""
    chosen: dict[str, TemplateVersion] = {}
    for v in versions:
        held = chosen.get(v.key)
        if held is None or (v.current, v.version) >= (held.current, held.version):
            chosen[v.key] = v
    return [chosen[key] for key in sorted(chosen)]


def sample_values(template: Template, lang: str) -> dict[str, str]:
    """Values that show where each field lands in the preview."""
    values = {}
    for f in template.fields:
        if f.kind is FieldKind.DATE:
            values[f.id] = format_date(date.today())
        elif f.kind is FieldKind.PERSONAL_CODE:
            values[f.id] = SAMPLE_CODE
        elif f.kind is FieldKind.CHOICE:
            values[f.id] = f.choices[0].value if f.choices else ""
        elif f.kind is FieldKind.EMAIL:
            values[f.id] = "nimi@example.ee"
        else:
            values[f.id] = f"\u2039{f.label(lang)}\u203a"
    return values


def choices_text(choices: tuple[Choice, ...]) -> str:
    """Choices as they are edited: `value: et | ru | en; value: et | ru | en`."""
    return "; ".join(
        f"{c.value}: " + " | ".join(c.labels.get(lang, "") for lang in LANGUAGES)
        for c in choices)


def parse_choices(text: str, template_id: str, field_id: str) -> tuple[Choice, ...]:
    choices = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        value, sep, labels = part.partition(":")
        names = [n.strip() for n in labels.split("|")]
        if not sep or not value.strip() or len(names) != len(LANGUAGES) or not all(names):
            raise Refused("template_invalid", template=template_id,
                          detail=f"{field_id}: write each choice as value: et | ru | en")
        choices.append(Choice(value.strip(), dict(zip(LANGUAGES, names, strict=True))))
    return tuple(choices)


class TemplatesPage(QWidget):
    """Notice templates for admins: edit, check, preview, save a new version."""

    saved = Signal(object)

    def __init__(self, ctx: Runner | Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = ctx if isinstance(ctx, Runner) else Runner(ctx, parent=self)
        self.templates: list[Template] = []
        # Every version of every template, and the one per template the list shows.
        self.all_versions: list[TemplateVersion] = []
        self.shown: list[TemplateVersion] = []
        self.current: Template | None = None
        self.source_version = 0
        self.loading = False

        self.list = QListWidget()
        self.list.setObjectName("templates")
        self.list.currentRowChanged.connect(self._chosen)
        self.new_button = QPushButton()
        self.new_button.setObjectName("new_template")
        self.new_button.clicked.connect(self.new_template)
        self.versions_label = QLabel()
        self.versions = QListWidget()
        self.versions.setObjectName("versions")
        self.versions.currentRowChanged.connect(self._version_chosen)
        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("withdraw")
        self.withdraw_button.clicked.connect(self.toggle_active)
        left = QVBoxLayout()
        left.addWidget(self.list, 2)
        left.addWidget(self.new_button)
        left.addWidget(self.versions_label)
        left.addWidget(self.versions, 1)
        left.addWidget(self.withdraw_button)
        left_widget = QWidget()
        left_widget.setLayout(left)

        self.id_label = QLabel()
        self.template_id = QLineEdit()
        self.template_id.setObjectName("template_id")
        self.template_id.textChanged.connect(self._fit_id)
        self.version = QLabel()
        self.titles_box = QGroupBox()
        titles = QFormLayout(self.titles_box)
        self.titles: dict[str, QLineEdit] = {}
        for lang in LANGUAGES:
            edit = QLineEdit()
            edit.setObjectName(f"title_{lang}")
            self.titles[lang] = edit
            titles.addRow(AUTONYMS[lang], edit)
        self.fields_box = QGroupBox()
        self.fields = QTableWidget(0, 7)
        self.fields.setObjectName("fields")
        self.fields.verticalHeader().hide()
        header = self.fields.horizontalHeader()
        # The columns that fit are shown, each as wide as its header and cells, the last one
        # taking the rest (a long label there ends in "…"); every property of the chosen field
        # is at hand in its details (fit_columns, edit_field). Nothing scrolls sideways.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.fields.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields.setWordWrap(False)
        self.fields.installEventFilter(self)
        self.fields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # The header and three fields in sight, however little room the dialog has.
        self.fields.setMinimumHeight(self.fields.fontMetrics().lineSpacing() * 9)
        self.fields.itemChanged.connect(self._changed)
        self.fields.itemChanged.connect(lambda _item: QTimer.singleShot(0, self.fit_columns))
        self.add_field_button = QPushButton()
        self.add_field_button.setObjectName("add_field")
        self.add_field_button.clicked.connect(lambda: self.add_field())
        self.remove_field_button = QPushButton()
        self.remove_field_button.setObjectName("remove_field")
        self.remove_field_button.clicked.connect(self.remove_field)
        self.details_button = QPushButton()
        self.details_button.setObjectName("field_details")
        self.details_button.clicked.connect(lambda: self.edit_field())
        self.fields.itemSelectionChanged.connect(
            lambda: self.details_button.setEnabled(self.fields.currentRow() >= 0))
        self.details_button.setEnabled(False)
        field_buttons = QHBoxLayout()
        field_buttons.addWidget(self.add_field_button)
        field_buttons.addWidget(self.details_button)
        field_buttons.addWidget(self.remove_field_button)
        field_buttons.addStretch(1)
        fields_layout = QVBoxLayout(self.fields_box)
        fields_layout.addWidget(self.fields)
        fields_layout.addLayout(field_buttons)
        self.placeholders_hint = QLabel()
        self.placeholders_hint.setWordWrap(True)
        self.texts = QTabWidget()
        self.bodies: dict[str, QPlainTextEdit] = {}
        for lang in LANGUAGES:
            edit = QPlainTextEdit()
            edit.setObjectName(f"body_{lang}")
            edit.textChanged.connect(self._changed)
            self.bodies[lang] = edit
            self.texts.addTab(edit, AUTONYMS[lang])
        for edit in (*self.titles.values(), self.template_id):
            edit.textChanged.connect(self._changed)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        # Room for a long message in any language, so the layout does not squeeze it.
        self.problem.setMinimumHeight(self.problem.fontMetrics().lineSpacing() * 3 + 4)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        head = QHBoxLayout()
        head.addWidget(self.id_label)
        head.addWidget(self.template_id, 1)
        head.addWidget(self.version)
        editor = QVBoxLayout()
        editor.addLayout(head)
        editor.addWidget(self.titles_box)
        editor.addWidget(self.fields_box, 1)
        editor.addWidget(self.placeholders_hint)
        editor.addWidget(self.texts, 2)
        editor.addWidget(self.problem)
        editor.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        editor_widget = QWidget()
        editor_widget.setLayout(editor)

        self.preview_lang = QComboBox()
        self.preview_lang.setObjectName("preview_language")
        for lang in LANGUAGES:
            self.preview_lang.addItem(AUTONYMS[lang], lang)
        self.preview_lang.currentIndexChanged.connect(self._changed)
        self.preview_area = NoticePreview()
        self.preview = self.preview_area.image
        right = QVBoxLayout()
        right.addWidget(self.preview_lang)
        right.addWidget(self.preview_area, 1)
        right_widget = QWidget()
        right_widget.setLayout(right)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left_widget)
        splitter.addWidget(editor_widget)
        splitter.addWidget(right_widget)
        # The lists wrap a long title rather than cut it; the preview gives up room first.
        for names in (self.list, self.versions):
            names.setWordWrap(True)
            names.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([260, 600, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_DELAY_MS)
        self.check_timer.timeout.connect(self.check)
        self.previewing = False
        self.pending_preview: tuple[Template, str] | None = None
        # The template and language the preview shows.
        self.previewed: tuple[Template, str] | None = None
        # What taking in this PC's saved files said, shown once the templates are loaded.
        self.note: tuple[str, bool] | None = None
        # Whether the message under the texts is what checking said (said again in a newly
        # chosen language).
        self.said_check = False
        self.retranslate()
        # Versions once saved as files here are taken in first, so the list shows them.
        self.runner.write(_import_saved, on_done=self._imported, on_error=self._import_failed)

    def _fit_id(self, text: str) -> None:
        """The id field is as wide as its id (never cut), and takes more room when there is."""
        metrics = self.template_id.fontMetrics()
        self.template_id.setMinimumWidth(max(metrics.horizontalAdvance(text),
                                             metrics.horizontalAdvance("x" * 12)) + 16)

    # -- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New template"))
        self.id_label.setText(self.tr("Template id"))
        self.titles_box.setTitle(self.tr("Title"))
        self.fields_box.setTitle(self.tr("Fields"))
        self.fields.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Kind"), self.tr("Required"), self.tr("Label (et)"),
            self.tr("Label (ru)"), self.tr("Label (en)"),
            self.tr("Choices (value: et | ru | en; \u2026)")])
        self.details_button.setText(self.tr("Details\u2026"))
        self.details_button.setToolTip(self.tr(
            "All of the chosen field's properties: its labels in every language, whether it "
            "is required, its choices"))
        self.add_field_button.setText(self.tr("Add a field"))
        self.remove_field_button.setText(self.tr("Remove the field"))
        self.placeholders_hint.setText(self.tr(
            "Write each field's name in curly brackets where its value goes, in all three "
            "texts. Also available: {office_name}, {office_address}, {office_registry_code}, "
            "{registry_number}, {date}, {issued_by}. A paragraph that starts with # is a "
            "heading."))
        self.save_button.setText(self.tr("Save as a new version"))
        self.versions_label.setText(self.tr("Versions"))
        names = self._kind_names()
        for row in range(self.fields.rowCount()):
            kind = self.fields.cellWidget(row, KIND)
            if isinstance(kind, QComboBox):
                for index in range(kind.count()):
                    kind.setItemText(index, names[FieldKind(kind.itemData(index))])
        self._show_version()
        self._fill_list()
        self._fill_versions()
        self.fit_columns()
        if self.said_check and self.current is not None:
            self.check_timer.start()

    # -- the fields table's columns ------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.fields and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            QTimer.singleShot(0, self.fit_columns)
        return super().eventFilter(watched, event)

    def column_order(self) -> list[int]:
        """The fields table's columns, the most needed first: the name, the label in the
        window's language, the kind, whether it is required, the other labels, the choices."""
        own = LABEL_COLUMNS.get(current_language(), LABEL_COLUMNS["en"])
        others = [c for c in LABEL_COLUMNS.values() if c != own]
        return [ID, own, KIND, REQUIRED, *others, CHOICES]

    def fit_columns(self) -> None:
        """Show the columns, in column_order, that fit the table's width with their headers
        whole (the last one shown may end its cells in "…"); always the name and a label."""
        table, header = self.fields, self.fields.horizontalHeader()
        room = table.viewport().width()
        if room <= 1:
            return
        metrics = header.fontMetrics()

        def heading(col: int) -> int:
            item = table.horizontalHeaderItem(col)
            return metrics.horizontalAdvance(item.text() if item else "") + 24

        def whole(col: int) -> int:
            if col == KIND:  # as wide as the kinds chosen, not as the longest kind there is
                boxes = [table.cellWidget(row, KIND) for row in range(table.rowCount())]
                return max([heading(col)] + [
                    box.fontMetrics().horizontalAdvance(box.currentText()) + 44
                    for box in boxes if isinstance(box, QComboBox)])
            return max(heading(col), table.sizeHintForColumn(col))

        order = self.column_order()
        own = order[1]

        def need(col: int, last: int) -> int:
            if col == own:  # room for most labels before another column is shown
                return max(heading(col), min(whole(col), LABEL_ROOM))
            if col == last:  # takes the rest, its header whole
                return heading(col)
            return whole(col)

        shown = order[:2]
        for count in range(len(order), 1, -1):
            chosen = order[:count]
            if sum(need(c, max(chosen)) for c in chosen) <= room:
                shown = chosen
                break
        last = max(shown)
        widths = {c: need(c, last) for c in shown if c != last}
        widths[last] = max(room - sum(widths.values()), heading(last))
        for col in range(table.columnCount()):
            table.setColumnHidden(col, col not in shown)
            if col in shown:
                table.setColumnWidth(col, widths[col])

    def edit_field(self, row: int | None = None) -> QDialog | None:
        """The chosen field's details in a dialog: each property, the ones the table has no
        room for among them; OK puts them into the table. The dialog, shown (not waited
        for)."""
        row = self.fields.currentRow() if row is None else row
        if not 0 <= row < self.fields.rowCount():
            return None
        dialog = FieldDetails(self, row)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog

    def _kind_names(self) -> dict[FieldKind, str]:
        return {FieldKind.TEXT: self.tr("text"), FieldKind.LONG_TEXT: self.tr("long text"),
                FieldKind.DATE: self.tr("date"),
                FieldKind.PERSONAL_CODE: self.tr("personal identification code"),
                FieldKind.CHOICE: self.tr("choice"), FieldKind.EMAIL: self.tr("e-mail address")}

    # -- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        self.runner.read(_versions, on_done=self._loaded, on_error=self._failed)

    def _imported(self, made: list[TemplateVersion]) -> None:
        if made:
            self.note = (self.tr("Template versions saved on this PC before are now the "
                                 "office's: {versions}.").format(versions=", ".join(
                                     f"{v.key} v{v.version}" for v in made)), False)
        self.reload()

    def _import_failed(self, failure: Failure) -> None:
        self.note = (self.runner.failure_text(failure), True)
        self.reload()

    def _loaded(self, versions: list[TemplateVersion]) -> None:
        chosen = self.current.id if self.current else None
        self.all_versions = versions
        self.shown = shown_templates(versions)
        self.templates = [v.template for v in self.shown]
        self._fill_list()
        ids = [t.id for t in self.templates]
        row = ids.index(chosen) if chosen in ids else 0
        if row == self.list.currentRow():  # the editor keeps what it shows
            self._fill_versions()
        else:
            self.list.setCurrentRow(row)
        if self.note is not None:
            text, error = self.note
            self.note = None
            self.problem.setStyleSheet(ERROR_STYLE if error else "")
            self.said_check = False
            self.problem.setText(text)

    def _fill_list(self) -> None:
        lang = current_language()
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for v in self.shown:
            t = v.template
            text = f"{t.title(lang).capitalize()}  (v{t.version})"
            if not v.current:
                text += "  " + self.tr("(withdrawn)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.list.addItem(item)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.templates):
            self.show_template(self.templates[row])
            self._fill_versions()

    def _key_versions(self) -> list[TemplateVersion]:
        key = self.current.id if self.current else None
        return [v for v in reversed(self.all_versions) if v.key == key]

    def _fill_versions(self) -> None:
        """The chosen template's versions, newest first, the one in the editor chosen."""
        shown = self.current.version if self.current else None
        self.versions.blockSignals(True)
        self.versions.clear()
        for v in self._key_versions():
            if v.built_in:
                text = self.tr("v{version}, built in").format(version=v.version)
            else:
                moment = (v.saved_at.astimezone(self.runner.ctx.timezone)
                          .strftime("%d.%m.%Y %H:%M") if v.saved_at else "")
                text = self.tr("v{version}, {who}, {when}").format(
                    version=v.version, who=v.saved_by, when=moment)
            if v.current:
                text += "  " + self.tr("(in use)")
            elif not v.active:
                text += "  " + self.tr("(withdrawn)")
            item = QListWidgetItem(text)
            self.versions.addItem(item)
            if v.version == shown and v.template.source == getattr(self.current, "source", ""):
                self.versions.setCurrentItem(item)
        self.versions.blockSignals(False)
        self._show_withdraw()

    def chosen_version(self) -> TemplateVersion | None:
        row = self.versions.currentRow()
        versions = self._key_versions()
        return versions[row] if 0 <= row < len(versions) else None

    def _version_chosen(self, _row: int) -> None:
        chosen = self.chosen_version()
        if chosen is not None:
            self.show_template(chosen.template)
        self._show_withdraw()

    def _show_withdraw(self) -> None:
        chosen = self.chosen_version()
        withdrawn = chosen is not None and not chosen.active
        self.withdraw_button.setText(self.tr("Restore this version") if withdrawn
                                     else self.tr("Withdraw this version"))
        self.withdraw_button.setEnabled(chosen is not None and not chosen.built_in)

    def toggle_active(self) -> None:
        """Withdraw the chosen saved version, or restore it when it was withdrawn."""
        chosen = self.chosen_version()
        if chosen is None or chosen.built_in:
            return
        self.withdraw_button.setEnabled(False)
        self.runner.write(_set_active, chosen.key, chosen.version, not chosen.active,
                          on_done=self._activity_changed, on_error=self._failed)

    def _activity_changed(self, version: TemplateVersion) -> None:
        self.problem.setStyleSheet("")
        self.said_check = False
        self.problem.setText((self.tr("Version {version} is offered again.") if version.active
                              else self.tr("Version {version} is withdrawn: it is no longer "
                                           "offered for new notices.")).format(
            version=version.version))
        self.reload()

    def show_template(self, t: Template, new: bool = False) -> None:
        self.loading = True
        self.current = t
        self.source_version = 0 if new else t.version
        self.template_id.setText(t.id)
        self.template_id.setReadOnly(not new)
        for lang in LANGUAGES:
            self.titles[lang].setText(t.titles.get(lang, ""))
            self.bodies[lang].setPlainText(t.bodies.get(lang, ""))
        self.fields.setRowCount(0)
        for f in t.fields:
            self.add_field(f)
        self.loading = False
        self._show_version()
        self.check()

    def _show_version(self) -> None:
        self.version.setText(self.tr("version {version}").format(version=self.source_version)
                             if self.source_version else self.tr("new"))

    def new_template(self) -> None:
        blank = Template("", 0, {lang: "" for lang in LANGUAGES},
                         {lang: "" for lang in LANGUAGES},
                         (Field("recipient_name", FieldKind.TEXT,
                                {"et": "Saaja nimi", "ru": "Имя получателя",
                                 "en": "Recipient's name"}),))
        self.list.clearSelection()
        self.show_template(blank, new=True)
        self.template_id.setFocus()

    # -- fields -------------------------------------------------------------------------

    def add_field(self, f: Field | None = None) -> None:
        f = f or Field("", FieldKind.TEXT, {lang: "" for lang in LANGUAGES})
        self.fields.blockSignals(True)
        row = self.fields.rowCount()
        self.fields.insertRow(row)
        self.fields.setItem(row, ID, QTableWidgetItem(f.id))
        kind = QComboBox()
        for code, name in self._kind_names().items():
            kind.addItem(name, code.value)
        kind.setCurrentIndex(kind.findData(f.kind.value))
        kind.currentIndexChanged.connect(self._changed)
        self.fields.setCellWidget(row, KIND, kind)
        required = QCheckBox()
        required.setChecked(f.required)
        required.toggled.connect(self._changed)
        self.fields.setCellWidget(row, REQUIRED, required)
        for lang, column in LABEL_COLUMNS.items():
            self.fields.setItem(row, column, QTableWidgetItem(f.labels.get(lang, "")))
        self.fields.setItem(row, CHOICES, QTableWidgetItem(choices_text(f.choices)))
        self.fields.blockSignals(False)
        self._changed()
        QTimer.singleShot(0, self.fit_columns)

    def remove_field(self) -> None:
        row = self.fields.currentRow()
        if row >= 0:
            self.fields.removeRow(row)
            self._changed()

    def _cell(self, row: int, column: int) -> str:
        item = self.fields.item(row, column)
        return item.text().strip() if item is not None else ""

    def edited(self) -> Template:
        """The template as the page shows it (not yet checked)."""
        template_id = self.template_id.text().strip()
        fields = []
        for row in range(self.fields.rowCount()):
            kind_box = self.fields.cellWidget(row, KIND)
            required = self.fields.cellWidget(row, REQUIRED)
            assert isinstance(kind_box, QComboBox) and isinstance(required, QCheckBox)
            field_id = self._cell(row, ID)
            fields.append(Field(
                field_id, FieldKind(kind_box.currentData()),
                {lang: self._cell(row, column) for lang, column in LABEL_COLUMNS.items()},
                required.isChecked(),
                parse_choices(self._cell(row, CHOICES), template_id, field_id)))
        recipient = self.current.recipient_field if self.current else "recipient_name"
        return Template(
            template_id, max(1, self.source_version),
            {lang: edit.text().strip() for lang, edit in self.titles.items()},
            {lang: edit.toPlainText() for lang, edit in self.bodies.items()},
            tuple(fields), recipient)

    # -- checking, preview and saving ---------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if not self.loading:
            self.check_timer.start()

    def check(self) -> Template | None:
        """Check the edited template; say what is wrong, or draw its preview."""
        self.check_timer.stop()
        try:
            template = self.edited()
            check_template(template)
        except LettError as exc:
            from app.i18n import error_text

            self.problem.setStyleSheet(ERROR_STYLE)
            self.said_check = True
            self.problem.setText(error_text(exc, current_language()))
            self.save_button.setEnabled(False)
            return None
        self.problem.setStyleSheet("")
        self.said_check = True
        self.problem.setText(self.tr("The template is complete: every field is in all three "
                                     "texts."))
        self.save_button.setEnabled(True)
        self._preview(template)
        return template

    def _preview(self, template: Template) -> None:
        """Draw the template's preview; while one is being drawn, only the newest asked for
        is drawn after it."""
        self.pending_preview = (template, str(self.preview_lang.currentData()))
        if not self.previewing:
            self._start_preview()

    def _start_preview(self) -> None:
        assert self.pending_preview is not None
        template, lang = self.pending_preview
        self.pending_preview = None
        self.previewing = True
        self.runner.read(preview_pages, template, lang, sample_values(template, lang),
                         PREVIEW_WIDTH,
                         on_done=lambda pages: self._preview_done(template, lang, pages),
                         on_error=self._preview_failed)

    def _preview_done(self, template: Template, lang: str, pages: list[bytes]) -> None:
        self.previewing = False
        if self.pending_preview is not None:  # edited meanwhile: this one is out of date
            self._start_preview()
            return
        if pages:
            self.preview_area.show_pages(pages)
            self.previewed = (template, lang)

    def _preview_failed(self, failure: Failure) -> None:
        self.previewing = False
        self._failed(failure)

    def save(self) -> None:
        template = self.check()
        if template is None:
            return
        self.save_button.setEnabled(False)
        self.runner.write(_save, template, on_done=self._saved, on_error=self._failed)

    def _saved(self, saved: TemplateVersion) -> None:
        self.current = saved.template
        self.source_version = saved.version
        self.template_id.setReadOnly(True)
        self._show_version()
        self.save_button.setEnabled(True)
        self.problem.setStyleSheet("")
        self.said_check = False
        self.problem.setText(self.tr("Saved as version {version}; new notices use it at every "
                                     "PC of the office.").format(version=saved.version))
        self.saved.emit(saved.template)
        self.reload()

    def _failed(self, failure: Failure) -> None:
        self.save_button.setEnabled(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.said_check = False
        self.problem.setText(self.runner.failure_text(failure))


class FieldDetails(QDialog):
    """One field of the template being edited, every property of it: its name, kind, whether
    it is required, its label in each language and its choices."""

    def __init__(self, page: TemplatesPage, row: int) -> None:
        super().__init__(page)
        self.page, self.row = page, row
        table = page.fields
        form = QFormLayout(self)
        self.name = QLineEdit(page._cell(row, ID))
        self.name.setObjectName("detail_name")
        self.kind = QComboBox()
        self.kind.setObjectName("detail_kind")
        kind_box = table.cellWidget(row, KIND)
        required_box = table.cellWidget(row, REQUIRED)
        assert isinstance(kind_box, QComboBox) and isinstance(required_box, QCheckBox)
        for code, name in page._kind_names().items():
            self.kind.addItem(name, code.value)
        self.kind.setCurrentIndex(self.kind.findData(kind_box.currentData()))
        self.required = QCheckBox(self.tr("Required"))
        self.required.setObjectName("detail_required")
        self.required.setChecked(required_box.isChecked())
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow("", self.required)
        self.labels: dict[str, QLineEdit] = {}
        for lang, column in LABEL_COLUMNS.items():
            edit = QLineEdit(page._cell(row, column))
            edit.setObjectName(f"detail_label_{lang}")
            self.labels[lang] = edit
            form.addRow(self.tr("Label ({language})").format(language=AUTONYMS[lang]), edit)
        self.choices = QLineEdit(page._cell(row, CHOICES))
        self.choices.setObjectName("detail_choices")
        self.choices.setPlaceholderText(self.tr("value: et | ru | en; \u2026"))
        self.choices.setMinimumWidth(self.choices.fontMetrics().horizontalAdvance("x" * 48))
        form.addRow(self.tr("Choices"), self.choices)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("Field {name}").format(name=self.name.text() or "\u2026"))

    def accept(self) -> None:
        """Put the details into the table's row; the page checks the template again."""
        table = self.page.fields
        values = {ID: self.name.text(), CHOICES: self.choices.text(),
                  **{column: self.labels[lang].text() for lang, column in LABEL_COLUMNS.items()}}
        for column, text in values.items():
            item = table.item(self.row, column)
            if item is None:
                table.setItem(self.row, column, QTableWidgetItem(text))
            elif item.text() != text:
                item.setText(text)
        kind_box = table.cellWidget(self.row, KIND)
        required_box = table.cellWidget(self.row, REQUIRED)
        if isinstance(kind_box, QComboBox):
            kind_box.setCurrentIndex(kind_box.findData(self.kind.currentData()))
        if isinstance(required_box, QCheckBox):
            required_box.setChecked(self.required.isChecked())
        super().accept()
