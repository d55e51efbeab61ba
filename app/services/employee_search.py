"""What the user types in the personnel list's search box, as SQL.

* Only digits (spaces, dots, hyphens ignored): a NIP or NIK prefix — a range on the unique
  index of each (``1985 03`` finds ``19850315…``).
* Otherwise words of the name, matched against the words of ``nama_search`` through
  :class:`~app.db.name_search.EmployeeNameToken`: every typed word must start a word of the
  name, in any order ("santoso" and "santoso bu" both find "Budi Santoso"). A word followed by a
  space is complete and must equal a word ("siti " does not find "Sitiawati").

Every condition is a range on an index, the same SQL on SQLite and PostgreSQL. When the text
narrows the office to at most :data:`DRIVE_LIMIT` people (the rarest word, or the NIP/NIK
range), those candidates *drive* the query (``employee.id IN (…)``) and the other filters are
marked :func:`usually_true`, so SQLite — which has no statistics in an office database and
takes ``office_code = ?`` for a selective index — looks the candidates up by key instead of
walking the whole office. A frequent prefix ("s", "n", "sa") walks the name index in order and
stops at the page size: every candidate of a driven page is read and sorted, which for more
than a few thousand people costs more than the walk. A count has no page to stop at, so it is
driven by the rarest word whatever its size (``counting=True``): looking up 25,000 candidates
still beats testing all 100,000 employees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Select, and_, exists, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from app.db.name_search import EmployeeNameToken as Token
from app.db.personnel import Employee, fold_search

DRIVE_LIMIT = 6_000
"""Candidates up to this many drive a page of the list. Measured on the 100,000-employee demo
office (bench/bench_gui.py): "n" (12,600 candidates) 115 ms driven, 67 ms walking; "sa"
(7,150) 95 and 77 ms; "rah" (6,700) 43 and 58 ms; "si" (4,700) 76 and 108 ms; below that
driving wins by far ("bu", 1,300: 37 and 201 ms)."""
_NUMBER = re.compile(r"^[\d\s.\-]+$")


class usually_true(FunctionElement[bool]):  # noqa: N801 - reads like the SQL function
    """A condition true for most rows: SQLite's ``likely(X)`` (the planner then does not pick
    its index to drive the query); the bare condition elsewhere."""

    type = Boolean()
    inherit_cache = True
    name = "usually_true"


@compiles(usually_true)
def _usually_true(element: usually_true, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(usually_true, "sqlite")
def _likely(element: usually_true, compiler: Any, **kw: Any) -> str:
    return f"likely({compiler.process(element.clauses, **kw)})"


@dataclass(frozen=True)
class Word:
    text: str
    complete: bool

    def condition(self) -> ColumnElement[bool]:
        if self.complete:
            return Token.token == self.text
        return and_(Token.token >= self.text, Token.token < self.text + "\x7f")

    def matches(self) -> ColumnElement[bool]:
        """The employee has a name word matching this one."""
        return exists().where(Token.employee_id == Employee.id, self.condition())

    def candidates(self) -> Select[Any]:
        return select(Token.employee_id).where(self.condition())


@dataclass(frozen=True)
class SearchPlan:
    """``conditions`` always apply. ``drives``: the text is rare enough to drive the query —
    through ``driver`` (candidate ids) for a name, through its own index ranges for a number.
    """

    conditions: tuple[ColumnElement[bool], ...] = ()
    driver: Select[Any] | None = None
    drives: bool = False


def digits_upper_bound(prefix: str) -> str | None:
    """The smallest digit string after every string starting with ``prefix`` ("1989" → "199");
    ``None`` for "999…" (no upper bound). Correct under any collation of digit strings."""
    stripped = prefix.rstrip("9")
    if not stripped:
        return None
    return stripped[:-1] + str(int(stripped[-1]) + 1)


def number_condition(column: Any, prefix: str) -> ColumnElement[bool]:
    upper = digits_upper_bound(prefix)
    if upper is None:
        return column >= prefix
    return and_(column >= prefix, column < upper)


def words_of(text: str) -> list[Word]:
    folded = fold_search(text).split()
    trailing = text[-1:].isspace()
    return [Word(w[:60], i < len(folded) - 1 or trailing) for i, w in enumerate(folded)]


def plan_search(session: Session, text: str, *, counting: bool = False) -> SearchPlan:
    """The SQL for ``text`` (see the module docstring): for a page of the list, the text
    drives the query when it finds at most :data:`DRIVE_LIMIT` candidates; for a count
    (``counting``), a name drives it whatever its size (a NIP/NIK prefix still only up to
    :data:`DRIVE_LIMIT`: a short one is most of the office)."""
    limit = None if counting else DRIVE_LIMIT
    text = text or ""
    if not text.strip():
        return SearchPlan()
    if _NUMBER.match(text):
        digits = re.sub(r"\D", "", text)
        number = or_(number_condition(Employee.nip, digits),
                     number_condition(Employee.nik, digits))
        few = all(  # counted on each unique index alone (index-only); a count too walks
            _count_upto(session, select(column).where(number_condition(column, digits)),
                        DRIVE_LIMIT + 1) <= DRIVE_LIMIT  # the office for a short prefix
            for column in (Employee.nip, Employee.nik))
        return SearchPlan((number,), drives=few)
    words = list(dict.fromkeys(words_of(text)))
    if not words:
        return SearchPlan((Employee.id.is_(None),))  # only punctuation typed: nothing matches
    driver = _driving_word(session, words, limit)
    conditions = tuple(w.matches() for w in words if w != driver)
    if driver is None:
        return SearchPlan(conditions)
    return SearchPlan(conditions, driver.candidates(), drives=True)


def _count_upto(session: Session, ids: Select[Any], limit: int | None) -> int:
    if limit is not None:
        ids = ids.limit(limit)
    return session.scalar(select(func.count()).select_from(ids.subquery())) or 0


def _driving_word(session: Session, words: list[Word], limit: int | None) -> Word | None:
    """The word matching the fewest name words, if at most ``limit`` (``None``: any)."""
    best: tuple[int, Word] | None = None
    for word in sorted(words, key=lambda w: (not w.complete, -len(w.text))):
        # once a word is known, the others need counting only as far as it (are they rarer?)
        cap = limit if best is None else best[0] if limit is None else min(limit, best[0])
        count = _count_upto(session, word.candidates(), None if cap is None else cap + 1)
        if best is None or count < best[0]:
            best = (count, word)
        if count <= 200:
            break
    if best is None or (limit is not None and best[0] > limit):
        return None
    return best[1]
