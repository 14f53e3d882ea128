"""The Quality evaluations tab: the evaluations of my work (or, for the supervisor, anyone's),
each with its score, the gap to my own score when I scored the work first, and the comment;
the answers of the chosen one question by question. Everyone may score their own work first;
the supervisor evaluates, keeps the scorecards and sees whom nobody has evaluated this month.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from app.core.permissions import Action, Actor
from app.operations import evaluations as ops
from app.operations.results import StaffMember, staff_members
from app.ui import style
from app.ui.board.view import OwnRefresh, header_text
from app.ui.evaluations.dialogs import EvaluateDialog, ScorecardDialog, answer_name
from app.ui.qt import (
    QAbstractItemView,
    QColor,
    QComboBox,
    QDate,
    QDateEdit,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from app.ui.runner import Failure, Runner
from app.ui.widgets import Banner

FAILED_FG = "#82071e"


def _office_today(ctx: Any) -> date:
    return ctx.local().date()


def _score_text(score: float | None) -> str:
    return "\u2013" if score is None else f"{score:.0f} %"


class EvaluationsTab(QWidget):
    def __init__(self, runner: Runner, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.actor = actor
        self.supervisor = actor.may(Action.SUPERVISE)
        self.items: list[ops.EvaluationView] = []
        self.missing: list[StaffMember] = []
        self.refresh = OwnRefresh(runner, self._load, self._show, self._failed, self)
        self._build()
        self.retranslate()
        if self.supervisor:
            runner.read(staff_members, on_done=self._staff, on_error=self._failed)
            runner.read(_office_today, on_done=self._today)

    def _build(self) -> None:
        self.title = QLabel()
        style.set_font(self.title, 20, bold=True)
        self.whose = QComboBox()
        self.whose.setObjectName("evaluations_whose")
        self.whose.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.whose.addItem("", "")
        if self.supervisor:
            self.whose.addItem("", "*")
            self.whose.setCurrentIndex(1)
        self.whose.setVisible(self.supervisor)
        self.whose.currentIndexChanged.connect(lambda _i: self.refresh.request())
        self.own_button = QPushButton()
        self.own_button.setObjectName("score_own")
        self.own_button.clicked.connect(lambda: self.open_form(own=True))
        self.evaluate_button = QPushButton()
        self.evaluate_button.setObjectName("evaluate")
        self.evaluate_button.clicked.connect(lambda: self.open_form(own=False))
        self.cards_button = QPushButton()
        self.cards_button.setObjectName("scorecards")
        self.cards_button.clicked.connect(self.edit_cards)
        for button in (self.evaluate_button, self.cards_button):
            button.setVisible(self.supervisor)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addSpacing(24)
        head.addWidget(self.whose)
        head.addStretch(1)
        for button in (self.own_button, self.evaluate_button, self.cards_button):
            head.addWidget(button)
        self.banner = Banner()
        self.missing_label = QLabel()
        self.missing_label.setObjectName("not_evaluated")
        self.missing_label.setWordWrap(True)
        self.month = QDateEdit()
        self.month.setObjectName("evaluations_month")
        self.month.setDisplayFormat("MM.yyyy")
        self.month.setDate(QDate.currentDate())
        self.month.dateChanged.connect(lambda _d: self.refresh.request())
        for widget in (self.missing_label, self.month):
            widget.setVisible(self.supervisor)
        month_row = QHBoxLayout()
        month_row.addWidget(self.month)
        month_row.addWidget(self.missing_label, 1)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("evaluations_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_chosen)
        self.details = QLabel()
        self.details.setObjectName("evaluation_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.details.setMinimumWidth(320)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addLayout(month_row)
        layout.addWidget(split, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Quality evaluations"))
        self.whose.setItemText(0, self.tr("My own"))
        if self.supervisor:
            self.whose.setItemText(1, self.tr("Everyone"))
        self.own_button.setText(self.tr("Score my work first\u2026"))
        self.evaluate_button.setText(self.tr("Evaluate\u2026"))
        self.cards_button.setText(self.tr("Scorecards\u2026"))
        self.table.setHorizontalHeaderLabels([header_text(t, 10) for t in (
            self.tr("Date"), self.tr("Staff member"), self.tr("Work"), self.tr("Form"),
            self.tr("Scored by"), self.tr("Score"), self.tr("Gap to own score"))])
        self._show_missing()
        if self.items:
            self._show(self.items)

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        self.refresh.request()
        super().showEvent(event)

    # -- loading ---------------------------------------------------------------------------

    def _load(self, ctx: Any) -> tuple[list[ops.EvaluationView], list[StaffMember]]:
        items = ops.list_evaluations(ctx, self.whose.currentData() or None)
        month = self.month.date()
        missing = (ops.not_evaluated_in(ctx, date(month.year(), month.month(), 1))
                   if self.supervisor else [])
        return items, missing

    def _today(self, today: date) -> None:
        """The office's month, by the office's clock, rather than this PC's."""
        self.month.setDate(QDate(today.year, today.month, today.day))

    def _staff(self, members: list[StaffMember]) -> None:
        for m in members:
            if m.user_name != self.actor.name:
                self.whose.addItem(f"{m.display_name} ({m.user_name})", m.user_name)

    def _failed(self, failure: Failure) -> None:
        self.banner.show_error(failure.text)

    def _show(self, loaded: Any) -> None:
        if isinstance(loaded, tuple):
            self.items, self.missing = loaded
        self._show_missing()
        self.table.setRowCount(len(self.items))
        zone = self.runner.ctx.timezone
        for row, e in enumerate(self.items):
            gap = "\u2013" if e.gap is None or e.gap.percent is None else f"{e.gap.percent:+.0f}"
            by = self.tr("self") if e.kind == ops.SELF else e.evaluator_name
            cells = [e.evaluated_at.astimezone(zone).strftime("%d.%m.%Y"), e.staff_name,
                     e.subject,
                     e.scorecard.title, by, _score_text(e.score), gap]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 5 and e.failed:
                    item.setForeground(QColor(FAILED_FG))
                self.table.setItem(row, column, item)
        if self.items and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self._show_chosen()

    def _show_missing(self) -> None:
        if not self.supervisor:
            return
        names = ", ".join(m.display_name for m in self.missing)
        self.missing_label.setText(
            self.tr("Nobody has evaluated in this month: {names}").format(names=names) if names
            else self.tr("Everyone has been evaluated in this month."))

    def _show_chosen(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            self.details.setText(self.tr("No evaluations yet.") if not self.items else "")
            return
        e = self.items[row]
        own = next((o for o in self.items if o.kind == ops.SELF and o.staff == e.staff
                    and o.ticket_id == e.ticket_id and o.contact_id == e.contact_id), None)
        paired = own is not None and own is not e and own.scorecard.id == e.scorecard.id
        lines = [f"<h3>{escape(e.scorecard.title)} \u2014 {escape(e.subject)}</h3>"]
        if e.failed:
            lines.append(f"<p style='color:{FAILED_FG}'><b>"
                         + self.tr("A critical question failed the whole form.") + "</b></p>")
        for section in e.scorecard.card.sections:
            lines.append(f"<p><b>{escape(section.title)}</b></p><ul>")
            for q in section.questions:
                answer = answer_name(e.answers.get(q.key, "na"))
                mine = ""
                if paired and own is not None:
                    mine = " &nbsp; <i>" + self.tr("own score: {answer}").format(
                        answer=answer_name(own.answers.get(q.key, "na"))) + "</i>"
                lines.append(f"<li>{escape(q.text)}: <b>{answer}</b>{mine}</li>")
            lines.append("</ul>")
        if e.comment:
            lines.append("<p><b>" + self.tr("Comment:") + f"</b> {escape(e.comment)}</p>")
        self.details.setText("".join(lines))

    def open_form(self, own: bool) -> None:
        dialog = EvaluateDialog(self.runner, self.actor, own, self)
        if dialog.exec():
            self.banner.show_info(self.tr("The evaluation is saved."))
        dialog.deleteLater()
        self.refresh.request()

    def edit_cards(self) -> None:
        dialog = ScorecardDialog(self.runner, self)
        dialog.exec()
        dialog.deleteLater()
        self.refresh.request()
