"""The evaluation form (a person's served ticket or contact on a scorecard: by the person
first, or by the supervisor) and the supervisor's scorecard editor."""

from __future__ import annotations

from typing import Any

from app.core.evaluation import Answer, Scorecard
from app.core.permissions import Actor
from app.operations import evaluations as ops
from app.operations.results import StaffMember, staff_members
from app.ui import style
from app.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from app.ui.runner import Failure, Runner
from app.ui.widgets import Banner


def answer_name(answer: Answer | str) -> str:
    """An answer as the forms show it, in the window's language."""
    names = {
        Answer.YES: QCoreApplication.translate("Answers", "yes"),
        Answer.NO: QCoreApplication.translate("Answers", "no"),
        Answer.PARTIAL: QCoreApplication.translate("Answers", "partly"),
        Answer.NOT_APPLICABLE: QCoreApplication.translate("Answers", "not applicable"),
    }
    try:
        return names[Answer(answer)]
    except ValueError:
        return str(answer)


class EvaluateDialog(QDialog):
    """Fill a scorecard about a served ticket or contact; `own` for one's own work first."""

    def __init__(self, runner: Runner, actor: Actor, own: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.actor = actor
        self.own = own
        self.cards: list[ops.ScorecardView] = []
        self.work: list[ops.Work] = []
        self.answers: dict[str, QComboBox] = {}
        self.setWindowTitle(self.tr("Score my work") if own else self.tr("Evaluate"))
        self.banner = Banner()
        self.staff = QComboBox()
        self.staff.setObjectName("evaluate_staff")
        self.staff.currentIndexChanged.connect(lambda _i: self._load_work())
        self.subject = QComboBox()
        self.subject.setObjectName("evaluate_work")
        self.card = QComboBox()
        self.card.setObjectName("evaluate_card")
        self.card.currentIndexChanged.connect(lambda _i: self._show_card())
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("evaluate_comment")
        self.comment.setFixedHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("Whose work:"), self.staff)
        form.addRow(self.tr("Served ticket or contact:"), self.subject)
        form.addRow(self.tr("Form:"), self.card)
        self.questions = QWidget()
        self.questions_layout = QVBoxLayout(self.questions)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.questions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(QLabel(self.tr("Comment:")))
        layout.addWidget(self.comment)
        layout.addWidget(buttons)
        self.resize(720, 640)
        if own:
            self.staff.addItem(actor.name, actor.name)
            self.staff.setEnabled(False)
        else:
            runner.read(staff_members, on_done=self._staff, on_error=self._failed)
        runner.read(ops.list_scorecards, on_done=self._cards, on_error=self._failed)

    def _failed(self, failure: Failure) -> None:
        self.banner.show_error(failure.text)

    def _staff(self, members: list[StaffMember]) -> None:
        for m in members:
            self.staff.addItem(f"{m.display_name} ({m.user_name})", m.user_name)

    def _load_work(self) -> None:
        staff = self.staff.currentData()
        if staff:
            self.runner.read(ops.served_work, staff, on_done=self._work, on_error=self._failed)

    def _work(self, work: list[ops.Work]) -> None:
        self.work = work
        self.banner.clear_message()
        self.subject.clear()
        for w in work:
            when = w.at.astimezone(self.runner.ctx.timezone).strftime("%d.%m %H:%M")
            what = (self.tr("ticket {number}").format(number=w.label) if w.kind == "ticket"
                    else self.tr("contact ({channel})").format(channel=w.label))
            self.subject.addItem(f"{when}  {what}", w)
        if not work:
            self.banner.show_info(self.tr("No served tickets or contacts in the last month."))

    def _cards(self, cards: list[ops.ScorecardView]) -> None:
        self.cards = cards
        self.card.clear()
        for c in cards:
            self.card.addItem(c.title, c.id)
        if not cards:
            self.banner.show_info(self.tr("There is no evaluation form yet. The supervisor "
                                          "makes one under Scorecards."))

    def _show_card(self) -> None:
        while self.questions_layout.count():
            item = self.questions_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.answers = {}
        index = self.card.currentIndex()
        if not 0 <= index < len(self.cards):
            return
        card: Scorecard = self.cards[index].card
        for section in card.sections:
            title = QLabel(section.title)
            style.set_font(title, 15, bold=True)
            self.questions_layout.addWidget(title)
            for q in section.questions:
                row = QWidget()
                line = QHBoxLayout(row)
                line.setContentsMargins(0, 0, 0, 0)
                label = QLabel(q.text + (" *" if q.critical else "") + f"  ({q.weight})")
                label.setWordWrap(True)
                box = QComboBox()
                box.setObjectName(f"answer_{q.key}")
                box.setFixedWidth(200)
                box.addItem("", "")
                for a in Answer:
                    box.addItem(answer_name(a), a.value)
                line.addWidget(label, 1)
                line.addWidget(box)
                self.questions_layout.addWidget(row)
                self.answers[q.key] = box
        note = QLabel(self.tr("* critical: answered \u201cno\u201d, it fails the whole form. "
                              "The weight is in brackets."))
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {style.MUTED}")
        self.questions_layout.addWidget(note)
        self.questions_layout.addStretch(1)

    def save(self) -> None:
        work = self.subject.currentData()
        index = self.card.currentIndex()
        if not isinstance(work, ops.Work) or not 0 <= index < len(self.cards):
            self.banner.show_error(self.tr("Choose the work and the form first."))
            return
        answers = {key: box.currentData() for key, box in self.answers.items()}
        kwargs: dict[str, Any] = {"ticket_id": work.id} if work.kind == "ticket" else {
            "contact_id": work.id}
        self.runner.write(ops.evaluate, self.cards[index].id, self.staff.currentData(),
                          answers, comment=self.comment.toPlainText(), own=self.own,
                          on_done=lambda _e: self.accept(), on_error=self._failed, **kwargs)


