"""The Formasi report: per unit, peta jabatan against bezetting and retirements ahead, and the
usulan formasi for the recruitment year (:mod:`app.services.formasi_data`).

On paper each unit is a group heading followed by its jabatan lines and a unit subtotal; in
Excel every line carries its unit in a column (group headings are paper decoration).
"""

from __future__ import annotations

from datetime import date

from app.errors import register_messages
from app.reports.common import jenis_jabatan_label, letterhead, office_signature, scope_lines
from app.reports.formatting import tanggal_indonesia
from app.reports.labels import label
from app.reports.model import (
    Align,
    Block,
    Column,
    Kind,
    Paper,
    PaperColumn,
    ReportDocument,
    SpanRow,
    Table,
    TableBlock,
    TextBlock,
)
from app.services.formasi_data import FormasiLine, FormasiReport, FormasiUnit

C = Align.CENTER
WITHOUT_PETA_LIMIT = 40


def formasi_table(report: FormasiReport, lang: str | None = None) -> Table:
    def t(code: str, **kw: object) -> str:
        return label(code, lang, **kw)

    retire = t("formasi_grp_pensiun")
    year_cols = [Column(f"pensiun_{y}", f"{retire} {y}", Kind.COUNT, align=C, short=str(y),
                        group=retire, xlsx_width=10) for y in report.years]
    cols = (Column("no", t("col_no"), Kind.INT, align=C, xlsx_width=6),
            Column("unit", t("col_unit"), xlsx_width=40),
            Column("jabatan", t("formasi_col_jabatan"), xlsx_width=44),
            Column("jenis", t("col_jenis_jabatan"), xlsx_width=22),
            Column("kelas", t("formasi_col_kelas"), Kind.INT, align=C, xlsx_width=8),
            Column("needed", t("formasi_col_needed"), Kind.INT, align=C, xlsx_width=12),
            Column("filled", t("formasi_col_filled"), Kind.COUNT, align=C, xlsx_width=12),
            Column("gap", t("formasi_col_gap"), Kind.INT, align=C, xlsx_width=12),
            *year_cols,
            Column("proposal", t("formasi_col_proposal"), Kind.COUNT, align=C, xlsx_width=12),
            Column("keterangan", t("col_keterangan"), xlsx_width=30))
    layout = (PaperColumn(("no",), t("col_no"), 20, C),
              PaperColumn(("jabatan", "jenis"), t("formasi_col_jabatan_jenis"), 190),
              PaperColumn(("kelas",), t("formasi_col_kelas"), 30, C),
              PaperColumn(("needed",), t("formasi_col_needed_paper"), 46, C),
              PaperColumn(("filled",), t("formasi_col_filled_paper"), 46, C),
              PaperColumn(("gap",), t("formasi_col_gap_paper"), 46, C),
              *(PaperColumn((c.id,), str(y), 34, C, retire)
                for c, y in zip(year_cols, report.years, strict=True)),
              PaperColumn(("proposal",), t("formasi_col_proposal_paper"), 50, C),
              PaperColumn(("keterangan",), t("col_keterangan"), 110))
    rows: list[tuple[object, ...] | SpanRow] = []
    number = 0
    for unit in report.units:
        rows.append(SpanRow(unit.path))
        for line in unit.lines:
            number += 1
            rows.append(_line_row(number, unit, line, lang))
        rows.append(_subtotal(unit, report, lang))
    totals = ((None, None, t("total"), None, None, report.needed, report.filled,
               report.filled - report.needed, *report.retiring_per_year(), report.proposal,
               None),)
    return Table(cols, rows, totals=totals, layout=layout, number_row=True,
                 empty_text=t("formasi_empty"))


def _line_row(number: int, unit: FormasiUnit, line: FormasiLine,
              lang: str | None) -> tuple[object, ...]:
    note = line.note
    if line.needed is None:
        note = label("formasi_not_planned", lang)
    return (number, unit.name, line.jabatan, jenis_jabatan_label(line.jabatan_kind), line.kelas,
            line.needed, line.filled, line.gap, *line.retiring, line.proposal, note)


def _subtotal(unit: FormasiUnit, report: FormasiReport, lang: str | None) -> tuple[object, ...]:
    retiring = [sum(line.retiring[i] for line in unit.lines) for i in range(len(report.years))]
    return (None, unit.name, label("formasi_unit_total", lang), None, None, unit.needed,
            unit.filled, unit.filled - unit.needed, *retiring, unit.proposal, None)


