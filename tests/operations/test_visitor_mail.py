"""The host hears of their visitor by e-mail, through a real SMTP server on 127.0.0.1."""

import email
import socket
from email import policy

import pytest
from aiosmtpd.controller import Controller

from app.core.errors import LettError, Refused
from app.documents.mail import MailServer
from app.operations import visitors as v
from app.operations.visitor_mail import notify_host

CODE = "37605030299"


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


@pytest.fixture
def visit(ctx):
    host = v.add_specialist(ctx, "Kati Karu", unit="Pensionid", room="204",
                            email="kati.karu@example.ee")
    purpose = v.add_purpose(ctx, "meeting", {"et": "Kohtumine", "ru": "Встреча",
                                             "en": "Meeting"}, "specialist",
                            specialist_id=host.id)
    return v.register_visit(ctx, v.VisitorForm("Mari-Liis Õunapuu", CODE,
                                                organisation="OÜ Näide",
                                                purpose_id=purpose.id, lang="ru"))


def test_the_host_gets_an_e_mail_without_the_personal_code(ctx, smtp, visit):
    port, inbox = smtp
    server = MailServer("127.0.0.1", port, "none", sender="valvelaud@example.ee")
    assert notify_host(ctx, visit.registration.id, server) == "kati.karu@example.ee"
    [(recipients, raw)] = inbox.messages
    assert recipients == ["kati.karu@example.ee"]
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["From"] == "valvelaud@example.ee"
    assert "Mari-Liis Õunapuu" in message["Subject"]
    body = message.get_content()
    assert "Mari-Liis Õunapuu" in body and "OÜ Näide" in body and "Kohtumine" in body
    assert "204" in body and "10:00" in body  # the office's local time
    assert CODE not in raw.decode("utf-8", "replace") and "0299" not in body
    [usage] = [u for u in v.person_usage_records(ctx, CODE)["internalProcessings"]
               if u["lett"]["action"] == "notify"]
    assert usage["lett"]["receiver"] == "Kati Karu <kati.karu@example.ee>"


def test_a_mail_server_that_cannot_be_reached_says_so_and_the_visit_stays(ctx, visit):
    server = MailServer("127.0.0.1", free_port(), "none", sender="valvelaud@example.ee")
    with pytest.raises(LettError) as info:
        notify_host(ctx, visit.registration.id, server)
    assert info.value.code == "host_mail_failed"
    assert "kati.karu@example.ee" in str(info.value)
    assert [r.name for r in v.who_is_in(ctx)] == ["Mari-Liis Õunapuu"]


def test_without_a_mail_server_or_a_host_address_nothing_is_sent(ctx, visit, smtp):
    port, inbox = smtp
    with pytest.raises(Refused) as info:
        notify_host(ctx, visit.registration.id, MailServer(""))
    assert info.value.code == "no_mail_server"
    lone = v.add_specialist(ctx, "Jaan Tamm")
    other = v.register_visit(ctx, v.VisitorForm("Olga Ivanova", host_id=lone.id))
    with pytest.raises(Refused) as no_address:
        notify_host(ctx, other.registration.id,
                    MailServer("127.0.0.1", port, "none", sender="valvelaud@example.ee"))
    assert no_address.value.code == "no_host_email"
    assert inbox.messages == []
