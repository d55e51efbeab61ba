"""The Beranda's "needs attention" list: counts, each with the query that opens its employees.

Items (rules in :mod:`app.services.due_filters`, from :mod:`app.domain`):

* ``kgb_this_month`` / ``kgb_next_month`` — KGB falls due in the month;
* ``kp_next_period`` — KP reguler due in the next KP period;
* ``pensiun_12_months`` — TMT pensiun within the next twelve months;
* ``jp_below`` — JP of this year below the yearly target (20 JP for PNS);
* ``skp_unfinished`` — no final SKP for this year.

Every item carries an :class:`~app.services.employee_query.EmployeeQuery`; the list screen
opens it with :func:`~app.services.employee_query.list_employees`, or the named
``list_*`` functions below return the same pages directly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy.orm import Session

from app.domain.dates import add_months
from app.errors import message, register_messages
from app.services.due_filters import jp_target, next_kp_period
from app.services.employee_dto import EmployeePage, EmployeeQuery, SortKey
from app.services.employee_query import count_employees, list_employees
from app.services.roles import CurrentUser

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")


class AttentionKey(StrEnum):
    KGB_THIS_MONTH = "kgb_this_month"
    KGB_NEXT_MONTH = "kgb_next_month"
    KP_NEXT_PERIOD = "kp_next_period"
    PENSIUN_12_MONTHS = "pensiun_12_months"
    JP_BELOW = "jp_below"
    SKP_UNFINISHED = "skp_unfinished"


@dataclass(frozen=True)
class AttentionItem:
    key: str
    title_code: str
    count: int
    query: EmployeeQuery
    title_params: Mapping[str, object] = field(default_factory=dict)

    def title(self, lang: str | None = None) -> str:
        return message(self.title_code, lang, **self.title_params)


def _month_text(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.year}"


def attention_queries(
    today: date, jp_minimum: float | None = 20
) -> list[tuple[AttentionKey, str, dict[str, object], EmployeeQuery]]:
    """Each item's key, title code, title parameters and query for ``today``."""
    this_month = today.replace(day=1)
    next_month = add_months(this_month, 1)
    period = next_kp_period(today)
    until = add_months(today, 12) - timedelta(days=1)
    return [
        (AttentionKey.KGB_THIS_MONTH, "attention.kgb_month", {"month": _month_text(this_month)},
         EmployeeQuery(kgb_due=(this_month.year, this_month.month))),
        (AttentionKey.KGB_NEXT_MONTH, "attention.kgb_month", {"month": _month_text(next_month)},
         EmployeeQuery(kgb_due=(next_month.year, next_month.month))),
        (AttentionKey.KP_NEXT_PERIOD, "attention.kp_period",
         {"period": period.strftime("%d-%m-%Y")}, EmployeeQuery(kp_due=period)),
        (AttentionKey.PENSIUN_12_MONTHS, "attention.pensiun",
         {"until": until.strftime("%d-%m-%Y")},
         EmployeeQuery(pensiun_between=(today, until), sort=SortKey.TMT_PENSIUN)),
        (AttentionKey.JP_BELOW, "attention.jp_below",
         {"year": today.year, "target": _fmt_jp(jp_minimum)},
         EmployeeQuery(jp_below_year=today.year)),
        (AttentionKey.SKP_UNFINISHED, "attention.skp_unfinished", {"year": today.year},
         EmployeeQuery(skp_unfinished_year=today.year)),
    ]


def _fmt_jp(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


def attention_summary(
    session: Session, actor: CurrentUser, today: date | None = None
) -> list[AttentionItem]:
    """Every item with its exact count (active employees of the actor's office)."""
    today = today or date.today()
    return [
        AttentionItem(key.value, code, count_employees(session, actor, query), query, params)
        for key, code, params, query in attention_queries(today, jp_target(session, actor))
    ]


def list_attention(
    session: Session, actor: CurrentUser, key: AttentionKey | str, today: date | None = None,
    offset: int = 0, limit: int = 200,
) -> EmployeePage:
    """The employees of one item, a page at a time."""
    today = today or date.today()
    for found, _code, _params, query in attention_queries(today):
        if found == AttentionKey(key):
            return _page(session, actor, query, offset, limit)
    raise KeyError(key)


def _page(session: Session, actor: CurrentUser, query: EmployeeQuery, offset: int,
          limit: int) -> EmployeePage:
    return list_employees(session, actor, replace(query, offset=offset, limit=limit,
                                                  count_limit=None))


def list_kgb_due(session: Session, actor: CurrentUser, year: int, month: int,
                 offset: int = 0, limit: int = 200) -> EmployeePage:
    return _page(session, actor, EmployeeQuery(kgb_due=(year, month)), offset, limit)


def list_kp_due(session: Session, actor: CurrentUser, period: date,
                offset: int = 0, limit: int = 200) -> EmployeePage:
    return _page(session, actor, EmployeeQuery(kp_due=period), offset, limit)


def list_retiring(session: Session, actor: CurrentUser, start: date, end: date,
                  offset: int = 0, limit: int = 200) -> EmployeePage:
    query = EmployeeQuery(pensiun_between=(start, end), sort=SortKey.TMT_PENSIUN)
    return _page(session, actor, query, offset, limit)


def list_jp_below(session: Session, actor: CurrentUser, year: int,
                  offset: int = 0, limit: int = 200) -> EmployeePage:
    return _page(session, actor, EmployeeQuery(jp_below_year=year), offset, limit)


def list_skp_unfinished(session: Session, actor: CurrentUser, year: int,
                        offset: int = 0, limit: int = 200) -> EmployeePage:
    return _page(session, actor, EmployeeQuery(skp_unfinished_year=year), offset, limit)


register_messages(
    {
        "attention.kgb_month": (
            "Kenaikan gaji berkala jatuh tempo {month}",
            "Periodic raises due in {month}",
        ),
        "attention.kp_period": (
            "Kenaikan pangkat reguler periode {period}",
            "Regular promotions for the {period} period",
        ),
        "attention.pensiun": (
            "Pensiun dalam 12 bulan (sampai {until})",
            "Retiring within 12 months (until {until})",
        ),
        "attention.jp_below": (
            "JP pengembangan kompetensi {year} di bawah {target} JP",
            "Competence development in {year} below {target} JP",
        ),
        "attention.skp_unfinished": (
            "SKP {year} belum final",
            "{year} SKP not final yet",
        ),
    }
)
