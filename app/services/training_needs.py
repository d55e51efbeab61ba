"""Training needs (analisis kebutuhan pelatihan) of a year, from what the database knows:

* ``jp_gap`` — still below the yearly JP minimum (domain.md §5);
* ``hasil_kerja_low`` / ``perilaku_low`` — the latest annual SKP result of the year or the year
  before rated hasil kerja, or perilaku kerja (the BerAKHLAK behaviours), *di bawah ekspektasi*;
  by the predikat matrix that is exactly the predikat below Baik (Butuh Perbaikan,
  Kurang/Misconduct, Sangat Kurang — domain.md §6.2);
* ``programme_missing`` — a CPNS without Latsar, or an official in a managerial jabatan without
  the leadership programme of that jabatan (PKP for pengawas, PKA for administrator, PKN II
  for JPT pratama, PKN I for JPT madya; a higher programme also counts). Records are matched
  by category and by name, old names included (Diklatpim IV → PKP…).

Each need carries a reason and a suggestion as message codes with parameters; ``reason_text``
and ``suggestion_text`` give them in the reader's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.db.appraisal import Rating, Skp, SkpStatus
from app.db.org import OrgUnit
from app.db.personnel import Employee, JenisPegawai
from app.db.training import ExternalTraining, TrainingParticipant, TrainingProgram, TrainingSession
from app.domain import bangkom, kinerja
from app.domain.jabatan import parse_jenis_jabatan
from app.errors import message, register_messages
from app.services.roles import CurrentUser, Permission, require
from app.services.support import unit
from app.services.training_jp import employees_below_threshold
from app.services.unit_scope import employee_scope


@dataclass(frozen=True)
class TrainingNeed:
    employee_id: str
    nama: str
    nip: str | None
    unit_name: str | None
    reason_code: str
    suggestion_code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def reason_text(self, lang: str | None = None) -> str:
        return message(f"training.need.{self.reason_code}", lang, **self.params)

    def suggestion_text(self, lang: str | None = None) -> str:
        return message(self.suggestion_code, lang, **self.params)


def training_needs(
    session: Session,
    actor: CurrentUser,
    year: int,
    unit_id: str | None = None,
    include_subunits: bool = True,
) -> list[TrainingNeed]:
    """The training needs of the employees on duty of a unit (or everyone) for ``year``, by
    unit and name."""
    require(actor, Permission.EMPLOYEE_READ)
    if unit_id is not None:
        unit(session, unit_id)
    needs = [
        TrainingNeed(e.employee_id, e.nama, e.nip, e.unit, "jp_gap", "training.suggest.jp_gap",
                     {"year": year, "jp": e.jp, "target": e.target, "remaining": e.remaining})
        for e in employees_below_threshold(session, actor, year, unit_id, include_subunits)
    ]
    needs += _appraisal_needs(session, year, unit_id, include_subunits)
    needs += _programme_needs(session, unit_id, include_subunits)
    order = {"programme_missing": 0, "hasil_kerja_low": 1, "perilaku_low": 2, "jp_gap": 3}
    return sorted(needs, key=lambda n: ((n.unit_name or "").lower(), n.nama.lower(),
                                        n.employee_id, order[n.reason_code]))


def _people(
    session: Session, unit_id: str | None, include_subunits: bool
) -> Select[tuple[str, str, str | None, str | None]]:
    return (
        select(Employee.id, Employee.nama, Employee.nip, OrgUnit.name)
        .outerjoin(OrgUnit, OrgUnit.id == Employee.current_unit_id)
        .where(*employee_scope(unit_id, include_subunits))
    )


def _appraisal_needs(
    session: Session, year: int, unit_id: str | None, include_subunits: bool
) -> list[TrainingNeed]:
    people = _people(session, unit_id, include_subunits).subquery()
    rows = session.execute(
        select(people.c.id, people.c.nama, people.c.nip, people.c.name, Skp.year,
               Skp.rating_hasil_kerja, Skp.rating_perilaku, Skp.predikat)
        .join(Skp, Skp.employee_id == people.c.id)
        .where(Skp.deleted.is_(False), Skp.year.in_((year - 1, year)),
               Skp.status.in_((SkpStatus.EVALUATED.value, SkpStatus.FINAL.value)),
               Skp.predikat.is_not(None))
        .order_by(Skp.year)
    ).all()
    latest = {r[0]: r for r in rows}  # ordered by year: the last one per employee wins
    needs = []
    for emp_id, nama, nip, unit_name, skp_year, hasil, perilaku, predikat in latest.values():
        params = {"skp_year": skp_year, "predikat": kinerja.Predikat[predikat.upper()].value}
        if hasil == Rating.DI_BAWAH.value:
            needs.append(TrainingNeed(emp_id, nama, nip, unit_name, "hasil_kerja_low",
                                      "training.suggest.hasil_kerja_low", params))
        if perilaku == Rating.DI_BAWAH.value:
            needs.append(TrainingNeed(emp_id, nama, nip, unit_name, "perilaku_low",
                                      "training.suggest.perilaku_low", params))
    return needs


def _programme_needs(
    session: Session, unit_id: str | None, include_subunits: bool
) -> list[TrainingNeed]:
    programmes = bangkom.programmes()
    by_jabatan = {p.for_jabatan: p for p in programmes if p.for_jabatan}
    latsar = next((p for p in programmes if p.code == "latsar"), None)
    stmt = _people(session, unit_id, include_subunits).add_columns(
        Employee.jenis_pegawai, Employee.current_jabatan_kind
    ).where(
        (Employee.current_jabatan_kind.in_(list(by_jabatan)))
        | (Employee.jenis_pegawai == JenisPegawai.CPNS.value)
    )
    wanted = {}
    for emp_id, nama, nip, unit_name, jenis, kind in session.execute(stmt):
        programme = latsar if jenis == JenisPegawai.CPNS.value else by_jabatan.get(kind)
        if programme is not None:
            wanted[emp_id] = (nama, nip, unit_name, kind, programme)
    if not wanted:
        return []
    done = _programmes_done(session, list(wanted))
    needs = []
    for emp_id, (nama, nip, unit_name, kind, programme) in wanted.items():
        had = done.get(emp_id, set())
        if programme.code == "latsar":
            missing = "latsar" not in had
        else:
            missing = not any(p.level >= programme.level for p in programmes if p.code in had)
        if missing:
            jabatan = parse_jenis_jabatan(kind).label if kind else ""
            needs.append(TrainingNeed(
                emp_id, nama, nip, unit_name, "programme_missing", "training.suggest.programme",
                {"programme": programme.label, "jabatan": jabatan},
            ))
    return needs


def _programme_named(name: str | None) -> bangkom.Programme | None:
    """The named programme a training title refers to, ignoring trailing words such as
    "Angkatan V" or a year ("Diklatpim III Angkatan V 2012" → PKA)."""
    words = (name or "").split()
    while words:
        found = bangkom.find_programme(" ".join(words))
        if found is not None:
            return found
        words.pop()
    return None


def _programmes_done(session: Session, employee_ids: list[str]) -> dict[str, set[str]]:
    """Codes of the named programmes each employee completed (ours or external)."""
    codes = {p.code for p in bangkom.programmes()}
    done: dict[str, set[str]] = {}

    def note(emp_id: str, category: str | None, name: str | None) -> None:
        found = {category} & codes if category else set()
        programme = _programme_named(name)
        if programme is not None:
            found.add(programme.code)
        if found:
            done.setdefault(emp_id, set()).update(found)

    P, S, G, X = TrainingParticipant, TrainingSession, TrainingProgram, ExternalTraining
    for start in range(0, len(employee_ids), 500):
        chunk = employee_ids[start:start + 500]
        for emp_id, category, name in session.execute(
            select(P.employee_id, G.category, G.name).join(S, S.id == P.session_id)
            .join(G, G.id == S.program_id)
            .where(P.employee_id.in_(chunk), P.deleted.is_(False), P.completed.is_(True),
                   S.deleted.is_(False))
        ):
            note(emp_id, category, name)
        for emp_id, category, name in session.execute(
            select(X.employee_id, X.category, X.name)
            .where(X.employee_id.in_(chunk), X.deleted.is_(False))
        ):
            note(emp_id, category, name)
    return done


register_messages(
    {
        "training.need.jp_gap": (
            "JP tahun {year} baru {jp} dari target {target} JP.",
            "JP in {year} is {jp} of the {target} JP target.",
        ),
        "training.suggest.jp_gap": (
            "Ikutkan pelatihan sedikitnya {remaining} JP lagi pada tahun {year}.",
            "Enrol in at least {remaining} more JP of training in {year}.",
        ),
        "training.need.hasil_kerja_low": (
            "Hasil kerja SKP {skp_year} di bawah ekspektasi (predikat {predikat}).",
            "Work results of the {skp_year} SKP below expectation (predikat {predikat}).",
        ),
        "training.suggest.hasil_kerja_low": (
            "Pelatihan teknis atau fungsional sesuai tugas jabatan, disertai coaching/mentoring "
            "oleh atasan.",
            "Technical or functional training for the job, with coaching/mentoring by the "
            "superior.",
        ),
        "training.need.perilaku_low": (
            "Perilaku kerja (BerAKHLAK) SKP {skp_year} di bawah ekspektasi (predikat "
            "{predikat}).",
            "Work behaviour (BerAKHLAK) of the {skp_year} SKP below expectation (predikat "
            "{predikat}).",
        ),
        "training.suggest.perilaku_low": (
            "Pelatihan sosial kultural dan pembinaan nilai dasar BerAKHLAK (coaching, "
            "mentoring).",
            "Socio-cultural training and guidance on the BerAKHLAK core values (coaching, "
            "mentoring).",
        ),
        "training.need.programme_missing": (
            "Belum mengikuti {programme}.",
            "Has not attended {programme}.",
        ),
        "training.suggest.programme": (
            "Ikutkan {programme}.",
            "Enrol in {programme}.",
        ),
    }
)
