"""The due lists: KGB due in a month, KP due in a period, retirement projection of a year."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain.gaji import FILE as GAJI_FILE
from app.domain.gaji import rupiah
from app.errors import register_messages
from app.reports.common import jenis_jabatan_label, listing_document
from app.reports.formatting import bulan_tahun, tanggal_indonesia
from app.reports.labels import label
from app.reports.model import (
    Align,
    Column,
    Kind,
    Paper,
    PaperColumn,
    ReportDocument,
    Table,
    TextBlock,
)
from app.services.report_data_due import DueReport, KgbDueRow, KpDueRow, PensiunRow

C = Align.CENTER
R = Align.RIGHT

register_messages({f"report.{k}": v for k, v in {
    "col_kgb_gaji_baru": ("Gaji Pokok Baru", "New Base Pay"),
    "kgb_gaji_missing": ("belum ada di tabel", "not in the table"),
    "kgb_gaji_missing_note": (
        "\"Belum ada di tabel\": gaji pokok golongan dan MKG itu belum tercantum di tabel gaji "
        "pokok program ({file}). Isi dari lampiran peraturan gajinya, lalu cetak ulang.",
        "\"Not in the table\": the base pay of that golongan and MKG is not in the program's "
        "gaji pokok table yet ({file}). Fill it in from the pay regulation, then print again.",
    ),
    "kgb_cpns_80": ("CPNS (80%)", "CPNS (80%)"),
}.items()})


def _no(lang: str | None) -> Column:
    return Column("no", label("col_no", lang), Kind.INT, align=C, xlsx_width=6)


def _person_columns(lang: str | None) -> tuple[Column, ...]:
    return (_no(lang), Column("nama", label("col_nama", lang), xlsx_width=32),
            Column("nip", label("col_nip", lang), Kind.NIP))


def _person_layout(lang: str | None) -> tuple[PaperColumn, ...]:
    return (PaperColumn(("no",), label("col_no", lang), 20, C),
            PaperColumn(("nama", "nip"), label("col_nama_nip", lang), 110, bold_first=True))


def _document(title: str, sheet: str, report: DueReport, table: Table, subtitle: list[str],
              lang: str | None, paper: Paper, printed_on: date | None) -> ReportDocument:
    return listing_document(
        title=title, sheet=sheet, table=table, office=report.office, unit=report.unit,
        skipped=report.skipped, paper=paper, lang=lang, printed_on=printed_on,
        subtitle=subtitle, footer_note=title if len(title) < 60 else None,
    )


# --- KGB --------------------------------------------------------------------------------------

def kgb_document(report: DueReport[KgbDueRow], *, paper: Paper = Paper.A4,
                 lang: str | None = None, printed_on: date | None = None) -> ReportDocument:
    """The KGB due list: the last gaji SK (TMT, number, MKG, gaji pokok) and the next KGB
    (TMT, MKG, gaji pokok of the gaji table in force then, :mod:`app.domain.gaji`); an amount
    the table does not have yet is printed as such, with a note on how to add it."""
    t = lambda code: label(code, lang)  # noqa: E731
    cols = (*_person_columns(lang),
            Column("golongan", t("col_golongan"), align=C),
            Column("unit", t("col_unit"), xlsx_width=36),
            Column("tmt_lama", t("col_kgb_tmt_lama"), Kind.DATE),
            Column("sk_lama", t("col_kgb_sk_lama"), xlsx_width=22),
            Column("mkg_lama", t("col_kgb_mkg_lama"), align=C),
            Column("gaji_lama", t("col_kgb_gaji_lama"), align=R, xlsx_width=18),
            Column("tmt_baru", t("col_kgb_tmt_baru"), Kind.DATE),
            Column("mkg_baru", t("col_kgb_mkg_baru"), align=C),
            Column("gaji_baru", t("col_kgb_gaji_baru"), align=R, xlsx_width=18),
            Column("keterangan", t("col_keterangan"), xlsx_width=16))
    old, new = t("grp_kgb_lama"), t("grp_kgb_baru")
    layout = (*_person_layout(lang),
              PaperColumn(("golongan",), t("sub_gol"), 30, C),
              PaperColumn(("unit",), t("col_unit"), 90),
              PaperColumn(("tmt_lama",), t("sub_tmt"), 48, C, old),
              PaperColumn(("sk_lama",), t("sub_sk"), 90, group=old),
              PaperColumn(("mkg_lama",), t("sub_mkg"), 38, C, old),
              PaperColumn(("gaji_lama",), t("sub_gaji"), 59, R, old),
              PaperColumn(("tmt_baru",), t("sub_tmt"), 48, C, new),
              PaperColumn(("mkg_baru",), t("sub_mkg"), 38, C, new),
              PaperColumn(("gaji_baru",), t("sub_gaji"), 59, R, new),
              PaperColumn(("keterangan",), t("col_keterangan"), 50))
    rows = [(n, r.person.nama, r.person.nip, r.golongan, r.person.unit, r.tmt_lama, r.sk_lama,
             _mk(r.mkg_lama), _gaji(r.gaji_lama, lang), r.tmt_baru, _mk(r.mkg_baru),
             _gaji(r.gaji_baru, lang), _keterangan(r, lang))
            for n, r in enumerate(report.rows, start=1)]
    table = Table(cols, rows, layout=layout, number_row=True, empty_text=t("no_due"))
    month = bulan_tahun(report.year, report.month or 1, lang)
    doc = _document(t("kgb_title"), t("kgb_sheet"), report, table,
                    [label("kgb_subtitle", lang, month=month)], lang, paper, printed_on)
    if any(r.gaji_baru is None or r.gaji_lama is None for r in report.rows):
        note = TextBlock(label("kgb_gaji_missing_note", lang, file=GAJI_FILE))
        doc = replace(doc, blocks=(doc.blocks[0], note, *doc.blocks[1:]))
    return doc


def _gaji(amount: int | None, lang: str | None) -> str:
    """``Rp 2.579.400``, or that the gaji table has no amount for it."""
    return label("kgb_gaji_missing", lang) if amount is None else rupiah(amount)


def _keterangan(r: KgbDueRow, lang: str | None) -> str | None:
    jenis = r.person.jenis_pegawai
    if jenis == "CPNS":
        return label("kgb_cpns_80", lang)
    return jenis if jenis != "PNS" else None


def _mk(mk: object) -> str:
    years, months = mk  # type: ignore[misc]
    return f"{years} th {months} bl"


# --- KP ---------------------------------------------------------------------------------------

def kp_document(report: DueReport[KpDueRow], *, paper: Paper = Paper.A4,
                lang: str | None = None, printed_on: date | None = None) -> ReportDocument:
    t = lambda code: label(code, lang)  # noqa: E731
    cols = (*_person_columns(lang),
            Column("unit", t("col_unit"), xlsx_width=36),
            Column("jabatan", t("col_jabatan"), xlsx_width=36),
            Column("pendidikan", t("col_pendidikan"), align=C),
            Column("gol_lama", t("col_kp_gol_lama"), align=C),
            Column("tmt_lama", t("col_kp_tmt_lama"), Kind.DATE),
            Column("masa_kerja", t("col_masa_kerja"), align=C),
            Column("gol_baru", t("col_kp_gol_baru"), align=C),
            Column("pangkat_baru", t("col_kp_pangkat_baru"), xlsx_width=26),
            Column("tmt_kp", t("col_kp_tmt"), Kind.DATE),
            Column("jenis_kp", t("col_kp_jenis"), xlsx_width=18),
            Column("keterangan", t("col_keterangan"), xlsx_width=16))
    old, new = t("grp_kp_lama"), t("grp_kp_baru")
    layout = (*_person_layout(lang),
              PaperColumn(("unit",), t("col_unit"), 100),
              PaperColumn(("jabatan", "pendidikan"), t("col_jabatan_pendidikan"), 110),
              PaperColumn(("gol_lama",), t("sub_gol"), 32, C, old),
              PaperColumn(("tmt_lama",), t("sub_tmt"), 50, C, old),
              PaperColumn(("masa_kerja",), t("sub_mkg"), 42, C, old),
              PaperColumn(("gol_baru", "pangkat_baru"), t("col_kp_baru_paper"), 96, C, new),
              PaperColumn(("tmt_kp",), t("sub_tmt"), 50, C, new),
              PaperColumn(("jenis_kp",), t("col_kp_jenis"), 72),
              PaperColumn(("keterangan",), t("col_keterangan"), 55))
    rows = [(n, r.person.nama, r.person.nip, r.person.unit, r.person.jabatan,
             r.person.pendidikan, r.golongan_lama, r.person.tmt_golongan, _mkg(r),
             r.golongan_baru, r.pangkat_baru, r.tmt_kp, t(f"kp_{r.jenis_kp}"),
             t("kp_overdue") if r.overdue else None)
            for n, r in enumerate(report.rows, start=1)]
    table = Table(cols, rows, layout=layout, number_row=True, empty_text=t("no_due"))
    periods = ", ".join(tanggal_indonesia(p, lang) for p in report.periods)
    return _document(t("kp_title"), t("kp_sheet"), report, table,
                     [label("kp_subtitle", lang, periods=periods)], lang, paper, printed_on)


def _mkg(r: KpDueRow) -> str | None:
    p = r.person
    return f"{p.mk_tahun} th {p.mk_bulan or 0} bl" if p.mk_tahun is not None else None


# --- pensiun ----------------------------------------------------------------------------------

def pensiun_document(report: DueReport[PensiunRow], *, paper: Paper = Paper.A4,
                     lang: str | None = None, printed_on: date | None = None) -> ReportDocument:
    t = lambda code: label(code, lang)  # noqa: E731
    cols = (*_person_columns(lang),
            Column("tanggal_lahir", t("col_tanggal_lahir"), Kind.DATE),
            Column("golongan", t("col_golongan"), align=C),
            Column("jabatan", t("col_jabatan"), xlsx_width=40),
            Column("jenis_jabatan", t("col_jenis_jabatan"), xlsx_width=22),
            Column("unit", t("col_unit"), xlsx_width=36),
            Column("bup", t("col_bup"), Kind.INT, align=C),
            Column("bup_date", t("col_bup_date"), Kind.DATE),
            Column("tmt_pensiun", t("col_tmt_pensiun"), Kind.DATE),
            Column("keterangan", t("col_keterangan"), xlsx_width=16))
    layout = (*_person_layout(lang),
              PaperColumn(("tanggal_lahir",), t("col_tanggal_lahir"), 52, C),
              PaperColumn(("golongan",), t("sub_gol"), 34, C),
              PaperColumn(("jabatan", "jenis_jabatan"), t("col_jabatan_jenis"), 150),
              PaperColumn(("unit",), t("col_unit"), 120),
              PaperColumn(("bup",), t("col_bup_paper"), 30, C),
              PaperColumn(("bup_date",), t("col_bup_date"), 54, C),
              PaperColumn(("tmt_pensiun",), t("col_tmt_pensiun"), 54, C),
              PaperColumn(("keterangan",), t("col_keterangan"), 70))
    rows = [(n, r.person.nama, r.person.nip, r.person.tanggal_lahir, r.person.golongan,
             r.person.jabatan, jenis_jabatan_label(r.person.jabatan_kind), r.person.unit, r.bup,
             r.bup_date, r.tmt_pensiun, None)
            for n, r in enumerate(report.rows, start=1)]
    table = Table(cols, rows, layout=layout, number_row=True, empty_text=t("no_due"))
    return _document(t("pensiun_title"), t("pensiun_sheet"), report, table,
                     [label("pensiun_subtitle", lang, year=report.year)], lang, paper,
                     printed_on)
