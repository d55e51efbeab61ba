"""What the appraisal services hand out: frozen rows for lists and the full SKP for its screen
and its printed forms. Rating and predikat are stored codes (``di_atas``, ``kurang``…); the
``*_label`` properties give the printed wording (``Di Atas Ekspektasi``,
``Kurang/Misconduct``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.services.appraisal_common import Official, predikat_label, rating_label, status_label


@dataclass(frozen=True)
class Ratings:
    rating_hasil_kerja: str | None
    rating_perilaku: str | None
    predikat: str | None

    @property
    def hasil_kerja_label(self) -> str | None:
        return rating_label(self.rating_hasil_kerja)

    @property
    def perilaku_label(self) -> str | None:
        return rating_label(self.rating_perilaku)

    @property
    def predikat_label(self) -> str | None:
        return predikat_label(self.predikat)


@dataclass(frozen=True)
class SkpRow(Ratings):
    id: str = ""
    employee_id: str = ""
    year: int = 0
    status: str = ""
    approach: str = ""
    pegawai_nama: str | None = None
    pegawai_nip: str | None = None
    pegawai_unit: str | None = None
    penilai_nama: str | None = None
    atasan_nama: str | None = None

    @property
    def status_label(self) -> str:
        return status_label(self.status)


@dataclass(frozen=True)
class IndicatorRow:
    id: str
    rhk_id: str
    aspek: str
    iki: str
    target: str | None
    realisasi: str | None
    evidence: str | None
    sort_order: int


@dataclass(frozen=True)
class RhkRow:
    id: str
    skp_id: str
    kind: str  # utama / tambahan
    text: str
    parent_rhk_id: str | None
    parent_rhk_text: str | None  # the leader's RHK wording (looked up when linked)
    penugasan_dari: str | None
    perspektif: str | None
    sort_order: int
    indicators: tuple[IndicatorRow, ...]


@dataclass(frozen=True)
class RhkOption:
    """An RHK of the penilai that a staff RHK may cascade from."""

    id: str
    text: str
    kind: str
    penilai_nama: str | None


@dataclass(frozen=True)
class BehaviourRow:
    """One BerAKHLAK value of the SKP with its panduan perilaku (domain.md §6.3)."""

    id: str
    code: str
    name: str
    behaviours: tuple[str, ...]
    ekspektasi_khusus: str | None
    feedback: str | None


@dataclass(frozen=True)
class FeedbackRow:
    id: str
    skp_id: str
    rhk_id: str | None
    given_on: date
    author: str
    text: str


@dataclass(frozen=True)
class PeriodRow:
    id: str
    year: int
    kind: str  # periodic / annual
    sequence: int
    name: str
    start_date: date
    end_date: date
    status: str  # open / closed


@dataclass(frozen=True)
class PeriodicEvaluationRow(Ratings):
    id: str = ""
    skp_id: str = ""
    period_id: str = ""
    period_name: str = ""
    evaluated_on: date | None = None
    notes: str | None = None


@dataclass(frozen=True)
class ObjectionRow:
    id: str
    skp_id: str
    submitted_on: date
    text: str
    decision: str | None  # None while pending; accepted / rejected
    reason: str | None
    decided_by: str | None
    decided_at: datetime | None

    @property
    def pending(self) -> bool:
        return self.decision is None


@dataclass(frozen=True)
class SkpDetail(Ratings):
    id: str = ""
    year: int = 0
    status: str = ""
    approach: str = ""
    regime: str = ""
    period_start: date | None = None
    period_end: date | None = None
    pegawai: Official | None = None
    penilai: Official | None = None
    atasan: Official | None = None
    pegawai_jabatan_kind: str | None = None
    agreed_at: datetime | None = None
    agreed_by: str | None = None  # display name
    evaluated_at: datetime | None = None
    evaluated_by: str | None = None
    finalized_at: datetime | None = None
    finalized_by: str | None = None
    capaian_organisasi: str | None = None
    catatan: str | None = None
    employee_response: str | None = None
    rhk: tuple[RhkRow, ...] = ()
    behaviours: tuple[BehaviourRow, ...] = ()
    feedback: tuple[FeedbackRow, ...] = ()
    periodic: tuple[PeriodicEvaluationRow, ...] = ()
    objections: tuple[ObjectionRow, ...] = ()

    @property
    def employee_id(self) -> str:
        return self.pegawai.employee_id if self.pegawai and self.pegawai.employee_id else ""

    @property
    def status_label(self) -> str:
        return status_label(self.status)

    @property
    def rhk_utama(self) -> tuple[RhkRow, ...]:
        return tuple(r for r in self.rhk if r.kind == "utama")

    @property
    def rhk_tambahan(self) -> tuple[RhkRow, ...]:
        return tuple(r for r in self.rhk if r.kind == "tambahan")
