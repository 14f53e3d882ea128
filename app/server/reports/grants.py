"""Report grants: the offices besides its own whose reports a supervisor or admin account may
see at the server. The server's administrator grants and revokes them from the command line
(`lett server reports …`); they live in the server-only table `report_grants` and never reach
a PC. A grant counts only while the account is active and still a supervisor or an admin, and
only for offices that are not removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import aliased

from app.core import accounts as rules
from app.core.clock import utcnow
from app.core.errors import NotFound
from app.core.permissions import Role
from app.store.db import Database
from app.store.models import Office, ReportGrant, StaffAccount

REPORT_ROLES = frozenset({Role.SUPERVISOR, Role.ADMIN})


class NotSupervisor(Exception):
    """The account is neither a supervisor nor an admin: no report to widen."""

    def __init__(self, user: str) -> None:
        super().__init__(user)
        self.user = user


@dataclass(frozen=True)
class Grant:
    office: str  # the account's own office's code
    user: str
    granted: str  # the granted office's code
    granted_by: str
    granted_at: datetime


def _office(s, code: str) -> Office:
    wanted = code.strip().upper()
    office = s.scalars(select(Office).where(Office.code == wanted,
                                            Office.deleted_at.is_(None))).first()
    if office is None:
        raise NotFound("unknown_office", office=code.strip()[:40])
    return office


def _account(s, office: Office, user: str) -> StaffAccount:
    account = s.scalars(select(StaffAccount).where(
        StaffAccount.office_id == office.id, StaffAccount.user_name == user.strip(),
        StaffAccount.deleted_at.is_(None))).first()
    if account is None:
        raise NotFound("unknown_account", user=user.strip()[:64])
    return account


def grant(db: Database, office_code: str, user: str, codes: list[str], by: str,
          now: datetime | None = None) -> list[str]:
    """Let `user` of `office_code` see the reports of the offices `codes` too; the codes of
    the offices newly granted (the own office and ones granted before are left as they are).
    Nothing is granted when any code is unknown or the account may not see reports."""
    moment = now or utcnow()
    with db.write() as s:
        office = _office(s, office_code)
        account = _account(s, office, user)
        if not rules.parse_roles(account.roles) & REPORT_ROLES:
            raise NotSupervisor(account.user_name)
        targets = [_office(s, code) for code in codes]
        held = set(s.scalars(select(ReportGrant.office_id)
                             .where(ReportGrant.account_id == account.id)))
        added = []
        for target in targets:
            if target.id == office.id or target.id in held:
                continue
            held.add(target.id)
            s.add(ReportGrant(account_id=account.id, office_id=target.id, granted_by=by,
                              granted_at=moment))
            added.append(target.code)
        return added


def revoke(db: Database, office_code: str, user: str, codes: list[str] | None) -> list[str]:
    """Stop `user` of `office_code` seeing the offices `codes` (all granted ones when None);
    the codes of the grants removed."""
    with db.write() as s:
        office = _office(s, office_code)
        account = _account(s, office, user)
        query = (select(ReportGrant.office_id, Office.code)
                 .join(Office, Office.id == ReportGrant.office_id)
                 .where(ReportGrant.account_id == account.id))
        if codes is not None:
            query = query.where(Office.id.in_([_office(s, c).id for c in codes]))
        gone = s.execute(query.order_by(Office.code)).all()
        if gone:
            s.execute(delete(ReportGrant).where(
                ReportGrant.account_id == account.id,
                ReportGrant.office_id.in_([oid for oid, _ in gone])))
        return [code for _, code in gone]


def list_grants(db: Database, office_code: str | None = None) -> list[Grant]:
    """Every grant (of one office's accounts when `office_code` is given)."""
    own, granted = aliased(Office), aliased(Office)
    with db.read() as s:
        query = (select(own.code, StaffAccount.user_name, granted.code, ReportGrant.granted_by,
                        ReportGrant.granted_at)
                 .join(StaffAccount, StaffAccount.id == ReportGrant.account_id)
                 .join(own, own.id == StaffAccount.office_id)
                 .join(granted, granted.id == ReportGrant.office_id)
                 .where(StaffAccount.deleted_at.is_(None)))
        if office_code is not None:
            query = query.where(own.id == _office(s, office_code).id)
        rows = s.execute(query.order_by(own.code, StaffAccount.user_name, granted.code)).all()
    return [Grant(*row) for row in rows]


def visible_offices(db: Database, office_id: str, user_name: str) -> dict[str, str]:
    """code -> id of the offices whose reports `user_name` of `office_id` may see: their own
    office and, while the account is an active supervisor or admin, the active offices
    granted to it."""
    with db.read() as s:
        visible = {code: oid for oid, code in s.execute(
            select(Office.id, Office.code).where(Office.id == office_id,
                                                 Office.deleted_at.is_(None)))}
        account = s.execute(select(StaffAccount.id, StaffAccount.roles).where(
            StaffAccount.office_id == office_id, StaffAccount.user_name == user_name,
            StaffAccount.deleted_at.is_(None), StaffAccount.active.is_(True))).first()
        if not visible or account is None or not (rules.parse_roles(account.roles)
                                                  & REPORT_ROLES):
            return visible
        visible.update({code: oid for oid, code in s.execute(
            select(Office.id, Office.code)
            .join(ReportGrant, ReportGrant.office_id == Office.id)
            .where(ReportGrant.account_id == account.id, Office.deleted_at.is_(None))
            .order_by(Office.code))})
        return visible
