"""One spreadsheet row read into typed values, each cell by its field's rules.

A cell that cannot be read becomes an error :class:`~app.intake.dto.Issue` naming the row,
the column (as headed in the file) and the reason; the other cells are still read, so the
clerk sees every problem of the row at once. Empty cells give no value — they never blank
what the database holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.domain.nip import InvalidNip, normalize_nip
from app.intake import codes, values
from app.intake.dto import Issue, Severity
from app.intake.fields import BY_KEY, Kind
from app.intake.mapping import Mapping
from app.intake.names import split_titles
from app.intake.snapshot import Snapshot
from app.intake.table import RawRow
from app.intake.values import CellProblem


@dataclass
class ParsedRow:
    number: int
    cells: tuple[object, ...]
    values: dict[str, Any] = field(default_factory=dict)  # field key → typed value
    issues: list[Issue] = field(default_factory=list)
    mapping: Mapping | None = None

    def header(self, key: str) -> str:
        return self.mapping.header_of(key) if self.mapping else ""

    def error(self, key: str, code: str, **params: object) -> None:
        self.issues.append(Issue(self.number, self.header(key), key, code, params))

    def warn(self, key: str, code: str, **params: object) -> None:
        self.issues.append(Issue(self.number, self.header(key), key, code, params,
                                 Severity.WARNING))

    def add(self, key: str, code: str, params: dict[str, object], *, warning: bool = False,
            origin: str = "cell") -> None:
        """An issue the employee or history rules found; not from a cell when ``origin`` is
        ``stored`` (the database's value) or ``nip`` (read from the NIP)."""
        header = self.header(key) if origin == "cell" else ""
        self.issues.append(Issue(self.number, header, key, code, params,
                                 Severity.WARNING if warning else Severity.ERROR, origin))

    @property
    def bad(self) -> bool:
        return any(i.severity is Severity.ERROR for i in self.issues)

    def key_nip(self) -> str | None:
        """The NIP as bare digits when it can be read as such (to match and find repeats)."""
        nip = self.values.get("nip")
        if not isinstance(nip, str):
            return None
        try:
            return normalize_nip(nip)
        except InvalidNip:
            return None


def _reader(kind: Kind, key: str, snapshot: Snapshot) -> Callable[[object], Any]:
    simple: dict[Kind, Callable[[object], Any]] = {
        Kind.TEXT: values.read_text, Kind.DIGITS: values.read_digits,
        Kind.DATE: values.read_date, Kind.YEAR: values.read_year, Kind.INT: values.read_int,
        Kind.GENDER: values.read_gender,
        Kind.NIP: lambda v: values.read_id_number(v, 18, "intake.bad_number"),
        Kind.NIK: lambda v: values.read_id_number(v, 16, "intake.bad_number"),
    }
    if kind in simple:
        return simple[kind]
    coded: dict[str, Callable[[object], Any]] = {
        "jenis_pegawai": codes.read_jenis_pegawai,
        "status_cpns_pns": codes.read_status_cpns_pns,
        "kedudukan": codes.read_kedudukan,
        "agama": lambda v: codes.read_religion(v, snapshot.religions),
        "status_perkawinan": lambda v: codes.read_marital(v, snapshot.marital),
        "pendidikan": codes.read_pendidikan,
    }
    return coded.get(key, values.read_text)  # golongan, jenis jabatan, eselon: read later


def parse_row(row: RawRow, mapping: Mapping, snapshot: Snapshot) -> ParsedRow:
    parsed = ParsedRow(row.number, row.cells, mapping=mapping)
    for key, column in mapping.fields.items():
        spec = BY_KEY[key]
        try:
            value = _reader(spec.kind, key, snapshot)(row.cell(column))
        except CellProblem as problem:
            parsed.error(key, problem.code, **problem.params)
            continue
        if value is not None:
            parsed.values[key] = value
    _combine_jenis(parsed)
    _golongan(parsed)
    _titles(parsed, mapping)
    return parsed


def _combine_jenis(parsed: ParsedRow) -> None:
    """``JENIS PEGAWAI NAMA`` says PNS or PPPK; ``STATUS CPNS PNS`` says C or P."""
    v = parsed.values
    status = v.pop("status_cpns_pns", None)
    if status is not None and v.get("jenis_pegawai") in (None, "PNS", "CPNS"):
        v["jenis_pegawai"] = status


def _golongan(parsed: ParsedRow) -> None:
    raw = parsed.values.get("golongan")
    if raw is None:
        return
    try:
        parsed.values["golongan"] = codes.read_golongan(raw, parsed.values.get("jenis_pegawai"))
    except CellProblem as problem:
        del parsed.values["golongan"]
        parsed.error("golongan", problem.code, **problem.params)


def _titles(parsed: ParsedRow, mapping: Mapping) -> None:
    nama = parsed.values.get("nama")
    if not isinstance(nama, str) or {"gelar_depan", "gelar_belakang"} & set(mapping.fields):
        return
    front, name, back = split_titles(nama)
    if name and (front or back):
        parsed.values.update(nama=name)
        if front:
            parsed.values["gelar_depan"] = front
        if back:
            parsed.values["gelar_belakang"] = back
