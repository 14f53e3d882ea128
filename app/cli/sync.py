"""`lett connect`, `lett disconnect` and `lett sync`: this PC and its Lett server, as clients
of app.sync."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import print_json
from app.i18n import error_text, rejection_text, translate

CONTEXT = "cli"


def add_sync_parser(sub: Any) -> None:
    sync = sub.add_parser("sync", help="send this PC's changes to the server, fetch the office's")
    sync.add_argument("--json", action="store_true", help="print one JSON object")
    sync.add_argument("--rejections", action="store_true",
                      help="also list the changes the server refused")


def add_connection_parsers(sub: Any) -> None:
    connect = sub.add_parser("connect", help="connect this PC to a Lett server")
    connect.add_argument("url", help="the server's address, e.g. https://lett.example:8470")
    connect.add_argument("code", help="the one-time enrollment code from the server")
    connect.add_argument("--name", default="", help="this PC's name (default: its host name)")
    connect.add_argument("--ca", default="", metavar="FILE",
                         help="certificate authority file for a server with its own certificate")
    sub.add_parser("disconnect", help="disconnect this PC from its server")


def sync_command(args: argparse.Namespace, local: Any, lang: str) -> int:
    from app.sync.engine import pending
    from app.sync.worker import sync_local

    report = sync_local(local)
    rejected = pending(local.db, with_rejections=True).rejected if args.rejections else []
    if args.json:
        data = report.to_json()
        if report.error is not None:
            data["message"] = error_text(report.error, lang)
        if report.file_error is not None:
            data["file_message"] = error_text(report.file_error, lang)
        if args.rejections:
            data["rejected_changes"] = rejected
        print_json(data)
    else:
        if report.error is not None:
            print(error_text(report.error, lang), file=sys.stderr)
        print(translate(
            CONTEXT, "Sent {pushed}, received {pulled}; {waiting} changes waiting, "
            "{rejections} refused.", lang,
        ).format(pushed=report.pushed, pulled=report.pulled, waiting=report.waiting,
                 rejections=report.rejections))
        if report.files_sent or report.files_fetched or report.files_waiting:
            print(translate(
                CONTEXT, "Files: {sent} sent, {fetched} received, {waiting} waiting.", lang,
            ).format(sent=report.files_sent, fetched=report.files_fetched,
                     waiting=report.files_waiting))
        if report.file_error is not None:
            print(error_text(report.file_error, lang), file=sys.stderr)
        for r in rejected:
            print(translate(CONTEXT, "Refused: {table} {row} ({op}): {reason}", lang).format(
                table=r["table"], row=r["row_id"], op=r["op"], reason=rejection_text(r, lang)))
    return 0 if report.error is None else 1


def connect_command(args: argparse.Namespace, local: Any, lang: str) -> int:
    from app.sync.connection import connect, office_summary

    done = connect(local, args.url, args.code, name=args.name, ca_file=args.ca)
    office = done.office
    print(translate(CONTEXT, "Connected to {url} as {name} ({role}) of office {office} "
                             "\u201c{office_name}\u201d.", lang).format(
        url=done.url, name=done.name, role=done.role, office=office["code"],
        office_name=office["name"]))
    if done.new_device:
        print(translate(CONTEXT, "This PC's data had been restored or copied: it is connected "
                                 "as a new device, and the changes it kept are sent under it "
                                 "({pushed} sent now).", lang).format(
            pushed=getattr(done.sync, "pushed", 0)))
    error = getattr(done.sync, "error", None)
    if error is not None:
        print(translate(CONTEXT, "The first sync did not finish: {error}", lang).format(
            error=error_text(error, lang)), file=sys.stderr)
    summary = office_summary(local.db, office["code"])
    if summary is None:
        print(translate(CONTEXT, "The office's services and counters arrive with the first "
                                 "sync.", lang))
    else:
        print(translate(CONTEXT, "Office {office}: {services} services, {counters} counters.",
                        lang).format(office=summary.code, services=summary.services,
                                     counters=summary.counters))
    return 0


def disconnect_command(local: Any, lang: str) -> int:
    from app.sync.connection import disconnect

    url, revoked = disconnect(local)
    if not url:
        print(translate(CONTEXT, "This PC was not connected to a server.", lang))
    elif revoked:
        print(translate(CONTEXT, "Disconnected from {url}; the server revoked this PC's token.",
                        lang).format(url=url))
    else:
        print(translate(CONTEXT, "Disconnected from {url}, which could not be told: ask its "
                                 "administrator to run \u201clett server revoke {device}\u201d.",
                        lang).format(url=url, device=local.db.device_id))
    return 0
