"""The watch list: names the desk is alerted to when a visitor near one of them registers."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.core import visitors as rules
from app.core.permissions import Action
from app.operations.context import Context
from app.operations.visitors.views import WatchAlert, WatchEntryView
from app.store.models import WatchListEntry


def add_watch_entry(ctx: Context, name: str, reason: str = "") -> WatchEntryView:
    ctx.require(Action.MANAGE_WATCH_LIST)
    name = rules.check_name(name)
    row = WatchListEntry(office_id=ctx.office_id, name=name, name_key=rules.fold(name),
                         reason=reason.strip(), added_by=ctx.actor.name, added_at=ctx.now())
    with ctx.db.write() as s:
        s.add(row)
    return WatchEntryView(row.id, row.name, row.reason, row.added_by, row.added_at)


def list_watch_entries(ctx: Context) -> list[WatchEntryView]:
    ctx.require(Action.MANAGE_WATCH_LIST)
    with ctx.db.read() as s:
        return [WatchEntryView(r.id, r.name, r.reason, r.added_by, r.added_at)
                for r in s.scalars(select(WatchListEntry).where(
                    WatchListEntry.office_id == ctx.office_id, WatchListEntry.active.is_(True),
                    WatchListEntry.deleted_at.is_(None)).order_by(WatchListEntry.name))]


def remove_watch_entry(ctx: Context, entry_id: str) -> None:
    ctx.require(Action.MANAGE_WATCH_LIST)
    with ctx.db.write() as s:
        s.execute(update(WatchListEntry).where(
            WatchListEntry.id == entry_id, WatchListEntry.office_id == ctx.office_id,
        ).values(active=False, **ctx.db.stamp()))


def watch_alerts(s: Session, ctx: Context, name_key: str) -> list[WatchAlert]:
    """The watch list's names near a visitor's (folded) name, the nearest first."""
    alerts = []
    for entry in s.scalars(select(WatchListEntry).where(
            WatchListEntry.office_id == ctx.office_id, WatchListEntry.active.is_(True),
            WatchListEntry.deleted_at.is_(None))):
        match = rules.match_name(name_key, entry.name_key)
        if match is not None:
            alerts.append(WatchAlert(entry.name, entry.reason, match.score, match.how))
    return sorted(alerts, key=lambda a: -a.score)
