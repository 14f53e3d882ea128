"""Sending an issued notice by e-mail, the PDF attached, through the office's mail server."""

from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from app.core.errors import LettError, Refused
from app.core.notices import EMAIL
from app.core.settings import Settings

TIMEOUT_S = 30.0


@dataclass(frozen=True)
class MailServer:
    host: str
    port: int = 25
    security: str = "starttls"  # none, starttls, tls
    user: str = ""
    sender: str = ""
    # Where a message names the settings to fix.
    settings_path: str = "settings.toml"

    @classmethod
    def of(cls, settings: Settings) -> MailServer:
        """The mail server this PC's settings name (`mail.*` in settings.toml)."""
        s = settings
        return cls(s.get("mail.host"), s.get("mail.port"), s.get("mail.security"),
                   s.get("mail.user"), s.get("mail.sender"), str(s.path))

    def password(self) -> str:
        """The mail account's password: LETT_MAIL_PASSWORD, else the system keyring."""
        if "LETT_MAIL_PASSWORD" in os.environ:
            return os.environ["LETT_MAIL_PASSWORD"]
        try:
            import keyring

            return keyring.get_password("lett-mail", self.user) or ""
        except Exception:  # no keyring back end on this PC
            return ""


def build_message(sender: str, to: str, subject: str, text: str, filename: str,
                  pdf: bytes) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message.set_content(text)
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=filename)
    return message


def send(server: MailServer, message: EmailMessage) -> None:
    """Hand the message to the mail server; LettError mail_failed when it does not take it."""
    if not server.host or not server.sender:
        raise Refused("mail_not_set_up", path=server.settings_path)
    to = str(message["To"])
    if not EMAIL.match(to):
        raise Refused("bad_email", address=to[:80])
    try:
        if server.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                server.host, server.port, timeout=TIMEOUT_S,
                context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(server.host, server.port, timeout=TIMEOUT_S)
        with client:
            if server.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if server.user:
                client.login(server.user, server.password())
            client.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        raise LettError("mail_failed", address=to, detail=str(exc) or type(exc).__name__) from exc
