"""The DUK (Daftar Urut Kepangkatan) list: landscape F4 by default (domain.md §8.1 columns).

Paper columns: No, Nama/NIP, tempat/tgl lahir, pangkat (gol, TMT), jabatan (nama, eselon,
TMT), masa kerja (th, bl), latihan jabatan (nama, tahun, jam), pendidikan (nama, lulus,
tingkat), usia, unit kerja, keterangan. Excel gets every value in a column of its own.
"""

from __future__ import annotations

from datetime import date

from app.reports.common import latihan_short, listing_document
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
)
from app.services.report_data_duk import DukReport, DukRow

C = Align.CENTER


def duk_columns(lang: str | None = None) -> tuple[Column, ...]:
    t = lambda code: label(code, lang)  # noqa: E731
    return (
        Column("rank", t("col_no"), Kind.INT, align=C, xlsx_width=6),
        Column("nama", t("col_nama"), xlsx_width=32),
        Column("nip", t("col_nip"), Kind.NIP),
        Column("tempat_lahir", t("col_tempat_lahir")),
        Column("tanggal_lahir", t("col_tanggal_lahir"), Kind.DATE),
        Column("golongan", t("col_golongan"), align=C, xlsx_width=9),
        Column("pangkat", t("col_pangkat"), xlsx_width=24),
        Column("tmt_golongan", t("col_tmt_golongan"), Kind.DATE),
        Column("jabatan", t("col_jabatan"), xlsx_width=40),
        Column("eselon", t("col_eselon"), align=C, xlsx_width=8),
        Column("tmt_jabatan", t("col_tmt_jabatan"), Kind.DATE),
        Column("mk_tahun", t("col_mk_tahun"), Kind.INT, align=C),
        Column("mk_bulan", t("col_mk_bulan"), Kind.INT, align=C),
        Column("latihan", t("col_latihan"), xlsx_width=26),
        Column("latihan_tahun", t("col_latihan_tahun"), Kind.INT, align=C),
        Column("latihan_jam", t("col_latihan_jam"), Kind.INT, align=C),
        Column("pendidikan_nama", t("col_pendidikan_nama"), xlsx_width=36),
        Column("tahun_lulus", t("col_tahun_lulus"), Kind.INT, align=C),
        Column("pendidikan", t("col_pendidikan"), align=C, xlsx_width=10),
        Column("usia", t("col_usia"), Kind.INT, align=C),
        Column("unit", t("col_unit"), xlsx_width=36),
        Column("keterangan", t("col_keterangan"), xlsx_width=14),
    )


def duk_layout(lang: str | None = None) -> tuple[PaperColumn, ...]:
    """Paper columns; weights are points on landscape F4 at 7 pt (a date or a grouped NIP
    fits on one line), scaled down with the font on A4."""
    t = lambda code: label(code, lang)  # noqa: E731
    pangkat, jabatan, mk = t("grp_pangkat"), t("grp_jabatan"), t("grp_masa_kerja")
    latihan, pendidikan = t("grp_latihan"), t("grp_pendidikan")
    return (
        PaperColumn(("rank",), t("col_no"), 18, C),
        PaperColumn(("nama", "nip"), t("col_nama_nip"), 100, bold_first=True),
        PaperColumn(("tempat_lahir", "tanggal_lahir"), t("col_ttl"), 58),
        PaperColumn(("golongan",), t("sub_gol"), 30, C, pangkat),
        PaperColumn(("tmt_golongan",), t("sub_tmt"), 48, C, pangkat),
        PaperColumn(("jabatan",), t("sub_nama_jabatan"), 116, group=jabatan),
        PaperColumn(("eselon",), t("sub_eselon"), 31, C, jabatan),
        PaperColumn(("tmt_jabatan",), t("sub_tmt"), 48, C, jabatan),
        PaperColumn(("mk_tahun",), t("sub_th"), 17, C, mk),
        PaperColumn(("mk_bulan",), t("sub_bl"), 17, C, mk),
        PaperColumn(("latihan",), t("sub_nama_latihan"), 55, group=latihan),
        PaperColumn(("latihan_tahun",), t("sub_tahun"), 29, C, latihan),
        PaperColumn(("latihan_jam",), t("sub_jam"), 22, C, latihan),
        PaperColumn(("pendidikan_nama",), t("sub_nama_pendidikan"), 78, group=pendidikan),
        PaperColumn(("tahun_lulus",), t("sub_lulus"), 28, C, pendidikan),
        PaperColumn(("pendidikan",), t("sub_tingkat"), 38, C, pendidikan),
        PaperColumn(("usia",), t("col_usia"), 22, C),
        PaperColumn(("unit",), t("col_unit"), 90),
        PaperColumn(("keterangan",), t("col_ket"), 22),
    )


def _school(nama: str | None, jurusan: str | None) -> str | None:
    if nama and jurusan:
        return f"{nama}, {jurusan}"
    return nama or jurusan


def duk_row(r: DukRow) -> tuple[object, ...]:
    p = r.person
    return (
        r.rank, p.nama, p.nip, p.tempat_lahir, p.tanggal_lahir, p.golongan, p.pangkat,
        p.tmt_golongan, p.jabatan, p.eselon or "-", p.tmt_jabatan, p.mk_tahun, p.mk_bulan,
        latihan_short(p.latihan), p.latihan_tahun, p.latihan_jam,
        _school(p.pendidikan_nama, p.jurusan), p.tahun_lulus, p.pendidikan, p.usia, p.unit, None,
    )


def duk_document(report: DukReport, *, paper: Paper = Paper.F4, lang: str | None = None,
                 printed_on: date | None = None) -> ReportDocument:
    """The DUK as a document (landscape; F4 unless another paper is asked for)."""
    table = Table(duk_columns(lang), [duk_row(r) for r in report.rows],
                  layout=duk_layout(lang), number_row=True, empty_text=label("no_data", lang))
    return listing_document(
        title=label("duk_title", lang), sheet=label("duk_sheet", lang), table=table,
        office=report.office, unit=report.unit, skipped=report.skipped, paper=paper, lang=lang,
        printed_on=printed_on, as_of=report.as_of,
        footer_note=label("duk_footer", lang, date=tanggal_indonesia(report.as_of, lang)),
        table_font_size=7.0 if paper is Paper.F4 else 6.2,
    )
