"""A pulled page the PC's store refuses names the table of the row that broke it, and keeps
nothing of the page: the cursor stays where it was."""

import pytest
from sqlalchemy import select

from app.core.errors import Rejected
from app.operations.context import staff_actor
from app.operations.setup import create_demo_office
from app.store.db import open_database
from app.store.models import Service
from app.sync.engine import CURSOR, _meta, apply_page


@pytest.fixture
def pc(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'pc.sqlite3'}")
    office_id = create_demo_office(db, staff_actor())
    yield db, office_id
    db.dispose()


def _service(db, **changes):
    with db.read_connection() as conn:
        row = dict(conn.execute(select(Service.__table__)).mappings().first())
    row.update(id="svc-pulled", hlc=1, **changes)
    for key, value in list(row.items()):
        if hasattr(value, "isoformat"):
            row[key] = value.isoformat()
    return {"table": "services", "row_id": row["id"], "row": row}


def _cursor(db):
    with db.read_connection() as conn:
        return _meta(conn, CURSOR)


def test_a_pulled_row_naming_a_missing_row_is_refused_with_its_table(pc):
    db, _ = pc
    before = _cursor(db)
    with pytest.raises(Rejected) as caught:
        apply_page(db, [_service(db, office_id="no-such-office", code="Q")], 7)
    assert caught.value.params["table"] == "services"
    assert "office_id" in caught.value.params["detail"] or "offices" in caught.value.params[
        "detail"]
    assert _cursor(db) == before


def test_a_pulled_row_breaking_a_unique_rule_is_refused_with_its_table(pc):
    db, office_id = pc
    with db.read_connection() as conn:
        taken = conn.execute(select(Service.code)).scalar()
    with pytest.raises(Rejected) as caught:
        apply_page(db, [_service(db, office_id=office_id, code=taken)], 7)
    assert caught.value.params["table"] == "services"
    assert _cursor(db) is None or _cursor(db) != "7"
