"""What the SKP services share: the identity snapshots (pegawai, pejabat penilai, atasan),
ratings → predikat, and the guards that say which stage of the workflow allows which edit.

Stages of an SKP (PermenPANRB 6/2022, domain.md §6.1): ``draft`` (the plan is written) →
``agreed`` (penetapan: the plan is fixed; realisation, evidence and feedback are recorded) →
``evaluated`` (the penilai rated hasil kerja and perilaku; the predikat follows) → ``final``
(locked; only :func:`~app.services.appraisal_workflow.correct_final_skp` may change it, with
a reason that goes into the audit log).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.appraisal import Predikat, Rating, Skp, SkpStatus
from app.db.org import OrgUnit
from app.db.personnel import Employee
from app.db.reference import Golongan
from app.domain import kinerja
from app.domain.common import InvalidValue
from app.errors import Conflict, FieldError, ValidationError, message, register_messages
from app.services.support import live

FIRST_SKP_YEAR = 2022  # PermenPANRB 6/2022; earlier years are legacy records


@dataclass(frozen=True)
class OfficialInput:
    """A pejabat penilai / atasan: an employee of ours (``employee_id``: the identity is
    copied from the record) or someone outside the database, typed in (``nama`` required;
    non-PNS officials have no NIP or pangkat)."""

    employee_id: str | None = None
    nama: str | None = None
    nip: str | None = None
    pangkat: str | None = None
    jabatan: str | None = None
    unit: str | None = None


@dataclass(frozen=True)
class Official:
    """An identity block as printed on the SKP forms (a snapshot)."""

    employee_id: str | None
    nama: str | None
    nip: str | None
    pangkat: str | None
    jabatan: str | None
    unit: str | None


# --- ratings and predikat ---------------------------------------------------------------------

def parse_rating(value: object, field: str) -> str:
    """The stored rating code (``di_atas`` / ``sesuai`` / ``di_bawah``) of any accepted form
    (a :class:`Rating`, the domain enum, the printed label or a short form)."""
    try:
        return Rating[kinerja.parse_rating(str(getattr(value, "value", value))).name].value
    except InvalidValue as exc:
        raise ValidationError([exc.to_field_error(field)]) from None


def predikat_code(hasil_kerja: str, perilaku: str) -> str:
    """The stored predikat code from two stored rating codes (the matrix of domain.md §6.2)."""
    return Predikat[kinerja.predikat(hasil_kerja, perilaku).name].value


def predikat_label(code: str | None) -> str | None:
    """``kurang`` → ``Kurang/Misconduct`` (the printed name)."""
    return kinerja.Predikat[code.upper()].value if code else None


def rating_label(code: str | None) -> str | None:
    return kinerja.Rating[code.upper()].value if code else None


def apply_ratings(skp: Skp, hasil_kerja: object, perilaku: object) -> None:
    """Set both ratings and the predikat they give — the only way ratings are written, so the
    stored predikat can never disagree with them."""
    hasil = parse_rating(hasil_kerja, "rating_hasil_kerja")
    behaviour = parse_rating(perilaku, "rating_perilaku")
    skp.rating_hasil_kerja, skp.rating_perilaku = hasil, behaviour
    skp.predikat = predikat_code(hasil, behaviour)


# --- SKP lookup and workflow guards -------------------------------------------------------------

def skp_of(session: Session, skp_id: str) -> Skp:
    return live(session, Skp, skp_id, "appraisal.skp_not_found")


def _refuse(skp: Skp, code: str) -> Conflict:
    return Conflict(code, nama=skp.pegawai_nama or "-", year=skp.year,
                    status=status_label(skp.status))


def guard_plan(skp: Skp) -> None:
    """RHK, indicators, targets, ekspektasi khusus, penilai: only while the SKP is a draft."""
    if skp.status == SkpStatus.FINAL.value:
        raise _refuse(skp, "appraisal.final_locked")
    if skp.status != SkpStatus.DRAFT.value:
        raise _refuse(skp, "appraisal.plan_locked")


def guard_progress(skp: Skp) -> None:
    """Realisation, evidence, continuous feedback: once agreed, until final."""
    if skp.status == SkpStatus.FINAL.value:
        raise _refuse(skp, "appraisal.final_locked")
    if skp.status == SkpStatus.DRAFT.value:
        raise _refuse(skp, "appraisal.not_agreed")


def guard_evaluation(skp: Skp) -> None:
    """Rating: an agreed (or already evaluated) SKP, never a draft or a final one."""
    if skp.status == SkpStatus.FINAL.value:
        raise _refuse(skp, "appraisal.final_locked")
    if skp.status == SkpStatus.DRAFT.value:
        raise _refuse(skp, "appraisal.evaluate_draft")


def status_label(status: str, lang: str | None = None) -> str:
    return message(f"appraisal.status.{status}", lang)


# --- identity snapshots ---------------------------------------------------------------------------

def pangkat_text(session: Session, code: str | None) -> str | None:
    """``Penata Muda Tingkat I, III/b`` (or the bare code when the pangkat name is unknown)."""
    if not code:
        return None
    name = session.scalar(select(Golongan.pangkat).where(Golongan.code == code))
    return f"{name}, {code}" if name else code


def unit_text(session: Session, unit_id: str | None) -> str | None:
    """The unit's name followed by its OPD's (``Bidang Pembinaan SMP, Dinas Pendidikan``)."""
    if not unit_id:
        return None
    names, seen = [], set()
    current = session.get(OrgUnit, unit_id)
    while current is not None and current.id not in seen:
        seen.add(current.id)
        names.append(current.name)
        current = session.get(OrgUnit, current.parent_id) if current.parent_id else None
    return names[0] if len(names) == 1 else f"{names[0]}, {names[-1]}"


def snapshot(session: Session, emp: Employee) -> Official:
    return Official(emp.id, emp.nama_lengkap, emp.nip,
                    pangkat_text(session, emp.current_golongan_code),
                    emp.current_jabatan_name, unit_text(session, emp.current_unit_id))


def resolve_official(
    session: Session, given: OfficialInput | None, field: str, pegawai_id: str
) -> Official | None:
    """The snapshot for a penilai/atasan input; errors name ``field``."""
    if given is None:
        return None
    if given.employee_id:
        emp = session.get(Employee, given.employee_id)
        if emp is None or emp.deleted:
            raise ValidationError([FieldError(field, "employee.not_found")])
        if emp.id == pegawai_id:
            raise ValidationError([FieldError(field, "appraisal.self_penilai")])
        return snapshot(session, emp)
    nama = (given.nama or "").strip()
    nip = (given.nip or "").strip() or None
    errors = []
    if not nama:
        errors.append(FieldError(f"{field}.nama", "field.required"))
    if nip is not None and not (nip.isdigit() and len(nip) == 18):
        errors.append(FieldError(f"{field}.nip", "appraisal.nip_shape", {"value": nip}))
    if errors:
        raise ValidationError(errors)
    clip = lambda v, n: (v or "").strip()[:n] or None  # noqa: E731
    return Official(None, nama[:200], nip, clip(given.pangkat, 100), clip(given.jabatan, 250),
                    clip(given.unit, 250))


def store_official(skp: Skp, prefix: str, who: Official | None) -> None:
    """Write an identity block into the SKP's ``penilai_*`` / ``atasan_*`` columns."""
    values = who or Official(None, None, None, None, None, None)
    setattr(skp, f"{prefix}_employee_id", values.employee_id)
    for name in ("nama", "nip", "pangkat", "jabatan", "unit"):
        setattr(skp, f"{prefix}_{name}", getattr(values, name))


