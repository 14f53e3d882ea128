"""Visitor registration at the reception desk: registering a visit and routing it (a service
queue, a specialist, the waiting area), expected visitors, check-out by hand or by badge, who
is in the building, search of past visits, and the personal data rules: every use of a
person's data is recorded in `personal_data_access`, the personal code is shown masked unless
asked for, and a visit's personal data is anonymised once its purpose's retention has passed.

Registrations live in their own table, synced to desk and counter PCs only; the visit they
belong to is the queue's `visits` row, which holds no personal data.

The windows, the CLI and the other operations call them from here. Where each lives:
- registering: check the form, register a visit and route it, the watch list's alerts, a badge
- expected: pre-register by hand or from a CSV or iCalendar file, the day's list, check in
- presence: who is in, the evacuation list, check-out (by hand, by badge, at the day's end)
- search: past and present visits by name, personal code, organisation and date
- personal_data: a registration read or its code revealed for a purpose, a person's usage
  records, anonymisation when retention has passed
- directory: specialists and purposes of visit (the office's set-up), the demo office's
- watch_list: the names the desk is alerted to
- views, records: the results and forms; the access log and a registration as staff see it

Imports go one way, from the operations down to records and views; among the operations,
expected imports registering and directory, registering the watch list, and presence
personal_data.
"""

from app.operations.visitors.directory import (
    add_purpose,
    add_specialist,
    create_demo_visitor_setup,
    list_purposes,
    list_specialists,
    remove_purpose,
    remove_specialist,
)
from app.operations.visitors.expected import (
    add_expected,
    check_in_expected,
    expected_on,
    import_expected,
)
from app.operations.visitors.personal_data import (
    anonymise_expired,
    person_usage_records,
    reveal_id_code,
    usage_records,
    visit_details,
)
from app.operations.visitors.presence import (
    EvacuationList,
    check_out,
    check_out_by_badge,
    check_out_earlier_days,
    evacuation_list,
    start_of_day_upkeep,
    who_is_in,
)
from app.operations.visitors.records import (
    PURPOSE_EVACUATION,
    PURPOSE_PRESENCE,
    PURPOSE_RECEPTION,
    PURPOSE_RETENTION,
    PURPOSE_SEARCH,
    PURPOSE_SUBJECT_REQUEST,
)
from app.operations.visitors.registering import badge_token, check_form, register_visit
from app.operations.visitors.search import SearchQuery, find_registrations, search_visits
from app.operations.visitors.views import (
    ExpectedView,
    PurposeView,
    Registered,
    RegistrationView,
    SpecialistView,
    VisitorForm,
    WatchAlert,
    WatchEntryView,
)
from app.operations.visitors.watch_list import (
    add_watch_entry,
    list_watch_entries,
    remove_watch_entry,
)

__all__ = [
    "PURPOSE_EVACUATION",
    "PURPOSE_PRESENCE",
    "PURPOSE_RECEPTION",
    "PURPOSE_RETENTION",
    "PURPOSE_SEARCH",
    "PURPOSE_SUBJECT_REQUEST",
    "EvacuationList",
    "ExpectedView",
    "PurposeView",
    "Registered",
    "RegistrationView",
    "SearchQuery",
    "SpecialistView",
    "VisitorForm",
    "WatchAlert",
    "WatchEntryView",
    "add_expected",
    "add_purpose",
    "add_specialist",
    "add_watch_entry",
    "anonymise_expired",
    "badge_token",
    "check_form",
    "check_in_expected",
    "check_out",
    "check_out_by_badge",
    "check_out_earlier_days",
    "create_demo_visitor_setup",
    "evacuation_list",
    "expected_on",
    "find_registrations",
    "import_expected",
    "list_purposes",
    "list_specialists",
    "list_watch_entries",
    "person_usage_records",
    "register_visit",
    "remove_purpose",
    "remove_specialist",
    "remove_watch_entry",
    "reveal_id_code",
    "search_visits",
    "start_of_day_upkeep",
    "usage_records",
    "visit_details",
    "who_is_in",
]
