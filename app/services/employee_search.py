"""What the user types in the personnel list's search box, as SQL conditions.

* Only digits (spaces, dots, hyphens ignored): a NIP or NIK prefix — a range on the unique
  index of each (``1985 03`` finds ``19850315…``).
* Otherwise words of the name, matched against the words of ``nama_search`` through
  :class:`~app.db.name_search.EmployeeNameToken`: every typed word must start a word of the
  name, in any order ("santoso" and "santoso bu" both find "Budi Santoso"). A word followed by a
  space is complete and must equal a word ("siti " does not find "Sitiawati").

Every condition is a range on an index, the same SQL on SQLite and PostgreSQL. The most
selective word may also *drive* the query (``Employee.id IN (tokens in range)``) when it is
rare enough; a frequent prefix ("b") is better served by walking the list index in name order
and stopping at the page size, so it does not drive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.db.name_search import EmployeeNameToken as Token
from app.db.personnel import Employee, fold_search

DRIVE_LIMIT = 3000
"""A word matching at most this many name words drives the query from the token index."""
_NUMBER = re.compile(r"^[\d\s.\-]+$")


@dataclass(frozen=True)
class Word:
    text: str
    complete: bool

    def condition(self) -> ColumnElement[bool]:
        if self.complete:
            return Token.token == self.text
        return and_(Token.token >= self.text, Token.token < self.text + "\x7f")


@dataclass(frozen=True)
class SearchPlan:
    """The conditions for one search text (empty ``conditions``: the text matches nothing
    searchable, so there is no text filter)."""

    conditions: tuple[ColumnElement[bool], ...]
    number: bool = False


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


def plan_search(session: Session, text: str) -> SearchPlan:
    """The conditions on ``Employee`` for ``text`` (see the module docstring)."""
    text = text or ""
    if not text.strip():
        return SearchPlan(())
    if _NUMBER.match(text):
        digits = re.sub(r"\D", "", text)
        return SearchPlan(
            (or_(number_condition(Employee.nip, digits), number_condition(Employee.nik, digits)),),
            number=True,
        )
    words = list(dict.fromkeys(words_of(text)))
    if not words:
        return SearchPlan((Employee.id.is_(None),))  # only punctuation typed: nothing matches
    conditions: list[ColumnElement[bool]] = [
        exists().where(Token.employee_id == Employee.id, w.condition()) for w in words
    ]
    driver = _driving_word(session, words)
    if driver is not None:
        conditions.insert(0, Employee.id.in_(select(Token.employee_id).where(driver.condition())))
    return SearchPlan(tuple(conditions))


def _driving_word(session: Session, words: list[Word]) -> Word | None:
    """The word with the fewest matching name words, if few enough to drive the query."""
    best: tuple[int, Word] | None = None
    for word in sorted(words, key=lambda w: (not w.complete, -len(w.text))):
        sample = select(Token.employee_id).where(word.condition()).limit(DRIVE_LIMIT + 1)
        count = session.scalar(select(func.count()).select_from(sample.subquery())) or 0
        if best is None or count < best[0]:
            best = (count, word)
        if count <= 50:
            break
    if best is None or best[0] > DRIVE_LIMIT:
        return None
    return best[1]
