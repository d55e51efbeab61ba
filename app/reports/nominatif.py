"""Daftar nominatif: a list of employees with the columns the caller chooses.

:data:`NOMINATIF_COLUMNS` is the registry (id → label, kind, width, value); the UI's column
chooser shows :func:`nominatif_columns`, the CLI takes ``--columns id,id,…``. On paper some
adjacent pairs share one column (``nama`` over ``nip``, ``tempat_lahir`` over
``tanggal_lahir`` …); in Excel every value keeps its own column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from app.errors import FieldError, ValidationError, register_messages
from app.reports.common import (
    jenis_jabatan_label,
    latihan_short,
    letterhead,
    office_signature,
    scope_lines,
)
from app.reports.formatting import tanggal_indonesia
from app.reports.labels import label
from app.reports.model import (
    Align,
    Column,
    Kind,
    Paper,
    PaperColumn,
    ReportDocument,
    Table,
    TableBlock,
)
from app.services.report_data_nominatif import NominatifReport
from app.services.report_data_personnel import PersonnelRow

Getter = Callable[[PersonnelRow], object]
C = Align.CENTER


@dataclass(frozen=True)
class NominatifColumn:
    id: str
    label_code: str
    get: Getter
    kind: Kind = Kind.TEXT
    weight: float = 60  # points on landscape A4 at 7 pt
    align: Align | None = None


def _jenis_jabatan(p: PersonnelRow) -> str | None:
    return jenis_jabatan_label(p.jabatan_kind)


def _masa_kerja(p: PersonnelRow) -> str | None:
    return f"{p.mk_tahun} th {p.mk_bulan or 0} bl" if p.mk_tahun is not None else None


_C = NominatifColumn
NOMINATIF_COLUMNS: dict[str, NominatifColumn] = {c.id: c for c in (
    _C("nama", "col_nama", lambda p: p.nama, weight=110),
    _C("nip", "col_nip", lambda p: p.nip, Kind.NIP, 95),
    _C("tempat_lahir", "col_tempat_lahir", lambda p: p.tempat_lahir, weight=60),
    _C("tanggal_lahir", "col_tanggal_lahir", lambda p: p.tanggal_lahir, Kind.DATE, 48),
    _C("jenis_kelamin", "col_jk", lambda p: p.jenis_kelamin, weight=22, align=C),
    _C("agama", "col_agama", lambda p: p.agama, weight=42),
    _C("jenis_pegawai", "col_jenis_pegawai", lambda p: p.jenis_pegawai, weight=38, align=C),
    _C("status", "col_status", lambda p: p.status.replace("_", " ").title(), weight=50),
    _C("golongan", "col_golongan", lambda p: p.golongan, weight=34, align=C),
    _C("pangkat", "col_pangkat", lambda p: p.pangkat, weight=75),
    _C("tmt_golongan", "col_tmt_golongan", lambda p: p.tmt_golongan, Kind.DATE, 48),
    _C("masa_kerja", "col_masa_kerja", _masa_kerja, weight=48, align=C),
    _C("jabatan", "col_jabatan", lambda p: p.jabatan, weight=125),
    _C("jenis_jabatan", "col_jenis_jabatan", _jenis_jabatan, weight=62),
    _C("eselon", "col_eselon", lambda p: p.eselon, weight=32, align=C),
    _C("tmt_jabatan", "col_tmt_jabatan", lambda p: p.tmt_jabatan, Kind.DATE, 48),
    _C("pendidikan", "col_pendidikan", lambda p: p.pendidikan, weight=40, align=C),
    _C("pendidikan_nama", "col_pendidikan_nama", lambda p: p.pendidikan_nama, weight=90),
    _C("jurusan", "col_jurusan", lambda p: p.jurusan, weight=70),
    _C("tahun_lulus", "col_tahun_lulus", lambda p: p.tahun_lulus, Kind.INT, 30, C),
    _C("latihan", "col_latihan", lambda p: latihan_short(p.latihan), weight=62),
    _C("unit", "col_unit", lambda p: p.unit, weight=100),
    _C("opd", "col_opd", lambda p: p.opd, weight=100),
    _C("usia", "col_usia", lambda p: p.usia, Kind.INT, 24, C),
    _C("tmt_cpns", "col_tmt_cpns", lambda p: p.tmt_cpns, Kind.DATE, 48),
    _C("tmt_pns", "col_tmt_pns", lambda p: p.tmt_pns, Kind.DATE, 48),
    _C("nik", "col_nik", lambda p: p.nik, weight=80),
    _C("npwp", "col_npwp", lambda p: p.npwp, weight=80),
    _C("telepon", "col_telepon", lambda p: p.telepon, weight=62),
    _C("email", "col_email", lambda p: p.email, weight=95),
    _C("alamat", "col_alamat", lambda p: p.alamat, weight=120),
    _C("bup", "col_bup", lambda p: p.bup, Kind.INT, 26, C),
    _C("tmt_pensiun", "col_tmt_pensiun", lambda p: p.tmt_pensiun, Kind.DATE, 48),
    _C("keterangan", "col_keterangan", lambda p: None, weight=55),
)}

DEFAULT_COLUMNS: tuple[str, ...] = (
    "nama", "nip", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "golongan",
    "tmt_golongan", "jabatan", "tmt_jabatan", "masa_kerja", "pendidikan", "tahun_lulus",
    "latihan", "unit", "keterangan",
)
STACKED: dict[tuple[str, str], str] = {
    ("nama", "nip"): "col_nama_nip",
    ("tempat_lahir", "tanggal_lahir"): "col_ttl",
    ("golongan", "tmt_golongan"): "pair_gol_tmt",
    ("jabatan", "tmt_jabatan"): "pair_jabatan_tmt",
    ("pendidikan", "tahun_lulus"): "pair_pendidikan_tahun",
}


def nominatif_columns(lang: str | None = None) -> list[tuple[str, str]]:
    """``(id, label)`` of every column a nominatif can show, for a column chooser."""
    return [(c.id, label(c.label_code, lang)) for c in NOMINATIF_COLUMNS.values()]


def parse_column_ids(text: str | Sequence[str] | None) -> tuple[str, ...]:
    """Column ids from ``"nama,nip,unit"`` (or a list); unknown ids are one clear error."""
    if text is None or text == "" or text == []:
        return DEFAULT_COLUMNS
    items = text.split(",") if isinstance(text, str) else list(text)
    ids = tuple(dict.fromkeys(i.strip().lower() for i in items if i.strip()))
    unknown = [i for i in ids if i not in NOMINATIF_COLUMNS]
    if unknown or not ids:
        raise ValidationError([FieldError("columns", "report.bad_columns", {
            "unknown": ", ".join(unknown) or "-", "known": ", ".join(NOMINATIF_COLUMNS)})])
    return ids


def _layout(ids: Sequence[str], lang: str | None) -> tuple[PaperColumn, ...]:
    out = [PaperColumn(("no",), label("col_no", lang), 20, C)]
    i = 0
    while i < len(ids):
        pair = tuple(ids[i:i + 2])
        if pair in STACKED:
            first, second = (NOMINATIF_COLUMNS[x] for x in pair)
            out.append(PaperColumn(pair, label(STACKED[pair], lang),  # type: ignore[arg-type]
                                   max(first.weight, second.weight), first.align,
                                   bold_first=pair[0] == "nama"))
            i += 2
            continue
        c = NOMINATIF_COLUMNS[ids[i]]
        out.append(PaperColumn((c.id,), label(c.label_code, lang), c.weight, c.align))
        i += 1
    return tuple(out)


def filter_lines(report: NominatifReport, lang: str | None) -> list[str]:
    lines = []
    if report.golongan:
        lines.append(label("filter_golongan", lang, value=report.golongan.upper()))
    if report.jabatan_kind:
        lines.append(label("filter_jabatan", lang, value=report.jabatan_kind.replace("_", " ")))
    if report.jenis:
        lines.append(label("filter_jenis", lang, value=report.jenis.upper()))
    return lines


def nominatif_document(report: NominatifReport, columns: Sequence[str] | str | None = None, *,
                       paper: Paper = Paper.A4, lang: str | None = None,
                       printed_on: date | None = None) -> ReportDocument:
    """The daftar nominatif with ``columns`` (ids of :data:`NOMINATIF_COLUMNS`)."""
    ids = parse_column_ids(columns)
    chosen = [NOMINATIF_COLUMNS[i] for i in ids]
    cols = (Column("no", label("col_no", lang), Kind.INT, align=C, xlsx_width=6),
            *(Column(c.id, label(c.label_code, lang), c.kind, align=c.align) for c in chosen))
    rows = [(n, *(c.get(p) for c in chosen)) for n, p in enumerate(report.rows, start=1)]
    table = Table(cols, rows, layout=_layout(ids, lang), number_row=True,
                  empty_text=label("no_data", lang))
    on = printed_on or date.today()
    subtitle = (*scope_lines(report.office, report.unit, lang), *filter_lines(report, lang),
                label("as_of", lang, date=tanggal_indonesia(report.as_of, lang)))
    return ReportDocument(
        title=label("nominatif_title", lang),
        blocks=(TableBlock(table, sheet=label("nominatif_sheet", lang)),),
        subtitle=subtitle, letterhead=letterhead(report.office),
        signature=office_signature(report.office, on, lang), paper=paper, landscape=True,
        printed_on=on, office_name=report.office.name,
        footer_note=label("nominatif_footer", lang, count=len(report.rows)), lang=lang,
    )


register_messages({
    "report.bad_columns": (
        "Kolom tidak dikenal: {unknown}. Kolom yang ada: {known}.",
        "Unknown columns: {unknown}. Available: {known}.",
    ),
    "report.pair_gol_tmt": ("Gol/Ruang, TMT", "Grade, Since"),
    "report.pair_jabatan_tmt": ("Jabatan, TMT", "Position, Since"),
    "report.pair_pendidikan_tahun": ("Pendidikan, Lulus", "Education, Year"),
    "report.filter_golongan": ("Golongan {value}", "Grade {value}"),
    "report.filter_jabatan": ("Jenis jabatan: {value}", "Position kind: {value}"),
    "report.filter_jenis": ("Jenis pegawai: {value}", "Employee kind: {value}"),
    "report.nominatif_title": ("Daftar Nominatif Pegawai", "Nominal Roll of Employees"),
    "report.nominatif_sheet": ("Nominatif", "Nominal roll"),
    "report.nominatif_footer": ("Daftar nominatif — {count} pegawai",
                                "Nominal roll — {count} employees"),
})
