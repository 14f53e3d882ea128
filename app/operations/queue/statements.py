"""The queue's statements, built once: building a statement costs more than running it.

Issuing and numbering run theirs on the write connection. Call next's are the SQLite fast path,
run on the raw sqlite3 cursor (FAST, see app.store.fastpath), and on PostgreSQL the forms that
read, or take and write, in one statement (`*_AT_ONCE`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Boolean,
    Integer,
    Select,
    String,
    Update,
    and_,
    bindparam,
    case,
    cast,
    func,
    insert,
    literal,
    literal_column,
    null,
    or_,
    select,
    union_all,
    update,
)

from app.core.queue import OFFLINE_FIRST_SEQ, EventKind, TicketStatus
from app.store.fastpath import FastStatements
from app.store.models import (
    Contact,
    ContactTopic,
    Counter,
    CounterService,
    NumberBlock,
    Office,
    Service,
    Ticket,
    TicketEvent,
    UTCDateTime,
    Visit,
)

# The wait estimate learns from this many of a service's latest handlings.
RECENT_HANDLINGS = 20

T = Ticket.__table__
NOW = bindparam("now", type_=UTCDateTime())
E = TicketEvent.__table__
S = Service.__table__
C = Counter.__table__
CS = CounterService.__table__
NB = NumberBlock.__table__
CT = Contact.__table__
TOPIC = ContactTopic.__table__


# -- issuing and numbering ------------------------------------------------------------------

SERVICE_BY_CODE = select(S).where(
    S.c.office_id == bindparam("office_id"),
    S.c.code == bindparam("code"),
    S.c.deleted_at.is_(None),
    S.c.active.is_(True),
)
RECENT_PRESSES = (
    select(T.c.id, T.c.device_id, E.c.data)
    .join(E, and_(E.c.ticket_id == T.c.id, E.c.kind == EventKind.ISSUED.value))
    .where(
        T.c.service_id == bindparam("service_id"),
        T.c.source == bindparam("source"),
        T.c.issued_at >= bindparam("since"),
        T.c.status != TicketStatus.VOIDED.value,
    )
    .order_by(T.c.issued_at.desc())
    .limit(50)
)
ESTIMATE_INPUTS = select(
    select(func.count(T.c.id))
    .where(
        T.c.service_id == bindparam("service_id"),
        T.c.status == TicketStatus.WAITING.value,
        or_(
            T.c.priority > bindparam("priority"),
            and_(T.c.priority == bindparam("priority"), T.c.queue_key <= bindparam("key")),
        ),
    )
    .scalar_subquery()
    .label("ahead"),
    select(func.count(C.c.id))
    .select_from(C.join(CS, CS.c.counter_id == C.c.id))
    .where(
        CS.c.service_id == bindparam("service_id"),
        CS.c.deleted_at.is_(None),
        C.c.is_open.is_(True),
        C.c.deleted_at.is_(None),
    )
    .scalar_subquery()
    .label("open_counters"),
    select(Office.__table__.c.default_handling_min)
    .where(Office.__table__.c.id == bindparam("office_id"))
    .scalar_subquery()
    .label("default_handling"),
)
RECENT_HANDLING = (
    select(T.c.first_called_at, T.c.finished_at)
    .where(
        T.c.service_id == bindparam("service_id"),
        T.c.status == TicketStatus.DONE.value,
        T.c.first_called_at.is_not(None),
    )
    .order_by(T.c.finished_at.desc())
    .limit(RECENT_HANDLINGS)
)
NUMBERING = select(
    func.max(case((T.c.seq < OFFLINE_FIRST_SEQ, T.c.seq))),
    func.max(T.c.seq),
    func.count(T.c.id),
    func.count(case((T.c.status == TicketStatus.VOIDED.value, 1))),
).where(T.c.issued_service_id == bindparam("service_id"), T.c.day == bindparam("day"))
LEASED_TOP = select(func.max(NB.c.last_seq)).where(
    NB.c.service_id == bindparam("service_id"), NB.c.day == bindparam("day")
)
LOCK_SERVICE = select(S.c.id).where(S.c.id == bindparam("service_id")).with_for_update()
INSERT_BLOCK = insert(NB)
INSERT_VISIT = insert(Visit.__table__)
INSERT_TICKET = insert(T)
OFFICE_NAME = select(Office.__table__.c.name).where(
    Office.__table__.c.id == bindparam("office_id")
)
# A ticket with its service's and counter's columns (app.operations.queue.tickets.view_of_row).
TICKET_VIEW = (
    select(T, S.c.code.label("service_code"), S.c.name_et, S.c.name_ru, S.c.name_en,
           C.c.number.label("counter_number"), C.c.label.label("counter_label"))
    .join(S, S.c.id == T.c.service_id)
    .outerjoin(C, C.c.id == T.c.counter_id)
    .where(T.c.id == bindparam("ticket_id"))
)
INSERT_EVENT = insert(E)


# -- call next -------------------------------------------------------------------------------

COUNTER_LINES = (
    select(C.c.id, C.c.label, S.c.id.label("service_id"), S.c.priority_aging_min)
    .select_from(C)
    .outerjoin(CS, and_(CS.c.counter_id == C.c.id, CS.c.deleted_at.is_(None)))
    .outerjoin(S, S.c.id == CS.c.service_id)
    .where(C.c.office_id == bindparam("office_id"), C.c.number == bindparam("number"),
           C.c.deleted_at.is_(None))
)
CAP = select(Office.__table__.c.priority_cap).where(
    Office.__table__.c.id == bindparam("office_id"))
OFFICE_SERVICES = select(S.c.id, S.c.code, S.c.name_et, S.c.name_ru, S.c.name_en).where(
    S.c.office_id == bindparam("office_id")
)
FINISH_CURRENT = (
    update(T)
    .where(T.c.counter_id == bindparam("at_counter"), T.c.status == TicketStatus.CALLED.value)
    .values(status=TicketStatus.DONE.value, outcome="served", finished_at=NOW,
            hlc=bindparam("hlc"), device_id=bindparam("device_id"))
    .returning(T.c.id)
)
RECENT_CALLS = (
    select(E.c.data)
    .where(E.c.counter_id == bindparam("counter_id"), E.c.kind == EventKind.CALLED.value)
    .order_by(E.c.at.desc(), E.c.id.desc())
    .limit(bindparam("limit"))
)
ELIGIBLE = (
    T.c.office_id == bindparam("office_id"),
    T.c.status == TicketStatus.WAITING.value,
    or_(
        and_(
            T.c.service_id.in_(
                select(CS.c.service_id).where(
                    CS.c.counter_id == bindparam("counter_id"), CS.c.deleted_at.is_(None)
                )
            ),
            T.c.target_counter_id.is_(None),
        ),
        T.c.target_counter_id == bindparam("counter_id"),
    ),
)
LINES = (
    select(T.c.service_id, T.c.priority, T.c.target_counter_id,
           func.min(T.c.queue_key).label("first"))
    .where(*ELIGIBLE)
    .group_by(T.c.service_id, T.c.priority, T.c.target_counter_id)
)
# The head of a line, as a subquery of the UPDATE that takes it (so its own alias and names).
H = T.alias("head")
HEAD_OF = (
    H.c.office_id == bindparam("line_office"),
    H.c.status == literal_column(f"'{TicketStatus.WAITING.value}'"),
    H.c.service_id == bindparam("line_service"),
    H.c.priority == bindparam("line_priority"),
)
# On PostgreSQL the head is locked as it is chosen, skipping a head another counter is taking
# at this moment: thirty counters on one line each take the next ticket instead of all but one
# failing the compare-and-set and trying again. SQLite's write lock makes this moot (and its
# compiler leaves the clause out).
LINE_HEAD = (
    select(H.c.id)
    .where(*HEAD_OF, H.c.target_counter_id.is_(None))
    .order_by(H.c.queue_key, H.c.id)
    .limit(1)
    .with_for_update(skip_locked=True)
)
LINE_HEAD_AT_COUNTER = (
    select(H.c.id)
    .where(*HEAD_OF, H.c.target_counter_id == bindparam("line_target"))
    .order_by(H.c.queue_key, H.c.id)
    .limit(1)
    .with_for_update(skip_locked=True)
)


def _take(head: Select, counter: str = "counter_id") -> Update:
    """Call the head of a line: one UPDATE whose subquery picks the ticket, so choosing and
    taking it cannot be told apart by any other writer. `counter`: the name of the counter's
    parameter."""
    return (
        update(T)
        .where(T.c.id == head.scalar_subquery(), T.c.status == TicketStatus.WAITING.value)
        .values(
            status=TicketStatus.CALLED.value,
            counter_id=bindparam(counter),
            target_counter_id=None,
            call_count=1,
            called_at=NOW,
            first_called_at=func.coalesce(T.c.first_called_at, NOW),
            hlc=bindparam("hlc"),
            device_id=bindparam("device_id"),
        )
        .returning(*T.c)
    )


TAKE_HEAD = _take(LINE_HEAD)
TAKE_HEAD_AT_COUNTER = _take(LINE_HEAD_AT_COUNTER)


def _reads_at_once() -> Select:
    """PostgreSQL: what call next reads, in one round trip: the lines (as LINES), whether
    the counter's recent calls were priority ones (as RECENT_CALLS) and the ticket it has.
    Each row says which it is in `part`."""
    nothing = {"service_id": null(), "priority": null(), "target_counter_id": null(),
               "first": null(), "flag": null(), "ticket_id": null()}

    def row(part: str, **values: Any) -> list[Any]:
        types = {"service_id": String(), "priority": Integer(), "target_counter_id": String(),
                 "first": UTCDateTime(), "flag": Boolean(), "ticket_id": String()}
        return [literal(part).label("part")] + [
            cast(values.get(name, nothing[name]), types[name]).label(name) for name in nothing
        ]

    recent = RECENT_CALLS.subquery()
    return union_all(
        select(*row("line", service_id=T.c.service_id, priority=T.c.priority,
                    target_counter_id=T.c.target_counter_id, first=func.min(T.c.queue_key)))
        .where(*ELIGIBLE).group_by(T.c.service_id, T.c.priority, T.c.target_counter_id),
        select(*row("recent", flag=recent.c.data["priority"].as_boolean())),
        select(*row("current", ticket_id=T.c.id)).where(
            T.c.counter_id == bindparam("counter_id"), T.c.status == TicketStatus.CALLED.value),
    )


READS_AT_ONCE = _reads_at_once()


def _finish_at_once() -> Any:
    """PostgreSQL: the UPDATE finishing the ticket the counter had (`current`, read before),
    as a CTE; it finishes nothing when the ticket is no longer called there."""
    return (
        update(T)
        .where(T.c.id == bindparam("current"), T.c.counter_id == bindparam("at_counter"),
               T.c.status == TicketStatus.CALLED.value)
        .values(status=TicketStatus.DONE.value, outcome="served", finished_at=NOW,
                hlc=bindparam("hlc"), device_id=bindparam("device_id"))
        .returning(T.c.id)
        .cte("finished")
    )


def _events_at_once(kind: EventKind, ticket: Any) -> Any:
    """PostgreSQL: the INSERT of a `kind` event for each ticket of the CTE `ticket`, as a CTE."""
    columns = (E.c.id, E.c.office_id, E.c.ticket_id, E.c.kind, E.c.at, E.c.actor,
               E.c.counter_id, E.c.data, E.c.deleted_at, E.c.hlc, E.c.device_id)
    values = select(
        bindparam(f"{kind}_event", type_=E.c.id.type), bindparam("event_office"), ticket.c.id,
        bindparam(f"{kind}_kind", kind.value), NOW, bindparam("actor"),
        bindparam("at_counter"), bindparam(f"{kind}_data", type_=E.c.data.type),
        bindparam("no_time", None, type_=E.c.deleted_at.type), bindparam("hlc"),
        bindparam("device_id"),
    )
    return insert(E).from_select(columns, values).cte(f"{kind}_events")


# The counter contacts (app.operations.contacts): one begins when a ticket is called, and
# ends with the ticket's outcome when the ticket is finished, sent on or not answered.
INSERT_CONTACT = insert(CT)
END_CONTACT = (
    update(CT)
    .where(CT.c.ticket_id == bindparam("ended_ticket"), CT.c.ended_at.is_(None))
    .values(ended_at=NOW, outcome=bindparam("contact_outcome"), hlc=bindparam("hlc"),
            device_id=bindparam("device_id"))
)


def _contact_at_once(taken: Any) -> Any:
    """PostgreSQL: the INSERT of the counter contact of the ticket of the CTE `taken`, about
    its service's default topic, as a CTE."""
    topic = (select(TOPIC.c.id)
             .where(TOPIC.c.service_id == taken.c.service_id, TOPIC.c.active.is_(True),
                    TOPIC.c.deleted_at.is_(None))
             .limit(1).scalar_subquery())
    columns = (CT.c.id, CT.c.office_id, CT.c.hlc, CT.c.device_id, CT.c.deleted_at,
               CT.c.channel, CT.c.topic_id, CT.c.note, CT.c.served_by, CT.c.started_at,
               CT.c.lang, CT.c.counter_id, CT.c.ticket_id, CT.c.client_name,
               CT.c.client_organisation, CT.c.client_email, CT.c.client_phone,
               CT.c.retain_until)
    values = select(
        bindparam("contact_id", type_=CT.c.id.type), bindparam("event_office"),
        bindparam("hlc"), bindparam("device_id"),
        bindparam("no_time", None, type_=CT.c.deleted_at.type), literal("counter"), topic,
        literal(""), bindparam("actor"), NOW, taken.c.lang, bindparam("at_counter"),
        taken.c.id, literal(""), literal(""), literal(""), literal(""),
        bindparam("contact_retain", type_=UTCDateTime()),
    )
    return insert(CT).from_select(columns, values).cte("counter_contact")


