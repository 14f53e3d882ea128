"""Report grants: a supervisor of one office sees the reports of the offices the server's
administrator granted them (`lett server reports …`), over real HTTP, and nothing else; the
grants stay on the server."""

from datetime import timedelta

import httpx
import pytest
from sqlalchemy import func, select, update

from app.cli import main
from app.core.ids import uuid7
from app.core.permissions import Role
from app.operations import accounts as acc
from app.operations import queue as q
from app.operations.context import open_context, staff_actor
from app.operations.setup import create_demo_office
from app.server.app import create_app
from app.server.deps import DeviceAuth
from app.server.devices.service import add_device
from app.server.staff.service import open_session
from app.store.db import HEAD, open_database
from app.store.models import Office, ReportGrant, StaffAccount
from app.store.rows import TABLES
from app.sync.engine import sync_once
from app.sync.link import ServerLink
from tests.operations.test_day_figures import DAY, work_a_morning
from tests.server.live import LiveServer

PASSWORD = "aruanne-2026-talv"


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setenv("LETT_LANG", "en")


class Offices:
    """Office DEMO (the session's) and TRT, both with a morning's tickets, and a third, PRN,
    granted to nobody; served over real HTTP."""

    def __init__(self, db, url, clock, live=True):
        self.db, self.url = db, url
        self.office_id = create_demo_office(db, staff_actor())
        create_demo_office(db, staff_actor(), code="TRT")
        with db.write() as s:
            other = uuid7()
            s.add(Office(id=other, office_id=other, code="PRN", name="Pärnu büroo"))
        self.ctx = open_context(db, staff_actor(), "DEMO", clock=clock)
        self.trt = open_context(db, staff_actor(), "TRT", clock=clock)
        self.live = LiveServer(create_app(db, live=False)).start() if live else None
        acc.create_account(self.ctx, "boss", "Boss", "admin", PASSWORD,
                           must_change_password=False)

    def account(self, roles: str) -> str:
        name = f"p{uuid7()[-10:]}"
        acc.create_account(self.ctx, name, name, roles, PASSWORD, must_change_password=False)
        return name

    def person(self, roles: str) -> tuple[str, httpx.Client]:
        name = self.account(roles)
        device = uuid7()
        token = add_device(self.db, self.office_id, Role.DESK, device, "desk")
        opened = open_session(self.db, DeviceAuth(device, self.office_id, Role.DESK, "desk",
                                                  "Europe/Tallinn"), name, PASSWORD)
        return name, httpx.Client(base_url=self.live.url, timeout=30, headers={
            "Authorization": f"Bearer {token}", "X-Lett-Staff-Session": opened.token})

    def lett(self, capsys, *args):
        code = main(["server", "reports", *args, "--database", self.url])
        out = capsys.readouterr()
        return code, out.out, out.err


@pytest.fixture
def offices(server_store, server_db_url, clock):
    served = Offices(server_store, server_db_url, clock)
    work_a_morning(served.ctx, clock)
    # Tartu's morning: two tickets of A and one of C, one of them served.
    q.issue_ticket(served.trt, "A")
    q.issue_ticket(served.trt, "A")
    q.issue_ticket(served.trt, "C")
    clock.advance(minutes=3)
    q.call_next(served.trt, 1)
    clock.advance(minutes=4)
    q.finish(served.trt, 1)
    yield served
    served.live.stop()


@pytest.fixture
def stores(server_store, server_db_url, clock):
    """The offices without their mornings or a server: for the commands alone."""
    return Offices(server_store, server_db_url, clock, live=False)


def day_query(**extra):
    return {"from": DAY.isoformat(), "to": DAY.isoformat(), "by": "service",
            "measures": "steps,left_uncalled", **extra}


def by_service(answer):
    assert answer.status_code == 200, answer.text
    return {row["service"]: row for row in answer.json()["rows"]}


def test_a_granted_supervisor_sees_both_offices_and_the_counts_add_up(offices, capsys):
    name, http = offices.person("supervisor")
    code, out, err = offices.lett(capsys, "grant", "demo", name, "--offices", "TRT")
    assert code == 0, err
    assert f"{name} of office DEMO now also sees the reports of: TRT." in out
    with http:
        own = by_service(http.get("/reports/queue", params=day_query()))
        both = http.get("/reports/queue", params=day_query(offices="DEMO,TRT"))
        tartu = by_service(http.get("/reports/queue", params=day_query(offices="TRT")))
        plain = http.get("/reports/queue", params=day_query(by="day"))
    assert both.json()["offices"] == ["DEMO", "TRT"]
    assert plain.json()["offices"] == ["DEMO"]  # the own office when none is named
    assert tartu["A"]["steps"] == 2 and tartu["C"]["left_uncalled"] == 1
    summed = by_service(both)
    assert set(summed) == set(own) | set(tartu)
    for service, row in summed.items():
        for measure in ("steps", "left_uncalled"):
            expected = sum((part.get(service) or {}).get(measure) or 0 for part in (own, tartu))
            assert (row[measure] or 0) == expected, (service, measure)


