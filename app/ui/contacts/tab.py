"""The Contacts tab of the staff window: the contact journal.

Left: the contact form with its timer (form.py). F12, anywhere in the window, starts a phone
call: the timer runs and the "on the phone" strip (strip.py) stays on top of every window;
a click on the topic and one on "Stop and save" record it. Right: the views — my contacts
today, the office's, by topic, by channel, and search (lists.py) — and, for the contact
opened from the list, what it produced, with a link to add. Every read and write runs off the
UI thread (work.py); a client's data is read (and the read logged) only when a contact is
opened.
"""

from __future__ import annotations

import time
from typing import Any

from app.core.errors import LettError
from app.core.settings import Settings
from app.ui.contacts import work
from app.ui.contacts.form import ContactForm, clock_text
from app.ui.contacts.lists import ContactTable, CountTable, EscalationTable
from app.ui.contacts.strip import OnThePhoneStrip
from app.ui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QEvent,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QShortcut,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.runner import Failure, Refresh, Runner
from app.ui.widgets import Banner

PHONE_KEY = "F12"
VIEWS = ("mine", "office", "topic", "channel", "search", "escalations")
LINK_KINDS = ("ticket", "visit", "register_entry", "notice")


class ContactsTab(QWidget):
    """Record contacts with clients by channel and topic, and look through the journal."""

    result = Signal(str)
    # Asks the window to show this tab (a call started by its key from another tab).
    wanted = Signal()
    # How many of the signed-in person's escalations need them now.
    attention = Signal(int)

    def __init__(self, runner: Runner, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.data: work.JournalData | None = None
        self.opened: Any = None
        self.follower: Any = None
        # The contacts whose timer was stopped here (a load may still find them going on).
        self.stopped: set[str] = set()
        self.attention_count = 0
        # When the running contact's timer started, by the monotonic clock.
        self.started = 0.0
        self._requested = work.View()
        self.refresh = Refresh(runner, self._load, self._show, self)
        self._build()
        self.strip = OnThePhoneStrip()
        self.strip.stop.connect(self.stop_contact)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.retranslate()
        runner.changed.connect(self.reload)
        self.reload()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = Banner()
        self.form = ContactForm()
        self.form.start_button.clicked.connect(self.start_call)
        self.form.stop_button.clicked.connect(self.stop_contact)
        self.form.record_button.clicked.connect(self.record)
        self.phone_key: QShortcut | None = None

        self.view = QComboBox()
        self.view.setObjectName("contact_view")
        self.view.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for kind in VIEWS:
            self.view.addItem("", kind)
        self.view.currentIndexChanged.connect(self._view_changed)
        self.day_from, self.day_to = QDateEdit(), QDateEdit()
        for edit in (self.day_from, self.day_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setDate(QDate.currentDate())
            edit.dateChanged.connect(lambda _d: self.reload())
        self.search_text = QLineEdit()
        self.search_text.setObjectName("contact_search")
        self.search_text.returnPressed.connect(self.reload)
        self.search_button = QPushButton()
        self.search_button.clicked.connect(self.reload)
        bar = QHBoxLayout()
        self.view_label = QLabel()
        bar.addWidget(self.view_label)
        bar.addWidget(self.view)
        bar.addWidget(self.day_from)
        self.dash = QLabel("\u2013")
        bar.addWidget(self.dash)
        bar.addWidget(self.day_to)
        self.search_text.setMinimumWidth(320)
        bar.addWidget(self.search_text)
        bar.addWidget(self.search_button)
        bar.addStretch(1)

        self.table = ContactTable()
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.open_selected())
        self.counts = CountTable()
        self.escalations = EscalationTable()
        self.escalations.cellDoubleClicked.connect(lambda _r, _c: self.tell_client())
        self.lists = QStackedWidget()
        self.lists.addWidget(self.table)
        self.lists.addWidget(self.counts)
        self.lists.addWidget(self.escalations)
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_contact")
        self.open_button.clicked.connect(self.open_selected)
        self.escalate_button = QPushButton()
        self.escalate_button.setObjectName("escalate")
        self.escalate_button.setEnabled(False)
        self.escalate_button.clicked.connect(self.escalate)
        self.tell_button = QPushButton()
        self.tell_button.setObjectName("tell_client")
        self.tell_button.clicked.connect(self.tell_client)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retry_escalation")
        self.retry_button.clicked.connect(self.retry_escalation)
        self.issue_button = QPushButton()
        self.issue_button.setObjectName("open_issue")
        self.issue_button.clicked.connect(self.open_issue)

        self.links_label = QLabel()
        self.links = QListWidget()
        self.links.setObjectName("contact_links")
        self.links.setMaximumHeight(90)
        self.link_kind = QComboBox()
        for kind in LINK_KINDS:
            self.link_kind.addItem("", kind)
        self.link_number = QLineEdit()
        self.link_number.setObjectName("link_number")
        self.link_button = QPushButton()
        self.link_button.setObjectName("link_contact")
        self.link_button.clicked.connect(self.link)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_kind)
        link_row.addWidget(self.link_number, 1)
        link_row.addWidget(self.link_button)
        self.links_box = QWidget()
        links = QVBoxLayout(self.links_box)
        links.setContentsMargins(0, 0, 0, 0)
        links.addWidget(self.links_label)
        links.addWidget(self.links)
        links.addLayout(link_row)
        self.links_box.setEnabled(False)

        right = QVBoxLayout()
        right.addLayout(bar)
        right.addWidget(self.lists, 1)
        below = QHBoxLayout()
        below.addStretch(1)
        for button in (self.issue_button, self.retry_button, self.tell_button,
                       self.open_button, self.escalate_button):
            below.addWidget(button)
        right.addLayout(below)
        right.addWidget(self.links_box)
        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        self._view_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        names = {"mine": self.tr("My contacts today"), "office": self.tr("The office's"),
                 "topic": self.tr("By topic"), "channel": self.tr("By channel"),
                 "search": self.tr("Search"), "escalations": self.tr("My escalations")}
        if self.attention_count:
            names["escalations"] += f" ({self.attention_count})"
        for i in range(self.view.count()):
            self.view.setItemText(i, names[self.view.itemData(i)])
        self.escalate_button.setText(self.tr("Escalate\u2026"))
        self.tell_button.setText(self.tr("Tell the client and close\u2026"))
        self.retry_button.setText(self.tr("Send again"))
        self.issue_button.setText(self.tr("Open in Jira"))
        self.view_label.setText(self.tr("Show"))
        self.search_text.setPlaceholderText(self.tr("A word of the note, the client's name "
                                                    "or code"))
        self.search_button.setText(self.tr("Search"))
        self.open_button.setText(self.tr("Open the chosen contact"))
        self.links_label.setText(self.tr("What the opened contact produced"))
        kinds = {"ticket": self.tr("Ticket"), "visit": self.tr("Visit"),
                 "register_entry": self.tr("Register entry"), "notice": self.tr("Notice")}
        for i in range(self.link_kind.count()):
            self.link_kind.setItemText(i, kinds[self.link_kind.itemData(i)])
        self.link_number.setPlaceholderText(self.tr("Ticket or registration number"))
        self.link_button.setText(self.tr("Link"))
        if self.opened is not None:
            self._show_links(self.opened)
        if self.data is not None:
            self._show(self.data)

    # -- the views -------------------------------------------------------------------------

    def current_view(self) -> work.View:
        kind = str(self.view.currentData())
        return work.View(kind, self.day_from.date().toPython(), self.day_to.date().toPython(),
                         self.search_text.text())

    def _load(self, ctx: Any) -> work.JournalData:
        return work.load(ctx, self._requested)

    def _view_changed(self) -> None:
        kind = str(self.view.currentData())
        dated = kind in ("office", "topic", "channel")
        for widget in (self.day_from, self.dash, self.day_to):
            widget.setVisible(dated)
        self.search_text.setVisible(kind == "search")
        self.search_button.setVisible(kind == "search")
        self.lists.setCurrentWidget(self.counts if kind in ("topic", "channel") else
                                    self.escalations if kind == "escalations" else self.table)
        self.open_button.setVisible(kind not in ("topic", "channel", "escalations"))
        for button in (self.tell_button, self.retry_button, self.issue_button):
            button.setVisible(kind == "escalations")
        self.reload()

    def reload(self) -> None:
        """Read the chosen view again (its choice is taken here, on the UI thread)."""
        self._requested = self.current_view()
        self.refresh.request()

    def _show(self, data: work.JournalData) -> None:
        first = self.data is None
        self.data = data
        if first:  # the office's today, not this PC's
            today = data.now.astimezone(data.timezone).date()
            for edit in (self.day_from, self.day_to):
                edit.blockSignals(True)
                edit.setDate(QDate(today.year, today.month, today.day))
                edit.blockSignals(False)
        if not data.allowed:
            self.setEnabled(False)
            self.banner.show_error(self.tr(
                "Your roles do not include recording contacts: the journal is not shown."))
            return
        self.form.show_topics(data.topics)
        going_on = data.going_on
        # A load begun before a contact was stopped still finds it going on: not again.
        if going_on is not None and going_on.id not in self.stopped and (
                self.form.going_on is None or self.form.going_on.id != going_on.id):
            self._running(going_on, (data.now - going_on.started_at).total_seconds())
        self.table.show_contacts(data.rows, data.timezone, data.now.astimezone(
            data.timezone).date())
        self.counts.show_counts(data.counts, str(self.view.currentData()))
        self.escalations.show_escalations(data.escalations, data.now, data.timezone)
        count = sum(1 for e in data.escalations if e.attention)
        if count != self.attention_count:
            more = count > self.attention_count
            self.attention_count = count
            self.retranslate()
            self.attention.emit(count)
            if more:
                self.result.emit(self.tr("Escalations that need you: {count} (Contacts, My "
                                         "escalations).").format(count=count))

    # -- the timer -------------------------------------------------------------------------

    def install_phone_key(self, window: QWidget) -> None:
        """F12 starts a phone call anywhere in `window`, whichever tab it shows."""
        self.phone_key = QShortcut(QKeySequence(PHONE_KEY), window)
        self.phone_key.setContext(Qt.ShortcutContext.WindowShortcut)
        self.phone_key.activated.connect(self.start_phone_call)

    def start_phone_call(self) -> None:
        """F12: a phone call begins now, whatever the tab shows."""
        if self.form.going_on is None:
            if self.form.editing:
                self.form.clear()
            self.form.channel.setCurrentIndex(self.form.channel.findData("phone"))
        self.start_call()

    def start_call(self) -> None:
        """Start: a contact on the chosen channel begins now; the strip shows it on top."""
        self.wanted.emit()
        if self.form.going_on is not None:
            return
        if self.form.editing:
            self.form.clear()
        channel, topic, _note, _outcome, lang, _client = self.form.values()
        self.form.start_button.setEnabled(False)
        self.runner.write(work.start, channel, topic, lang, on_done=self._running,
                          on_error=self._failed)

    def _running(self, contact: Any, elapsed: float = 0.0) -> None:
        """The contact's timer runs (`elapsed` seconds already, for one found going on)."""
        self.form.going_on = contact
        self.started = time.monotonic() - max(0.0, elapsed)
        self.form.show_timer()
        self.strip.show()
        self.ticker.start()
        self._tick()
        self.form.topic_list.setFocus()

    def _tick(self) -> None:
        text = clock_text(int(time.monotonic() - self.started))
        self.form.timer_label.setText(text)
        self.strip.show_time(text)

    def stop_contact(self) -> None:
        going_on = self.form.going_on
        if going_on is None:
            return
        self.runner.write(work.stop, going_on.id, self._form_values(), on_done=self._stopped,
                          on_error=self._failed)

    def _stopped(self, contact: Any) -> None:
        self.stopped.add(contact.id)
        self.form.going_on = None
        self.ticker.stop()
        self.strip.hide()
        self.form.clear()
        self.form.show_timer()
        text = self.tr("The contact is recorded: {topic}, {minutes} min.").format(
            topic=contact.topic(self._lang()) or self.tr("no topic"),
            minutes=contact.minutes or 0)
        self.banner.show_info(text)
        self.result.emit(text)

    def _lang(self) -> str:
        from app.ui.qt_i18n import current_language

        return current_language()

    # -- recording and changing ------------------------------------------------------------

    def _form_values(self) -> Any:
        channel, topic, note, outcome, lang, client = self.form.values()
        return work.form_of(channel, topic, note, outcome, lang, client)

    def record(self) -> None:
        """Save the form: the opened contact's changes, or a new contact ending now."""
        self.form.show_fault("")
        if self.form.editing:
            self.runner.write(work.save, self.form.editing, self._form_values(),
                              on_done=self._saved, on_error=self._failed)
        else:
            self.runner.write(work.record, self._form_values(), on_done=self._saved,
                              on_error=self._failed)

    def _saved(self, contact: Any) -> None:
        self.form.clear()
        self.banner.show_info(self.tr("The contact is saved."))

    def _failed(self, failure: Failure) -> None:
        """Bad input goes under the form, which keeps what was typed."""
        self.form.show_timer()
        if isinstance(failure.error, LettError):
            self.form.show_fault(failure.text)
        else:
            self.banner.show_error(failure.text)

    def open_selected(self) -> None:
        contact_id = self.table.selected()
        if contact_id is None:
            self.banner.show_error(self.tr("Choose a contact in the list first."))
            return
        self.runner.write(work.details, contact_id, on_done=self._opened,
                          on_error=self._failed)

    def _opened(self, details: Any) -> None:
        self.opened = details
        self.escalate_button.setEnabled(True)
        if self.form.going_on is None:
            self.form.fill(details)
        self._show_links(details)

    def _show_links(self, details: Any) -> None:
        self.links_box.setEnabled(True)
        self.links.clear()
        kinds = {self.link_kind.itemData(i): self.link_kind.itemText(i)
                 for i in range(self.link_kind.count())}
        for link in details.links:
            self.links.addItem(f"{kinds.get(link.kind, link.kind)} {link.label}")
        if not details.links:
            self.links.addItem(self.tr("Nothing linked yet."))

    def link(self) -> None:
        if self.opened is None:
            return
        contact_id = self.opened.contact.id
        self.runner.write(work.link, contact_id, str(self.link_kind.currentData()),
                          self.link_number.text(),
                          on_done=lambda _l: self._relink(contact_id),
                          on_error=lambda f: self.banner.show_error(f.text))

    def _relink(self, contact_id: str) -> None:
        self.link_number.clear()
        self.runner.write(work.details, contact_id, on_done=self._show_links_of,
                          on_error=self._failed)

    def _show_links_of(self, details: Any) -> None:
        self.opened = details
        self._show_links(details)

    def title(self) -> str:
        """The tab's title, with the number of escalations that need the person now."""
        title = self.tr("Contacts")
        return f"{title} ({self.attention_count})" if self.attention_count else title

    # -- escalation to level 2 -------------------------------------------------------------

    def escalate(self) -> None:
        """Escalate the opened contact: the form filled from what is known."""
        if self.opened is None:
            self.banner.show_error(self.tr("Open a contact first: escalate it from there."))
            return
        self.runner.read(work.draft, self.opened, self._lang(), on_done=self._escalate_draft,
                         on_error=lambda f: self.banner.show_error(f.text))

    def _escalate_draft(self, draft: Any) -> None:
        from app.ui.contacts.escalate import EscalateDialog

        dialog = EscalateDialog(self.runner, draft, self)
        self.escalate_dialog = dialog
        dialog.finished.connect(lambda _r: self._escalated(dialog))
        dialog.open()

    def _escalated(self, dialog: Any) -> None:
        self.escalate_dialog = None
        if dialog.made is not None:
            text = self.tr("The escalation is in the outbox: \u201c{summary}\u201d. It is "
                           "sent in the background.").format(summary=dialog.made.summary)
            self.banner.show_info(text)
            self.result.emit(text)
            if self.follower is not None:
                self.follower.run_now()
        dialog.deleteLater()

    def _chosen_escalation(self) -> Any:
        chosen = self.escalations.selected()
        if chosen is None:
            self.banner.show_error(self.tr("Choose an escalation in the list first."))
        return chosen

    def tell_client(self) -> None:
        chosen = self._chosen_escalation()
        if chosen is None:
            return
        self.runner.read(work.answer_template, chosen.id,
                         on_done=lambda template: self._tell(chosen, template),
                         on_error=lambda f: self.banner.show_error(f.text))

    def _tell(self, chosen: Any, template: Any) -> None:
        from app.documents.mail import MailServer
        from app.ui.contacts.escalate import TellClientDialog

        dialog = TellClientDialog(self.runner, chosen, template, MailServer.of(self.settings),
                                  self)
        self.tell_dialog = dialog
        dialog.finished.connect(lambda _r: self._told(dialog))
        dialog.open()

    def _told(self, dialog: Any) -> None:
        self.tell_dialog = None
        if dialog.closed is not None:
            self.banner.show_info(self.tr("The escalation and its contact are closed."))
        dialog.deleteLater()

    def retry_escalation(self) -> None:
        chosen = self._chosen_escalation()
        if chosen is None:
            return

        def done(_view: Any) -> None:
            self.banner.show_info(self.tr("The escalation is back in the outbox."))
            if self.follower is not None:
                self.follower.run_now()

        self.runner.write(work.retry_escalation, chosen.id, on_done=done,
                          on_error=lambda f: self.banner.show_error(f.text))

    def open_issue(self) -> None:
        from app.ui.qt import QDesktopServices, QUrl

        chosen = self._chosen_escalation()
        if chosen is not None and chosen.issue_url:
            QDesktopServices.openUrl(QUrl(chosen.issue_url))

    def start_escalations(self, home: Any) -> None:
        """Send and follow this PC's escalations in the background while the window is open."""
        from app.ui.contacts.follower import EscalationFollower

        self.follower = EscalationFollower(self.runner, self.settings, home, self)
        self.follower.round_done.connect(lambda _r: self.reload())
        self.follower.start()

    def report_it_problem(self, home: Any) -> None:
        """Report an IT problem (the Lett menu): a description and this PC's diagnostics."""
        from app.ui.contacts.it_problem import ItProblemDialog

        dialog = ItProblemDialog(self.runner, self.settings, home, self.window())
        self.it_dialog = dialog

        def finished(_r: int) -> None:
            self.it_dialog = None
            if dialog.made is not None:
                text = self.tr("The IT problem is reported to {target}.").format(
                    target=dialog.target_name)
                self.result.emit(text)
                if self.follower is not None:
                    self.follower.run_now()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def close_tab(self) -> None:
        self.ticker.stop()
        self.strip.close()
        if self.follower is not None:
            self.follower.stop()
