"""`GET /reports/{kind}` at the server: a supervisor's reports of their office, refusals for
everyone and everything else, and the same figures as a PC's SQLite store synced from it."""

import io
from datetime import timedelta

import httpx
import pytest

from app.core.ids import uuid7
from app.core.permissions import Role
from app.operations import accounts as acc
from app.operations import reports
from app.operations.context import open_context, staff_actor
from app.operations.report_export import to_json
from app.operations.setup import create_demo_office
from app.server.app import create_app
from app.server.deps import DeviceAuth
from app.server.devices.service import add_device
from app.server.staff.service import open_session
from app.store.db import open_database
from app.store.models import Office
from app.sync.engine import sync_once
from app.sync.link import ServerLink
from tests.operations.test_day_figures import DAY, work_a_morning
from tests.server.live import LiveServer

PASSWORD = "aruanne-2026-talv"


class Served:
    def __init__(self, db, clock):
        self.db = db
        self.office_id = create_demo_office(db, staff_actor())
        with db.write() as s:
            other = uuid7()
            s.add(Office(id=other, office_id=other, code="TARTU", name="Tartu büroo"))
        self.ctx = open_context(db, staff_actor(), clock=clock)
        self.live = LiveServer(create_app(db, live=False)).start()

    def person(self, roles: str) -> httpx.Client:
        name = f"p{uuid7()[-10:]}"
        acc.create_account(self.ctx, name, name, roles, PASSWORD, must_change_password=False)
        device = uuid7()
        token = add_device(self.db, self.office_id, Role.DESK, device, "desk")
        opened = open_session(self.db, DeviceAuth(device, self.office_id, Role.DESK, "desk",
                                                  "Europe/Tallinn"), name, PASSWORD)
        return httpx.Client(base_url=self.live.url, timeout=30, headers={
            "Authorization": f"Bearer {token}", "X-Lett-Staff-Session": opened.token})


@pytest.fixture
def served(server_store, clock):
    server = Served(server_store, clock)
    yield server
    server.live.stop()


def day_query(**extra):
    return {"from": DAY.isoformat(), "to": DAY.isoformat(), **extra}


def test_a_supervisor_gets_the_report_of_their_office(served, clock):
    work_a_morning(served.ctx, clock)
    with served.person("supervisor") as http:
        answer = http.get("/reports/queue", params=day_query(by="service"))
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["offices"] == ["DEMO"] or len(body["offices"]) == 1
    # The server counts a ticket still waiting to now: to the end of that past day.
    real_time = open_context(served.db, staff_actor())
    expected = to_json(reports.office_report(real_time, DAY, DAY, by=("service",)))
    assert body["rows"] == expected["rows"]
    rows = {r["service"]: r for r in body["rows"]}
    assert (rows["A"]["steps"], rows["A"]["mean_wait"], rows["B"]["left_uncalled"]) == (
        3, 360.0, 1)


def test_another_offices_report_is_refused_alike_whether_it_exists_or_not(served):
    with served.person("supervisor") as http:
        tartu = http.get("/reports/queue", params=day_query(offices="TARTU"))
        nowhere = http.get("/reports/queue", params=day_query(offices="NOWHERE"))
        both = http.get("/reports/queue", params=day_query(
            offices=f"{_own_code(served)},TARTU"))
    for answer in (tartu, nowhere, both):
        assert answer.status_code == 403
        assert answer.json()["error"] == "report_office"
    assert "TARTU" in tartu.json()["message"] and "NOWHERE" in nowhere.json()["message"]


def _own_code(served):
    with served.db.read() as s:
        return s.get(Office, served.office_id).code


def test_a_desk_person_and_a_device_without_a_session_are_refused(served):
    with served.person("desk,counter") as http:
        desk = http.get("/reports/queue", params=day_query())
        bare = httpx.get(f"{served.live.url}/reports/queue", params=day_query(),
                         headers={"Authorization": http.headers["Authorization"]})
    assert (desk.status_code, desk.json()["error"]) == (403, "permission_denied")
    assert bare.status_code == 401


@pytest.mark.parametrize("params, status, code", [
    (day_query(**{"from": "2026-02-30"}), 400, "report_date"),
    (day_query(**{"from": "yesterday"}), 400, "report_date"),
    (day_query(**{"from": "2026-11-24"}), 400, "report_dates"),
    ({"from": "2000-01-01", "to": "2026-11-23"}, 409, "report_too_long"),
    (day_query(by="colour"), 409, "report_grouping"),
    (day_query(measures="steps,speed"), 409, "report_measure"),
])
def test_bad_requests_get_a_clear_error(served, params, status, code):
    with served.person("supervisor") as http:
        answer = http.get("/reports/queue", params=params)
    assert (answer.status_code, answer.json()["error"]) == (status, code)
    assert answer.json()["message"]