def read_official(skp: Skp, prefix: str) -> Official | None:
    if prefix == "pegawai":
        return Official(skp.employee_id, skp.pegawai_nama, skp.pegawai_nip, skp.pegawai_pangkat,
                        skp.pegawai_jabatan, skp.pegawai_unit)
    nama = getattr(skp, f"{prefix}_nama")
    if not nama:
        return None
    return Official(getattr(skp, f"{prefix}_employee_id"), nama, getattr(skp, f"{prefix}_nip"),
                    getattr(skp, f"{prefix}_pangkat"), getattr(skp, f"{prefix}_jabatan"),
                    getattr(skp, f"{prefix}_unit"))


def check_skp_year(year: int, today: date | None = None) -> None:
    last = (today or date.today()).year + 1
    if not FIRST_SKP_YEAR <= year <= last:
        raise ValidationError([FieldError("year", "appraisal.skp_year",
                                          {"year": year, "first": FIRST_SKP_YEAR, "last": last})])


register_messages(
    {
        "appraisal.skp_not_found": (
            "SKP tidak ditemukan (mungkin sudah dihapus).",
            "SKP not found (it may have been deleted).",
        ),
        "appraisal.status.draft": ("Draf", "Draft"),
        "appraisal.status.agreed": ("Disepakati", "Agreed"),
        "appraisal.status.evaluated": ("Dinilai", "Evaluated"),
        "appraisal.status.final": ("Final", "Final"),
        "appraisal.final_locked": (
            "SKP {nama} tahun {year} sudah final dan tidak dapat diubah; gunakan koreksi SKP "
            "final dengan alasan.",
            "The {year} SKP of {nama} is final and cannot be changed; use a correction of the "
            "final SKP with a reason.",
        ),
        "appraisal.plan_locked": (
            "Rencana SKP {nama} tahun {year} sudah disepakati (status {status}); kembalikan ke "
            "draf dahulu untuk mengubah RHK, indikator, ekspektasi atau pejabat penilai.",
            "The {year} SKP plan of {nama} is agreed (status {status}); return it to draft to "
            "change RHK, indicators, expectations or the appraiser.",
        ),
        "appraisal.not_agreed": (
            "SKP {nama} tahun {year} masih draf; realisasi dan umpan balik diisi setelah SKP "
            "disepakati.",
            "The {year} SKP of {nama} is still a draft; realisation and feedback come after "
            "it is agreed.",
        ),
        "appraisal.evaluate_draft": (
            "SKP {nama} tahun {year} masih draf dan belum dapat dinilai; sepakati (tetapkan) "
            "SKP dengan pejabat penilai dahulu.",
            "The {year} SKP of {nama} is a draft and cannot be evaluated; agree it with the "
            "appraiser first.",
        ),
        "appraisal.self_penilai": (
            "Pegawai tidak dapat menjadi pejabat penilai atau atasan bagi dirinya sendiri.",
            "An employee cannot appraise themselves.",
        ),
        "appraisal.nip_shape": (
            "NIP '{value}' harus 18 angka (kosongkan untuk pejabat non-PNS).",
            "NIP '{value}' must be 18 digits (leave it empty for non-civil-servant officials).",
        ),
        "appraisal.skp_year": (
            "SKP tahun {year} tidak dapat dibuat: SKP PermenPANRB 6/2022 mulai {first} sampai "
            "{last}; nilai tahun sebelumnya dicatat sebagai penilaian lama.",
            "An SKP for {year} cannot be made: PermenPANRB 6/2022 SKPs run from {first} to "
            "{last}; earlier years are recorded as legacy appraisals.",
        ),
    }
)
