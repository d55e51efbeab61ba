"""What the Laporan screen offers in its parameter fields, in one read: the offices (the
province may print any office's reports), the office's unit tree, golongan and jabatan-kind
filters, the KP periods of the years around today and the latest year with rated SKPs.
(The UI never imports :mod:`app.domain` or :mod:`app.db`.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.db.personnel import JenisPegawai
from app.domain import golongan as gol
from app.domain.jabatan import JenisJabatan
from app.domain.kenaikan_pangkat import period_dates
from app.services.access import office_scope
from app.services.dashboard import default_predikat_year
from app.services.dashboard_units import office_names
from app.services.org import list_org_tree
from app.services.report_data_nominatif import JABATAN_FAMILIES
from app.services.roles import PROVINCE_OFFICE, CurrentUser, Permission, require
from app.services.ui_support import Choice

FAMILY_LABELS = {"struktural": "Struktural (JPT, administrator, pengawas)",
                 "jpt": "Jabatan Pimpinan Tinggi", "fungsional": "Fungsional (semua)"}


@dataclass(frozen=True)
class ReportScreenChoices:
    office_code: str  # whose units are listed
    offices: tuple[Choice, ...]  # empty unless the actor is the province
    units: tuple[Choice, ...]  # tree order; depth 0 = OPD
    golongan: tuple[Choice, ...]  # groups "I"…"IV", then each ruang
    jabatan_kinds: tuple[Choice, ...]  # families, then each kind
    jenis_pegawai: tuple[str, ...]
    kp_periods: tuple[date, ...]  # last year … two years ahead
    predikat_year: int  # the latest year with evaluated SKPs (or last year)
    kinds: tuple[Choice, ...] = ()  # each jabatan kind (code, label), for the peta jabatan


def report_screen_choices(session: Session, actor: CurrentUser, office_code: str | None = None,
                          today: date | None = None) -> ReportScreenChoices:
    require(actor, Permission.REPORT_PRINT)
    when = today or date.today()
    office = office_scope(actor, office_code) or actor.office_code
    offices = tuple(Choice(c, f"{n} ({c})") for c, n in office_names(session).items()) \
        if actor.office_code == PROVINCE_OFFICE else ()
    units = tuple(Choice(n.id, n.name, n.depth)
                  for n in list_org_tree(session, actor, office, include_inactive=False))
    groups = tuple(Choice(r, f"Golongan {r} (semua ruang)") for r in ("I", "II", "III", "IV"))
    ruang = tuple(Choice(g.code, g.display()) for g in gol.PNS)
    families = tuple(Choice(k, FAMILY_LABELS.get(k, k)) for k in JABATAN_FAMILIES)
    kinds = tuple(Choice(j.value, j.label) for j in JenisJabatan)
    periods = tuple(d for y in range(when.year - 1, when.year + 3) for d in period_dates(y))
    return ReportScreenChoices(
        office, offices, units, groups + ruang, families + kinds,
        tuple(j.value for j in JenisPegawai), periods,
        default_predikat_year(session, office, when), kinds)
