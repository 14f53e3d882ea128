"""A notice e-mailed with its PDF attached, through a real SMTP server on 127.0.0.1."""

import email
import hashlib
import socket
from email import policy

import pytest
from aiosmtpd.controller import Controller

from app.core.errors import LettError, Refused
from app.documents.mail import MailServer
from app.operations import notices
from tests.documents.notice_values import VALUES


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, envelope.content))
        return "250 OK"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller.port, inbox
    controller.stop()


def test_the_pdf_arrives_attached_with_a_text_in_the_notice_language(ctx, smtp):
    port, inbox = smtp
    made = notices.issue_notice(ctx, "usage_contract", "et", VALUES["usage_contract"],
                                "emailed")
    server = MailServer("127.0.0.1", port, "none", sender="teenindus@example.ee")
    notices.email_notice(ctx, made.registry_number, "info@poldmaa.ee", server)
    [(recipients, raw)] = inbox.messages
    assert recipients == ["info@poldmaa.ee"]
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["Subject"].startswith(f"Dokument {made.registry_number} – ")
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "V-26-0001.pdf"
    assert hashlib.sha256(attachment.get_content()).hexdigest() == made.pdf_sha256
    assert "Lugupidamisega" in message.get_body(("plain",)).get_content()


def test_mail_problems_are_clear_and_keep_the_notice(ctx, smtp):
    port, _inbox = smtp
    made = notices.issue_notice(ctx, "notice", "en", VALUES["notice"], "emailed")
    with pytest.raises(Refused) as err:
        notices.email_notice(ctx, made.id, "a@b.ee", MailServer("", sender=""))
    assert err.value.code == "mail_not_set_up"
    with pytest.raises(Refused) as err:
        notices.email_notice(ctx, made.id, "not an address",
                             MailServer("127.0.0.1", port, "none", sender="x@example.ee"))
    assert err.value.code == "bad_email"
    with pytest.raises(LettError) as err:
        notices.email_notice(ctx, made.id, "a@b.ee",
                             MailServer("127.0.0.1", free_port(), "none", sender="x@example.ee"))
    assert err.value.code == "mail_failed"
    assert notices.get_issuance(ctx, made.id).pdf_sha256 == made.pdf_sha256
    # none of these sent it: the register says it has not been e-mailed, until it is
    assert notices.get_issuance(ctx, made.id).delivery == "not_emailed"
    notices.email_notice(ctx, made.id, "a@b.ee",
                         MailServer("127.0.0.1", port, "none", sender="x@example.ee"))
    assert notices.get_issuance(ctx, made.id).delivery == "emailed"