def _end_contacts_at_once(finished: Any) -> Any:
    """PostgreSQL: the counter contacts of the tickets of the CTE `finished` end, served."""
    return (update(CT)
            .where(CT.c.ticket_id.in_(select(finished.c.id)), CT.c.ended_at.is_(None))
            .values(ended_at=NOW, outcome=literal("served"), hlc=bindparam("hlc"),
                    device_id=bindparam("device_id"))
            .cte("ended_contacts"))


def _take_at_once(head: Select) -> Select:
    """PostgreSQL: call next's writes in one statement. The office's change-log lock, which
    every write of the office waits for (app.store.outbox), is then held for one statement and
    the commit instead of for several round trips to a counter process that may be waiting for
    a CPU. It takes the head as `_take` does, finishes the ticket the counter had (`current`,
    read before) and writes both events; it answers the taken ticket, or nothing.

    No parameter is named after a column of tickets that an UPDATE here leaves alone: SQLAlchemy
    would add it to that UPDATE's SET."""
    taken = _take(head, counter="at_counter").cte("taken")
    finished = _finish_at_once()
    return (select(taken)
            .add_cte(_events_at_once(EventKind.CALLED, taken),
                     _events_at_once(EventKind.FINISHED, finished),
                     _contact_at_once(taken), _end_contacts_at_once(finished)))


def _finish_only_at_once() -> Select:
    """PostgreSQL: when nobody waits, the ticket the counter had is finished and its event
    written in one statement, as `_take_at_once` does along with a call."""
    finished = _finish_at_once()
    return select(finished.c.id).add_cte(_events_at_once(EventKind.FINISHED, finished),
                                         _end_contacts_at_once(finished))


TAKE_AT_ONCE = _take_at_once(LINE_HEAD)
TAKE_AT_ONCE_AT_COUNTER = _take_at_once(LINE_HEAD_AT_COUNTER)
FINISH_ONLY_AT_ONCE = _finish_only_at_once()
# call_next's statements run on the raw sqlite3 cursor (see app.store.fastpath).
FAST = FastStatements()