class ScorecardDialog(QDialog):
    """The supervisor's scorecards: choose one or a new one; its title, and a row per
    question (section, question, weight, critical)."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.cards: list[ops.ScorecardView] = []
        self.setWindowTitle(self.tr("Scorecards"))
        self.banner = Banner()
        self.choice = QComboBox()
        self.choice.setObjectName("scorecard_choice")
        self.choice.currentIndexChanged.connect(lambda _i: self._show())
        self.title = QLineEdit()
        self.title.setObjectName("scorecard_title")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("scorecard_questions")
        self.table.setHorizontalHeaderLabels([self.tr("Section"), self.tr("Question"),
                                              self.tr("Weight"), self.tr("Critical")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("Add a question"))
        add.clicked.connect(lambda: self.add_row())
        remove = QPushButton(self.tr("Remove the chosen question"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        retire = QPushButton(self.tr("Stop using this form"))
        retire.clicked.connect(self.retire)
        row = QHBoxLayout()
        for button in (add, remove):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(retire)
        form = QFormLayout()
        form.addRow(self.tr("Form:"), self.choice)
        form.addRow(self.tr("Title:"), self.title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("A form already used for evaluations is saved as a new form; "
                              "the evaluations keep the one they were made on."))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {style.MUTED}")
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(820, 600)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        def listed(cards: list[ops.ScorecardView]) -> None:
            self.cards = cards
            self.choice.blockSignals(True)
            self.choice.clear()
            self.choice.addItem(self.tr("A new form"), None)
            for c in cards:
                self.choice.addItem(c.title, c.id)
            index = self.choice.findData(select) if select else 0
            self.choice.setCurrentIndex(max(index, 0))
            self.choice.blockSignals(False)
            self._show()

        self.runner.read(ops.list_scorecards, on_done=listed, on_error=self._failed)

    def _failed(self, failure: Failure) -> None:
        self.banner.show_error(failure.text)

    def add_row(self, section: str = "", text: str = "", weight: int = 1,
                critical: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(section))
        self.table.setItem(row, 1, QTableWidgetItem(text))
        self.table.setItem(row, 2, QTableWidgetItem(str(weight)))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                       | Qt.ItemFlag.ItemIsSelectable)
        check.setCheckState(Qt.CheckState.Checked if critical else Qt.CheckState.Unchecked)
        self.table.setItem(row, 3, check)

    def _show(self) -> None:
        self.table.setRowCount(0)
        card_id = self.choice.currentData()
        card = next((c for c in self.cards if c.id == card_id), None)
        if card is None:
            self.title.clear()
            self.add_row()
            return
        self.title.setText(card.title)
        for section in card.card.sections:
            for q in section.questions:
                self.add_row(section.title, q.text, q.weight, q.critical)

    def card_data(self) -> dict[str, Any]:
        sections: list[dict[str, Any]] = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in range(4)]
            section = cells[0].text().strip() if cells[0] else ""
            text = cells[1].text().strip() if cells[1] else ""
            if not text and not section:
                continue
            weight_text = cells[2].text().strip() if cells[2] else "1"
            weight: int | str = int(weight_text) if weight_text.isdigit() else weight_text
            critical = bool(cells[3]) and cells[3].checkState() == Qt.CheckState.Checked
            if not sections or sections[-1]["title"] != section:
                sections.append({"title": section, "questions": []})
            sections[-1]["questions"].append(
                {"text": text, "weight": weight, "critical": critical})
        return {"title": self.title.text(), "sections": sections}

    def save(self) -> None:
        self.runner.write(ops.save_scorecard, self.card_data(), self.choice.currentData(),
                          on_done=self._saved, on_error=self._failed)

    def _saved(self, card: ops.ScorecardView) -> None:
        self.banner.show_info(self.tr("The form is saved."))
        self.reload(card.id)

    def retire(self) -> None:
        card_id = self.choice.currentData()
        if card_id:
            self.runner.write(ops.retire_scorecard, card_id,
                              on_done=lambda _r: self.reload(), on_error=self._failed)
