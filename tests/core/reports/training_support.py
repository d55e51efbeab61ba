"""A training session for the printout tests, built through the training services.

Dinas Pendidikan (Bidang Pembinaan SD below it) and BKPSDM; five employees; the session
"Bimtek Penyusunan SKP" angkatan II, 10–12 March 2025, 24 JP, with everyone enrolled:
Siti completed (certificate 800/123/BKPSDM/2025), Budi completed with 16 JP credited, Andi
absent, the others only registered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.services import training as t
from tests.core.reports import builders as b

PEOPLE = (
    ("siti", "Siti Aminah", "198503152010012003", "sd", "P"),
    ("budi", "Budi Santoso", "197901012005011002", "bkpsdm", "L"),
    ("andi", "Andi Saputra", "198812122014021001", "bkpsdm", "L"),
    ("rina", "Rina Marlina", "199002142013012011", "sd", "P"),
    ("dedi", "Dedi Kurniawan", "199807082020031001", "dinas", "L"),
)


@dataclass
class Training:
    session_id: str
    program_id: str
    people: dict[str, str]
    participants: dict[str, str]
    units: dict[str, str]


def build_training(write, actor, start=date(2025, 3, 10), end=date(2025, 3, 12),
                   jp: int = 24) -> Training:
    with write() as s:
        b.set_letterhead(s)
        dinas = b.unit(s, "Dinas Pendidikan", order=1)
        units = {"dinas": dinas, "sd": b.unit(s, "Bidang Pembinaan SD", dinas),
                 "bkpsdm": b.unit(s, "BKPSDM", order=2)}
        people = {key: b.employee(s, nama, nip, unit=units[u], jk=jk).id
                  for key, nama, nip, u, jk in PEOPLE}
        program = t.create_program(s, actor, t.ProgramData(
            name="Bimtek Penyusunan SKP", default_jp=jp, organiser="BKPSDM Kabupaten Merangin"))
        session = t.create_session(s, actor, t.SessionData(
            program.id, start, end, angkatan="II", place="Aula BKPSDM, Bangko"))
        added = t.add_participants(s, actor, session.id, list(people.values()))
        by_emp = {r.employee_id: r.id for r in added.added}
        participants = {k: by_emp[v] for k, v in people.items()}
        t.record_completion(s, actor, participants["siti"],
                            certificate_nomor="800/123/BKPSDM/2025",
                            certificate_tanggal=end)
        t.record_completion(s, actor, participants["budi"], jp_override=min(16, jp),
                            override_reason="hadir dua hari")
        t.record_attendance(s, actor, participants["andi"], "absent")
        return Training(session.id, program.id, people, participants,
                        {k: u.id for k, u in units.items()})
