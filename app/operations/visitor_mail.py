"""Telling a visitor's host by e-mail that the visitor has arrived, through the office's mail
server. The message says who came, from where, when and why; never the personal code. Sending
it discloses the visitor's data to the host, so it is recorded in the access log."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from app.core.errors import LettError, NotFound, Refused
from app.core.permissions import Action
from app.core.visitors import Use
from app.documents.mail import MailServer, send
from app.i18n import translate
from app.operations.context import Context
from app.operations.visitors.records import (
    PURPOSE_RECEPTION,
    find_registration,
    load_names,
    log_use,
    registration_view,
)
from app.store.models import Specialist

CONTEXT = "visitor_mail"
# Hosts are the office's staff: the message is in the office's working language.
LANG = "et"


def host_message(sender: str, to: str, name: str, organisation: str, arrived: str,
                 purpose: str, room: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = translate(CONTEXT, "Your visitor has arrived: {name}", LANG).format(
        name=name)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    lines = [translate(CONTEXT, "{name} has arrived and is waiting for you.", LANG).format(
        name=name)]
    if organisation:
        lines.append(translate(CONTEXT, "Organisation: {organisation}", LANG).format(
            organisation=organisation))
    lines.append(translate(CONTEXT, "Arrived at: {time}", LANG).format(time=arrived))
    if purpose:
        lines.append(translate(CONTEXT, "Purpose of visit: {purpose}", LANG).format(
            purpose=purpose))
    if room:
        lines.append(translate(CONTEXT, "Your room: {room}", LANG).format(room=room))
    lines += ["", translate(CONTEXT, "This message was sent by the reception desk's Lett.", LANG)]
    message.set_content("\n".join(lines))
    return message


def notify_host(ctx: Context, registration_id: str, server: MailServer) -> str:
    """E-mail the visit's host that their visitor has arrived; the address it went to.
    Refused when no mail server is set or the host has no address; LettError
    host_mail_failed when the server does not take it (the visit stays registered)."""
    ctx.require(Action.REGISTER_VISITORS)
    with ctx.db.read() as s:
        row = find_registration(s, ctx, registration_id)
        host = s.get(Specialist, row.host_id) if row.host_id else None
        if host is None:
            raise NotFound("unknown_specialist", specialist="-")
        address = host.email
        if not address:
            raise Refused("no_host_email", host=host.name)
        names = load_names(s, ctx)
        view = registration_view(row, names)
    if not server.host or not server.sender:
        raise Refused("no_mail_server")
    message = host_message(server.sender, address, view.name, view.organisation,
                           ctx.local(view.arrived_at).strftime("%d.%m.%Y %H:%M"),
                           view.purpose(LANG), view.host_room)
    try:
        send(server, message)
    except LettError as err:
        raise LettError("host_mail_failed", to=address,
                        detail=str(err.params.get("detail", err.code))) from err
    with ctx.db.write() as s:
        row = find_registration(s, ctx, registration_id)
        log_use(s, ctx, Use.NOTIFY, PURPOSE_RECEPTION, registration=row,
                receiver=f"{host.name} <{address}>")
    return address
