"""A small demo database shared by the demo tests (no tests here; helpers only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import SessionFactory, make_session_factory, unit_of_work
from app.db.personnel import Employee
from app.demo import DemoSummary, create_demo_database
from app.services.passwords import HashParams, set_hash_params

TODAY = date(2026, 3, 16)
EMPLOYEES = 200
CHEAP = HashParams(memory_kib=64, iterations=1, lanes=1)


@dataclass
class DemoDb:
    path: Path
    summary: DemoSummary
    factory: SessionFactory

    def session(self):  # type: ignore[no-untyped-def]
        return unit_of_work(self.factory)

    def case(self, session: Session, name: str) -> Employee:
        employee = session.get(Employee, self.summary.cases[name])
        assert employee is not None, name
        return employee

    def employees(self, session: Session) -> list[Employee]:
        return list(session.scalars(select(Employee)))


def build_demo(folder: Path, employees: int = EMPLOYEES, seed: int = 1,
               today: date = TODAY, **kw: object) -> DemoDb:
    previous = set_hash_params(CHEAP)
    try:
        path = folder / f"demo-{seed}-{employees}.db"
        summary = create_demo_database(path, employees=employees, seed=seed, today=today,
                                       **kw)  # type: ignore[arg-type]
    finally:
        set_hash_params(previous)
    return DemoDb(path, summary, make_session_factory(path))
