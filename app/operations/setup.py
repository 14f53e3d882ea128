"""Setting up an office: the demo office that `lett demo` creates."""

from __future__ import annotations

from sqlalchemy import select

from app.core.errors import PermissionDenied
from app.core.ids import uuid7
from app.core.permissions import Action, Actor
from app.store.db import Database
from app.store.models import Counter, CounterService, Office, Service

DEMO_SERVICES = (
    ("A", "Pensionid", "Пенсии", "Pensions", "#1f6feb"),
    ("B", "Toetused ja hüvitised", "Пособия и компенсации", "Benefits", "#2da44e"),
    ("C", "Dokumendid ja tõendid", "Документы и справки", "Documents and certificates", "#bf8700"),
)
# counter number -> the services it serves
DEMO_COUNTERS = {1: "AB", 2: "BC", 3: "ABC"}


def create_demo_office(db: Database, actor: Actor, code: str = "DEMO") -> str:
    """Create the demo office (services A, B, C; counters 1-3) unless it exists; its id."""
    if not actor.may(Action.CONFIGURE):
        raise PermissionDenied("permission_denied", actor=actor.name, action=str(Action.CONFIGURE))
    with db.write() as s:
        existing = s.scalars(select(Office).where(Office.code == code)).first()
        if existing is not None:
            return existing.id
        office_id = uuid7()
        office = Office(id=office_id, office_id=office_id, code=code,
                        name="Tallinna teenindusbüroo")
        s.add(office)
        services = {}
        for position, (letter, et, ru, en, colour) in enumerate(DEMO_SERVICES):
            service = Service(
                office_id=office.id, code=letter, name_et=et, name_ru=ru, name_en=en,
                colour=colour, target_wait_min=15, position=position,
            )
            s.add(service)
            services[letter] = service
        s.flush()
        for number, letters in DEMO_COUNTERS.items():
            counter = Counter(office_id=office.id, number=number, name=f"Teeninduslett {number}",
                              label=str(number))
            s.add(counter)
            s.flush()
            for letter in letters:
                s.add(CounterService(office_id=office.id, counter_id=counter.id,
                                     service_id=services[letter].id))
        return office.id