def test_an_office_not_granted_is_refused_like_one_that_does_not_exist(offices, capsys):
    name, http = offices.person("supervisor")
    assert offices.lett(capsys, "grant", "DEMO", name, "--offices", "TRT")[0] == 0
    with http:
        answers = [http.get("/reports/queue", params=day_query(offices=codes))
                   for codes in ("PRN", "NOWHERE", "DEMO,TRT,PRN")]
    for answer in answers:
        assert answer.status_code == 403
        assert answer.json()["error"] == "report_office"
    assert [set(a.json()) for a in answers[:2]] == [set(answers[2].json())] * 2
    assert answers[0].json()["message"].replace("PRN", "X") == \
        answers[1].json()["message"].replace("NOWHERE", "X")


def test_a_revoked_grant_stops_at_once_and_so_does_a_lost_role_or_office(offices, capsys):
    name, http = offices.person("supervisor")
    assert offices.lett(capsys, "grant", "DEMO", name, "--offices", "TRT,PRN")[0] == 0
    with http:
        assert http.get("/reports/queue", params=day_query(offices="TRT")).status_code == 200
        code, out, _ = offices.lett(capsys, "revoke", "DEMO", name, "--offices", "TRT")
        assert code == 0 and "no longer sees the reports of: TRT." in out
        gone = http.get("/reports/queue", params=day_query(offices="TRT"))
        assert (gone.status_code, gone.json()["error"]) == (403, "report_office")
        assert http.get("/reports/queue", params=day_query(offices="PRN")).status_code == 200
        with offices.db.write() as s:
            s.execute(update(Office).where(Office.code == "PRN")
                      .values(deleted_at=offices.ctx.now()))
        removed = http.get("/reports/queue", params=day_query(offices="PRN"))
        assert (removed.status_code, removed.json()["error"]) == (403, "report_office")
        assert offices.lett(capsys, "grant", "DEMO", name, "--offices", "TRT")[0] == 0
        acc.set_roles(offices.ctx, name, "desk")
        demoted = http.get("/reports/queue", params=day_query(offices="TRT"))
    assert demoted.status_code == 403


def test_a_desk_account_gets_no_grant_and_no_report(offices, capsys):
    name, http = offices.person("desk,counter")
    code, _, err = offices.lett(capsys, "grant", "DEMO", name, "--offices", "TRT")
    assert code == 1 and "neither a supervisor nor an admin" in err
    # Even a grant made while it was a supervisor does not open reports to a desk account.
    acc.set_roles(offices.ctx, name, "supervisor")
    assert offices.lett(capsys, "grant", "DEMO", name, "--offices", "TRT")[0] == 0
    acc.set_roles(offices.ctx, name, "desk,counter")
    with http:
        answer = http.get("/reports/queue", params=day_query(offices="TRT"))
    assert (answer.status_code, answer.json()["error"]) == (403, "permission_denied")


def test_the_commands_explain_wrong_offices_and_accounts_and_list_the_grants(stores,
                                                                              capsys):
    offices = stores
    name = stores.account("supervisor")
    for args, words in ((("grant", "XYZ", name, "--offices", "TRT"), "XYZ"),
                        (("grant", "DEMO", "nobody", "--offices", "TRT"), "nobody"),
                        (("grant", "DEMO", name, "--offices", "TRT,XYZ"), "XYZ"),
                        (("revoke", "DEMO", "nobody"), "nobody")):
        code, _, err = offices.lett(capsys, *args)
        assert code != 0 and words in err, (args, err)
    with offices.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ReportGrant)) == 0  # nothing half-done
    code, _, err = offices.lett(capsys, "grant", "DEMO", name, "--offices", " ")
    assert code == 2 and "--offices" in err
    assert "No office has granted" in offices.lett(capsys, "list")[1]
    assert offices.lett(capsys, "grant", "DEMO", name, "--offices", "trt,DEMO")[0] == 0
    code, out, _ = offices.lett(capsys, "grant", "DEMO", name, "--offices", "TRT")
    assert "already sees" in out
    listed = offices.lett(capsys, "list", "--office", "DEMO")[1].splitlines()
    assert len(listed) == 1 and listed[0].split()[:3] == ["DEMO", name, "TRT"]
    assert offices.lett(capsys, "list", "--office", "TRT")[1].startswith("No office")
    code, out, _ = offices.lett(capsys, "revoke", "DEMO", name)
    assert "TRT" in out and offices.lett(capsys, "list")[1].startswith("No office")
    code, out, _ = offices.lett(capsys, "revoke", "DEMO", name)
    assert code == 0 and "had no such grant" in out


