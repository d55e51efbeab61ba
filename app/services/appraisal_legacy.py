"""Appraisal scores under the old regimes, as recorded on paper or in SIASN (domain.md §6.6):

* ``DP3_1979`` (until 2013): the eight element scores 0–100 (kepemimpinan optional); jumlah,
  nilai rata-rata and the sebutan (Amat Baik … Kurang) are computed;
* ``PP46_2011`` (2014–2020): the capaian SKP (0–120, tugas tambahan and kreativitas may lift
  it above 100) and either the perilaku element scores or their average; nilai prestasi kerja
  = 60 % SKP + 40 % perilaku and its sebutan are computed;
* ``PM8_2021`` (2021): the predikat as printed (Sangat Baik … Sangat Kurang) with optional
  scores; the 2021 numeric bands are UNCONFIRMED, so nothing is derived.

The year must belong to the regime (:func:`app.domain.kinerja.regime_for_year`); 2022 on is
an SKP. One record per employee, year and regime.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.performance import LegacyAppraisal, Regime
from app.db.tracking import restore, tombstone
from app.domain import kinerja, kinerja_legacy
from app.domain.common import InvalidValue
from app.errors import Conflict, register_messages
from app.services.roles import CurrentUser, Permission, require
from app.services.support import Problems, employee, live, text_field

LEGACY_REGIMES = (Regime.DP3_1979.value, Regime.PP46_2011.value, Regime.PM8_2021.value)
MAX_CAPAIAN = 120


@dataclass(frozen=True)
class LegacyData:
    regime: str
    year: int
    scores: Mapping[str, float] = field(default_factory=dict)
    skp_score: float | None = None  # PP 46/2011: capaian SKP; PM 8/2021: nilai SKP
    perilaku_score: float | None = None
    sebutan: str | None = None  # PM 8/2021 predikat as printed
    penilai_nama: str | None = None
    penilai_nip: str | None = None
    atasan_nama: str | None = None
    atasan_nip: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class LegacyRow:
    id: str
    employee_id: str
    year: int
    regime: str
    scores: Mapping[str, float]
    skp_score: float | None
    perilaku_score: float | None
    total: float | None
    average: float | None
    sebutan: str | None
    penilai_nama: str | None
    penilai_nip: str | None
    atasan_nama: str | None
    atasan_nip: str | None
    notes: str | None

    @property
    def regime_label(self) -> str:
        return kinerja.Regime(self.regime).label


def _f(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _row(r: LegacyAppraisal) -> LegacyRow:
    return LegacyRow(r.id, r.employee_id, r.year, r.regime, json.loads(r.scores or "{}"),
                     _f(r.skp_score), _f(r.perilaku_score), _f(r.total), _f(r.average),
                     r.sebutan, r.penilai_nama, r.penilai_nip, r.atasan_nama, r.atasan_nip,
                     r.notes)


def _score(p: Problems, name: str, value: float | None, top: float) -> Decimal | None:
    if value is None:
        return None
    if not 0 <= value <= top:
        p.add(name, "appraisal.legacy_score", value=value, max=top)
        return None
    return Decimal(str(round(value, 2)))


def _computed(p: Problems, data: LegacyData) -> dict[str, object]:
    """The derived columns of a record under its regime."""
    out: dict[str, object] = {"scores": json.dumps(dict(data.scores), sort_keys=True)}
    try:
        if data.regime == Regime.DP3_1979.value:
            total, average = kinerja_legacy.dp3_nilai(data.scores)
            out.update(total=Decimal(str(total)), average=Decimal(str(average)),
                       sebutan=kinerja_legacy.dp3_sebutan(average))
        elif data.regime == Regime.PP46_2011.value:
            skp = _score(p, "skp_score", data.skp_score, MAX_CAPAIAN)
            if data.skp_score is None:
                p.add("skp_score", "field.required")
            if data.scores:
                perilaku = kinerja_legacy.pp46_nilai_perilaku(data.scores)
            elif data.perilaku_score is not None:
                perilaku = float(_score(p, "perilaku_score", data.perilaku_score, 100) or 0)
            else:
                p.add("perilaku_score", "field.required")
                return out
            if skp is not None:
                total = kinerja_legacy.pp46_nilai_prestasi(float(skp), perilaku)
                out.update(skp_score=skp, perilaku_score=Decimal(str(perilaku)),
                           total=Decimal(str(total)), sebutan=kinerja_legacy.pp46_sebutan(total))
        else:
            if not data.sebutan:
                p.add("sebutan", "field.required")
            else:
                out["sebutan"] = kinerja.parse_predikat(data.sebutan).value
            out["skp_score"] = _score(p, "skp_score", data.skp_score, MAX_CAPAIAN)
            out["perilaku_score"] = _score(p, "perilaku_score", data.perilaku_score, MAX_CAPAIAN)
            for name, value in data.scores.items():
                _score(p, f"scores.{name}", value, MAX_CAPAIAN)
    except InvalidValue as exc:
        p.errors.append(exc.to_field_error("sebutan" if "predikat" in exc.code else "scores"))
    return out


def add_legacy_appraisal(
    session: Session, actor: CurrentUser, employee_id: str, data: LegacyData
) -> LegacyRow:
    require(actor, Permission.APPRAISAL_WRITE)
    emp = employee(session, employee_id)
    p = Problems()
    if data.regime not in LEGACY_REGIMES:
        p.add("regime", "field.choice", value=data.regime, allowed=", ".join(LEGACY_REGIMES))
        p.check()
    if kinerja.regime_for_year(data.year).value != data.regime:
        p.add("year", "appraisal.legacy_year", year=data.year,
              regime=kinerja.Regime(data.regime).label,
              expected=kinerja.regime_for_year(data.year).label)
    values = _computed(p, data)
    for key, limit in (("penilai_nama", 200), ("atasan_nama", 200), ("notes", 4000)):
        values[key] = text_field(p, key, getattr(data, key), max_len=limit)
    for key in ("penilai_nip", "atasan_nip"):
        nip = text_field(p, key, getattr(data, key), max_len=18)
        if nip and not (nip.isdigit() and len(nip) in (9, 18)):
            p.add(key, "appraisal.legacy_nip", value=nip)
        values[key] = nip
    p.check()
    record = session.scalars(select(LegacyAppraisal).where(
        LegacyAppraisal.employee_id == emp.id, LegacyAppraisal.year == data.year,
        LegacyAppraisal.regime == data.regime)).first()
    if record is not None and not record.deleted:
        raise Conflict("appraisal.legacy_exists", nama=emp.nama, year=data.year)
    if record is None:
        record = LegacyAppraisal(employee_id=emp.id, year=data.year, regime=data.regime)
        session.add(record)
    else:  # (employee, year, regime) is unique even among tombstones: reuse the row
        restore(session, record)
        for key in ("skp_score", "perilaku_score", "total", "average", "sebutan"):
            setattr(record, key, None)
    for key, value in values.items():
        setattr(record, key, value)
    session.flush()
    return _row(record)


def list_legacy_appraisals(
    session: Session, actor: CurrentUser, employee_id: str
) -> list[LegacyRow]:
    """An employee's old appraisal scores, newest year first."""
    require(actor, Permission.EMPLOYEE_READ)
    rows = session.scalars(select(LegacyAppraisal).where(
        LegacyAppraisal.employee_id == employee_id, LegacyAppraisal.deleted.is_(False))
        .order_by(LegacyAppraisal.year.desc()))
    return [_row(r) for r in rows]


def remove_legacy_appraisal(
    session: Session, actor: CurrentUser, record_id: str, reason: str
) -> None:
    require(actor, Permission.APPRAISAL_WRITE)
    tombstone(session, live(session, LegacyAppraisal, record_id,
                            "appraisal.legacy_not_found"), reason)
    session.flush()


register_messages(
    {
        "appraisal.legacy_not_found": (
            "Nilai penilaian lama tidak ditemukan.",
            "Legacy appraisal record not found.",
        ),
        "appraisal.legacy_score": (
            "Nilai {value} di luar rentang 0–{max}.",
            "Score {value} is outside 0–{max}.",
        ),
        "appraisal.legacy_year": (
            "Tahun {year} tidak termasuk {regime}; tahun itu memakai {expected}.",
            "Year {year} is not under {regime}; that year used {expected}.",
        ),
        "appraisal.legacy_nip": (
            "NIP '{value}' harus 18 angka (atau NIP lama 9 angka).",
            "NIP '{value}' must be 18 digits (or an old 9-digit NIP).",
        ),
        "appraisal.legacy_exists": (
            "Nilai {nama} tahun {year} untuk aturan ini sudah dicatat.",
            "The {year} score of {nama} under this regime is already recorded.",
        ),
    }
)
