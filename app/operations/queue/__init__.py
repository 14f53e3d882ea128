"""The queue's operations: issue, call next, recall, no-show, park, transfer, finish, cancel,
and what the windows show.

Each is one write transaction (`BEGIN IMMEDIATE` on SQLite). A ticket changes status only by a
compare-and-set UPDATE (`... WHERE status = 'waiting'`), so two counters can never hold the same
ticket even on a database that lets both read it. Each is `hosted`: with a queue host it runs
there (app.operations.hosting). The windows, the CLI and the server call them from here.

Where each lives:
- issuing: issue a ticket, cancel it and issue the right one in its place, void it, note its print
- calling: call next and the counter's other actions (recall, no-show, park, return, transfer,
  finish, open or close the counter)
- undoing: a no-show brought back the same day, call next undone moments after
- overview: what the windows show (services, counters, lines, waiting tickets, a counter's desk,
  recent calls, a ticket's history, the office's name)
- numbering: the host's numbering, and the blocks of numbers it leases to kiosks
- blocks: a kiosk's leased numbers, to issue from while the host cannot be reached
- statements: the statements built once, call next's SQLite fast path among them
- lookups, tickets: what the others share (finding services, counters and tickets; a ticket's
  events and view)

Imports go one way, from the operations down to what they share: issuing imports blocks,
blocks imports numbering; lookups and statements import nothing of the package, tickets only
statements.
"""

from app.operations.queue.calling import (
    call_next,
    finish,
    no_show,
    park,
    recall,
    return_parked,
    set_counter_open,
    transfer,
)
from app.operations.queue.issuing import cancel, issue_ticket, record_printed, void_ticket
from app.operations.queue.numbering import lease_number_block
from app.operations.queue.overview import (
    counter_desk,
    list_counters,
    list_services,
    office_name,
    queue_overview,
    recent_calls,
    ticket_history,
    waiting_tickets,
)
from app.operations.queue.undoing import bring_back, no_shows_today, undo_call_next

__all__ = [
    "bring_back",
    "no_shows_today",
    "undo_call_next",
    "call_next",
    "cancel",
    "counter_desk",
    "finish",
    "issue_ticket",
    "lease_number_block",
    "list_counters",
    "list_services",
    "no_show",
    "office_name",
    "park",
    "queue_overview",
    "recall",
    "recent_calls",
    "record_printed",
    "return_parked",
    "set_counter_open",
    "ticket_history",
    "transfer",
    "void_ticket",
    "waiting_tickets",
]