def test_the_messages_speak_estonian_and_russian(stores, capsys, monkeypatch):
    offices = stores
    name = stores.account("desk")
    for lang in ("et", "ru"):
        monkeypatch.setenv("LETT_LANG", lang)
        code, _, err = offices.lett(capsys, "grant", "DEMO", name, "--offices", "TRT")
        assert code == 1 and name in err and "neither" not in err, lang


def test_grants_never_reach_a_pc(offices, capsys, clock, tmp_path):
    name, _ = offices.person("supervisor")
    assert offices.lett(capsys, "grant", "DEMO", name, "--offices", "TRT")[0] == 0
    assert "report_grants" not in TABLES
    clock.advance(minutes=5)
    pc = open_database(f"sqlite:///{tmp_path / 'pc.sqlite3'}")
    token = add_device(offices.db, offices.office_id, Role.DESK, pc.device_id, "desk")
    link = ServerLink(offices.live.url, token)
    try:
        pulled = link.get("/sync/pull", after=0, limit=5000, schema=HEAD)
        assert pulled["changes"] and not [c for c in pulled["changes"]
                                          if c.get("table") == "report_grants"]
        assert sync_once(pc, link).error is None
        with pc.read() as s:
            assert s.scalar(select(func.count()).select_from(ReportGrant)) == 0
            assert s.scalar(select(func.count()).select_from(Office)) >= 1
    finally:
        link.close()
        pc.dispose()


def test_the_period_spans_both_offices_and_splits_by_office(offices, capsys):
    name, http = offices.person("admin")
    assert offices.lett(capsys, "grant", "DEMO", name, "--offices", "TRT")[0] == 0
    with http:
        answer = http.get("/reports/counters", params={
            "from": (DAY - timedelta(days=1)).isoformat(), "to": DAY.isoformat(),
            "by": "day", "offices": "TRT,DEMO"})
        split = http.get("/reports/queue", params=day_query(by="office", offices="TRT,DEMO"))
    assert answer.status_code == 200, answer.text
    assert answer.json()["offices"] == ["TRT", "DEMO"] and answer.json()["rows"]
    # by office: each office's own figures, side by side
    assert split.json()["rows"] == [{"office": "DEMO", "steps": 6, "left_uncalled": 1},
                                    {"office": "TRT", "steps": 3, "left_uncalled": 2}]


def test_a_pc_cannot_push_itself_a_grant(offices):
    import json

    name, http = offices.person("supervisor")
    with offices.db.read() as s:
        account = s.scalar(select(StaffAccount.id).where(StaffAccount.user_name == name))
        trt = s.scalar(select(Office.id).where(Office.code == "TRT"))
    device = uuid7()
    token = add_device(offices.db, offices.office_id, Role.DESK, device, "desk")
    row = {"id": uuid7(), "account_id": account, "office_id": trt, "granted_by": "me",
           "granted_at": "2026-11-23T08:00:00+00:00"}
    body = {"schema": HEAD, "device_id": device, "mutations": [
        {"seq": 1, "table": "report_grants", "row_id": row["id"], "op": "insert", "row": row,
         "fields": None}]}
    pushed = httpx.post(f"{offices.live.url}/sync/push", content=json.dumps(body),
                        headers={"Authorization": f"Bearer {token}",
                                 "Content-Type": "application/json"}, timeout=30)
    assert pushed.status_code == 200, pushed.text
    assert [(r["table"], r["reason"], r["params"]["detail"]) for r in pushed.json()["rejected"]
            ] == [("report_grants", "sync_bad_row", "unknown table")]
    with offices.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ReportGrant)) == 0
    with http:
        refused = http.get("/reports/queue", params=day_query(offices="TRT"))
    assert (refused.status_code, refused.json()["error"]) == (403, "report_office")