def test_values_outside_the_documented_form_are_refused_before_any_work(served):
    with served.person("supervisor") as http:
        injected = http.get("/reports/queue", params=day_query(by="day'; DROP TABLE tickets"))
        huge = http.get("/reports/queue", params=day_query(measures="steps," * 500))
        kind = http.get("/reports/weather", params=day_query())
        missing = http.get("/reports/queue", params={"from": DAY.isoformat()})
    assert [a.status_code for a in (injected, huge, kind, missing)] == [422] * 4


def test_the_report_as_a_workbook_and_a_pdf(served, clock):
    from openpyxl import load_workbook

    work_a_morning(served.ctx, clock)
    with served.person("supervisor") as http:
        xlsx = http.get("/reports/queue", params=day_query(by="service", format="xlsx",
                                                            lang="ru"))
        pdf = http.get("/reports/queue", params=day_query(by="hour", format="pdf"))
        csv = http.get("/reports/queue", params=day_query(by="service", format="csv",
                                                           measures="steps"))
    assert xlsx.headers["content-type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert [c.value for c in sheet[3]][:2] == ["A", 3]
    assert sheet._charts
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content[:5] == b"%PDF-"
    assert csv.text.splitlines()[1:] == ["A,3", "B,2", "C,1"]


def test_a_pc_synced_from_the_server_gives_the_same_figures(served, clock, tmp_path):
    work_a_morning(served.ctx, clock)
    clock.advance(minutes=5)
    pc = open_database(f"sqlite:///{tmp_path / 'pc.sqlite3'}")
    token = add_device(served.db, served.office_id, Role.DESK, pc.device_id, "desk")
    link = ServerLink(served.live.url, token)
    try:
        assert sync_once(pc, link).error is None
        pc_ctx = open_context(pc, staff_actor(), clock=clock)
        for by, kind in ((("service",), "queue"), (("staff", "hour"), "queue"),
                         (("counter",), "counters")):
            here = to_json(reports.office_report(pc_ctx, DAY - timedelta(days=1), DAY, by=by,
                                                 kind=kind))
            there = to_json(reports.office_report(served.ctx, DAY - timedelta(days=1), DAY,
                                                  by=by, kind=kind))
            assert here["rows"] and here == there, (by, kind)
    finally:
        link.close()
        pc.dispose()


def test_the_desks_kinds_over_http_give_the_store_s_figures(served, clock):
    from tests.operations.test_reports import desk_rows

    desk_rows(served.ctx, clock)
    with served.person("supervisor") as http:
        kinds = http.get("/openapi.json").json()["paths"]["/reports/{kind}"]["get"]
        enum = next(p["schema"]["enum"] for p in kinds["parameters"] if p["name"] == "kind")
        assert {"documents", "visitors", "notices"} <= set(enum)
        for kind, by in (("documents", "document_type"), ("visitors", "purpose,hour"),
                         ("notices", "template,delivery")):
            got = http.get(f"/reports/{kind}", params=day_query(by=by))
            assert got.status_code == 200, got.text
            local = to_json(reports.office_report(served.ctx, DAY, DAY, by=by.split(","),
                                                  kind=kind))
            assert got.json()["rows"] == local["rows"] and local["rows"], kind
        wrong = http.get("/reports/notices", params=day_query(by="purpose"))
    assert wrong.status_code == 409 and "purpose" in wrong.text


def test_a_desk_pc_synced_from_the_server_gives_the_same_desks_figures(served, clock,
                                                                         tmp_path):
    from tests.operations.test_reports import desk_rows

    desk_rows(served.ctx, clock)
    clock.advance(days=3)
    pc = open_database(f"sqlite:///{tmp_path / 'pc.sqlite3'}")
    token = add_device(served.db, served.office_id, Role.DESK, pc.device_id, "desk")
    link = ServerLink(served.live.url, token)
    try:
        assert sync_once(pc, link).error is None
        pc_ctx = open_context(pc, staff_actor(), clock=clock)
        for by, kind in ((("document_type",), "documents"), (("day", "series"), "documents"),
                         (("purpose", "hour"), "visitors"), (("template",), "notices")):
            here = to_json(reports.office_report(pc_ctx, DAY - timedelta(days=1),
                                                 DAY + timedelta(days=3), by=by, kind=kind))
            there = to_json(reports.office_report(served.ctx, DAY - timedelta(days=1),
                                                  DAY + timedelta(days=3), by=by, kind=kind))
            assert here["rows"] and here == there, (by, kind)
    finally:
        link.close()
        pc.dispose()
