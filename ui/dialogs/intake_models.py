"""Table models of the intake wizard's preview: new employees, changes, new units/positions/
golongan, and issues (rows with problems, notes). Rows are the intake DTOs or small display
rows made from them; sorting uses raw values (row numbers sort as numbers)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.jabatan import JenisJabatan, Jenjang
from app.intake import IntakePreview, RowPlan, field_label, issue_place
from ui.models.row_table_model import Column, RowTableModel

CTX = "IntakeTables"
_HISTORY = {
    "pangkat": QT_TRANSLATE_NOOP("IntakeTables", "Golongan record"),
    "jabatan": QT_TRANSLATE_NOOP("IntakeTables", "Position record"),
    "pendidikan": QT_TRANSLATE_NOOP("IntakeTables", "Education record"),
}

_UNDER = QT_TRANSLATE_NOOP("IntakeTables", "under %1")
_GUESSED = QT_TRANSLATE_NOOP("IntakeTables", "(from the name — check)")
_NEW_RECORD = QT_TRANSLATE_NOOP("IntakeTables", "new golongan record")


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _row(r: object) -> str:
    number = getattr(r, "row", 0)
    return str(number) if number else "–"


@dataclass(frozen=True)
class ChangeLine:
    """One change of one existing employee (a field or a new history record)."""

    row: int
    nip: str
    nama: str
    what: str
    old: str
    new: str


@dataclass(frozen=True)
class NewThing:
    kind: str  # unit | jabatan | golongan
    name: str
    detail: str
    employees: int


@dataclass(frozen=True)
class ProblemLine:
    """One issue with the row's NIP and name, so the clerk knows whose row it is."""

    row: int
    nip: str
    nama: str
    place: str
    text: str


def problem_lines(preview: IntakePreview, severity: str) -> list[ProblemLine]:
    plans = {r.row: r for r in preview.rows}
    out = []
    for issue in preview.issues(severity):
        plan = plans.get(issue.row)
        out.append(ProblemLine(issue.row, (plan.nip or "") if plan else "",
                               (plan.nama or "") if plan else "", issue_place(issue),
                               issue.text()))
    return out


def change_lines(preview: IntakePreview) -> list[ChangeLine]:
    out = []
    for r in preview.rows:
        if r.status != "changed":
            continue
        for c in r.changes:
            out.append(ChangeLine(r.row, r.nip or "", r.nama or "", field_label(c.field),
                                  c.old, c.new))
        for h in r.histories:
            out.append(ChangeLine(r.row, r.nip or "", r.nama or "", tr(_HISTORY[h.kind]), "",
                                  h.summary))
    return out


def new_things(preview: IntakePreview) -> list[NewThing]:
    out = []
    for u in preview.new_units:
        parent = tr(_UNDER).replace("%1", u.parent_name) if u.parent_name else ""
        out.append(NewThing("unit", u.name, parent, u.employees))
    for j in preview.new_jabatan:
        detail = JenisJabatan(j.kind).label
        if j.jenjang:
            detail += ", " + Jenjang(j.jenjang).label
        if j.guessed:
            detail += " " + tr(_GUESSED)
        out.append(NewThing("jabatan", j.name, detail, j.employees))
    for g in preview.new_golongan:
        out.append(NewThing("golongan", g.code, tr(_NEW_RECORD), g.employees))
    return out


class NewEmployeeTableModel(RowTableModel[RowPlan]):
    CONTEXT = CTX
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("IntakeTables", "Row"), _row, lambda r: r.row,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("IntakeTables", "NIP"), lambda r: r.nip or ""),
        Column(QT_TRANSLATE_NOOP("IntakeTables", "Name"), lambda r: r.nama or "",
               lambda r: (r.nama or "").casefold()),
        Column(QT_TRANSLATE_NOOP("IntakeTables", "Work unit"), lambda r: r.unit_name or ""),
        Column(QT_TRANSLATE_NOOP("IntakeTables", "Records added"),
               lambda r: "; ".join(h.summary for h in r.histories)),
        Column(QT_TRANSLATE_NOOP("IntakeTables", "Notes"),
               lambda r: " ".join(i.text() for i in r.warnings),
               tooltip=lambda r: "\n".join(i.text() for i in r.warnings)),
    )


class ChangeTableModel(RowTableModel[ChangeLine]):
    CONTEXT = CTX
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("IntakeTables", "Row"), _row, lambda r: r.row,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("IntakeTables", "NIP"), lambda r: r.nip),
        Column(QT_TRANSLATE_NOOP("IntakeTables", "Name"), lambda r: r.nama,
               lambda r: r.nama.casefold()),
        Column(QT_TRANSLATE_NOOP("IntakeTables", "Field"), lambda r: r.what),
        Column(QT_TRANSLATE_NOOP("IntakeTables", "Now"), lambda r: r.old),
        Column(QT_TRANSLATE_NOOP("IntakeTables", "Becomes"), lambda r: r.new),
    )


_THING = {
    "unit": QT_TRANSLATE_NOOP("IntakeTables", "Work unit"),
    "jabatan": QT_TRANSLATE_NOOP("IntakeTables", "Position"),
    "golongan": QT_TRANSLATE_NOOP("IntakeTables", "Golongan"),
}


class NewThingTableModel(RowTableModel[NewThing]):
    CONTEXT = CTX
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("IntakeTables", "What"), lambda r: tr(_THING[r.kind])),
        Column(QT_TRANSLATE_NOOP("IntakeTables", "Name"), lambda r: r.name,
               lambda r: r.name.casefold()),
        Column(QT_TRANSLATE_NOOP("IntakeTables", "Details"), lambda r: r.detail),
        Column(QT_TRANSLATE_NOOP("IntakeTables", "Employees"), lambda r: str(r.employees),
               lambda r: r.employees, align_right=True),
    )


class ProblemTableModel(RowTableModel[ProblemLine]):
    CONTEXT = CTX
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("IntakeTables", "Row"), _row, lambda r: r.row,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("IntakeTables", "NIP"), lambda r: r.nip),
        Column(QT_TRANSLATE_NOOP("IntakeTables", "Name"), lambda r: r.nama,
               lambda r: r.nama.casefold()),
        Column(QT_TRANSLATE_NOOP("IntakeTables", "Column"), lambda r: r.place),
        Column(QT_TRANSLATE_NOOP("IntakeTables", "Problem"), lambda r: r.text,
               tooltip=lambda r: r.text),
    )