def formasi_document(report: FormasiReport, *, paper: Paper = Paper.A4,
                     lang: str | None = None, printed_on: date | None = None) -> ReportDocument:
    """The Formasi report (landscape), with the rule explained and the units lacking a peta
    jabatan named under the table."""
    on = printed_on or date.today()
    title = label("formasi_title", lang, year=report.year)
    blocks: list[Block] = [TableBlock(formasi_table(report, lang),
                                      sheet=label("formasi_sheet", lang))]
    blocks.append(TextBlock(label("formasi_rule", lang, year=report.year)))
    if report.without_peta:
        shown = [f"{path} ({count})" for path, count in report.without_peta[:WITHOUT_PETA_LIMIT]]
        more = len(report.without_peta) - WITHOUT_PETA_LIMIT
        if more > 0:
            shown.append(label("skipped_more_units", lang, count=more))
        blocks.append(TextBlock(label("formasi_without_peta", lang,
                                      count=len(report.without_peta)) + "\n" + "; ".join(shown)))
    subtitle = (*scope_lines(report.office, report.unit, lang),
                label("as_of", lang, date=tanggal_indonesia(report.as_of, lang)))
    return ReportDocument(
        title=title, blocks=tuple(blocks), subtitle=subtitle,
        letterhead=letterhead(report.office), signature=office_signature(report.office, on, lang),
        paper=paper, landscape=True, printed_on=on, office_name=report.office.name,
        footer_note=title, lang=lang,
    )


register_messages({f"report.{k}": v for k, v in {
    "catalog_formasi": ("Formasi (Kebutuhan Pegawai)", "Formasi (recruitment needs)"),
    "formasi_title": ("Analisis Kebutuhan Formasi Pegawai Tahun {year}",
                      "Recruitment Needs (Formasi) for {year}"),
    "formasi_sheet": ("Formasi", "Formasi"),
    "formasi_col_jabatan": ("Jabatan", "Position"),
    "formasi_col_jabatan_jenis": ("Jabatan / Jenis Jabatan", "Position / Kind"),
    "formasi_col_kelas": ("Kelas", "Grade"),
    "formasi_col_needed": ("Kebutuhan (ABK)", "Needed (ABK)"),
    "formasi_col_needed_paper": ("Kebu-\ntuhan", "Needed"),
    "formasi_col_filled": ("Bezetting (terisi)", "Filled"),
    "formasi_col_filled_paper": ("Beze-\ntting", "Filled"),
    "formasi_col_gap": ("Selisih (kurang −, lebih +)", "Difference (short −, over +)"),
    "formasi_col_gap_paper": ("Selisih\n(−/+)", "Diff.\n(−/+)"),
    "formasi_grp_pensiun": ("Pensiun", "Retiring"),
    "formasi_col_proposal": ("Usulan formasi", "Proposed intake"),
    "formasi_col_proposal_paper": ("Usulan\nformasi", "Proposed\nintake"),
    "formasi_not_planned": ("tidak ada di peta jabatan", "not in the peta jabatan"),
    "formasi_unit_total": ("JUMLAH UNIT", "UNIT TOTAL"),
    "formasi_empty": (
        "Belum ada peta jabatan untuk unit kerja ini. Isi peta jabatan di layar Laporan ▸ "
        "Formasi ▸ Peta jabatan.",
        "No peta jabatan for this unit yet. Fill it in Reports ▸ Formasi ▸ Peta jabatan.",
    ),
    "formasi_rule": (
        "Usulan formasi = kebutuhan − (bezetting − pegawai yang mencapai batas usia pensiun "
        "sampai 31 Desember {year}), paling sedikit 0. Pegawai yang telah melewati BUP tetapi "
        "masih aktif dihitung pensiun pada tahun berjalan.",
        "Proposed intake = needed − (filled − employees reaching retirement age by "
        "31 December {year}), at least 0. Employees past retirement age still on duty count "
        "as retiring this year.",
    ),
    "formasi_without_peta": (
        "Unit kerja berpegawai yang belum memiliki peta jabatan ({count}), dengan jumlah "
        "pegawainya:",
        "Units with employees but no peta jabatan ({count}), with their headcount:",
    ),
    "skipped_more_units": ("… dan {count} unit lainnya.", "… and {count} more units."),
}.items()})
