"""The sync server page: whether this PC is connected, and connecting it with an enrollment
code."""

from __future__ import annotations

from typing import Any

from app.operations.context import Context
from app.ui.config.helpers import Page, PageDialog
from app.ui.qt import QFormLayout, QGroupBox, QLabel, QLineEdit


class ServerPage(Page):
    """This PC's server: whether it is connected, and connecting it with an enrollment code."""

    def __init__(self, dialog: PageDialog) -> None:
        super().__init__(dialog)
        self.local = dialog.local
        self.state = QLabel()
        self.state.setObjectName("server_state")
        self.state.setWordWrap(True)
        self.layout_.addWidget(self.state)
        self.group = QGroupBox()
        form = QFormLayout(self.group)
        self.url = QLineEdit()
        self.url.setObjectName("server_url")
        self.url.setPlaceholderText("https://lett.example.ee:8443")
        self.code = QLineEdit()
        self.code.setObjectName("enroll_code")
        self.code.setPlaceholderText("ABCD-EFGH")
        self.ca = QLineEdit()
        self.labels = [QLabel() for _ in range(3)]
        for label, widget in zip(self.labels, (self.url, self.code, self.ca), strict=True):
            form.addRow(label, widget)
        self.layout_.addWidget(self.group)
        self.layout_.addStretch(1)
        self.fields = {}
        self.retranslate()
        self.show_state()

    def title(self) -> str:
        return self.tr("Sync server")

    def retranslate(self) -> None:
        super().retranslate()
        self.save_button.setText(self.tr("Connect"))
        self.group.setTitle(self.tr("Connect this PC to a server"))
        for label, text in zip(self.labels, (self.tr("Server address"),
                                             self.tr("Enrollment code"),
                                             self.tr("Certificate authority file (optional)")),
                               strict=True):
            label.setText(text)
        self.show_state()

    def show_state(self) -> None:
        if self.local is None:
            self.state.setText("")
            self.group.setEnabled(False)
            return
        url = self.local.settings.get("server.url")
        if url:
            self.state.setText(self.tr(
                "This PC is connected to {url} as a {role} PC. It sends its changes there and "
                "receives the office's; the status bar shows how sync goes.").format(
                    url=url, role=self.local.settings.get("server.role") or "desk"))
        else:
            self.state.setText(self.tr(
                "This PC works alone: its data stays in its own store. To work with other PCs "
                "of the office, ask the server's administrator for an enrollment code "
                "(lett server enroll) and connect."))
        self.group.setEnabled(not url)
        self.save_button.setEnabled(not url)

    def save(self) -> None:
        if self.local is None:
            return
        from app.sync.connection import connect

        local = self.local

        def connecting(_ctx: Context, url: str, code: str, ca: str) -> Any:
            return connect(local, url, code, ca_file=ca)

        self.run(connecting, self.url.text().strip(), self.code.text().strip(),
                 self.ca.text().strip(), done=self.tr("Connected. Restart Lett to work with "
                                                      "the server."),
                 then=lambda _r: self.show_state())
