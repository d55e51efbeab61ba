"""The lists of one training session: the participant list with a signature column and the
attendance sheet (one signature cell per day), as :class:`ReportDocument` s printed by the
shared foundation (letterhead, footer with page numbers, signature of the office head).

Each participant row carries three lines (name, NIP, pangkat) so a row is tall enough to sign.
The signature column is split in two, odd numbers on the left and even on the right, as
paper attendance lists are, so neighbouring signatures do not run into each other.
"""

from __future__ import annotations

from datetime import date, timedelta

from app.reports.common import letterhead, office_signature
from app.reports.formatting import short_date
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
from app.reports.training_data import PrintedParticipant, SessionPrintData
from app.reports.training_labels import attendance_label, jp_text, period_text
from app.services.training import SessionRow

C = Align.CENTER
DAYS_PER_TABLE = 6
MAX_DATED_DAYS = 31  # a longer session gets blank date columns to fill in by hand
DOTS = "...................."


def session_name(s: SessionRow, lang: str | None = None) -> str:
    """The title, with "Angkatan II" added unless the title already names it."""
    text = label("training_angkatan", lang, angkatan=s.angkatan) if s.angkatan else ""
    if not text or text.casefold() in s.title.casefold():
        return s.title
    return f"{s.title} {text}"


def session_lines(s: SessionRow, lang: str | None = None) -> tuple[str, ...]:
    """The heading lines under a list's title: the session, dates, place, organiser, JP."""
    period = period_text(s.start_date, s.end_date, lang)
    lines = [session_name(s, lang), label("training_when", lang, period=period)]
    if s.place:
        lines.append(label("training_where", lang, place=s.place))
    if s.organiser:
        lines.append(label("training_by", lang, organiser=s.organiser))
    lines.append(label("training_jp_line", lang, jp=jp_text(s.jp)))
    return tuple(lines)


def _who(p: PrintedParticipant) -> tuple[object, ...]:
    return (p.nama, p.nip, p.pangkat_golongan)


def _where(p: PrintedParticipant) -> str:
    return "\n".join(x for x in (p.jabatan, p.unit) if x)


def _base_columns(lang: str | None) -> list[Column]:
    return [
        Column("no", label("col_no", lang), Kind.INT, align=C, xlsx_width=6),
        Column("nama", label("col_nama", lang), xlsx_width=32),
        Column("nip", label("col_nip", lang), Kind.NIP),
        Column("pangkat", label("col_pangkat_gol", lang), xlsx_width=26),
        Column("jabatan_unit", label("col_jabatan_unit", lang), xlsx_width=44),
    ]


def _base_layout(lang: str | None, weights: tuple[float, float, float]) -> list[PaperColumn]:
    return [
        PaperColumn(("no",), label("col_no", lang), weights[0], C),
        PaperColumn(("nama", "nip", "pangkat"), label("col_nama_nip", lang), weights[1],
                    bold_first=True),
        PaperColumn(("jabatan_unit",), label("col_jabatan_unit", lang), weights[2]),
    ]


def footer_note(title: str, session_title: str, limit: int = 64) -> str:
    """``Daftar Hadir — Bimtek Penyusunan …``: short enough to sit between the printed date
    and the page number of a portrait page."""
    room = limit - len(title) - 3
    if len(session_title) > room:
        session_title = session_title[:max(room - 1, 0)].rstrip() + "…"
    return f"{title} — {session_title}"


def _document(data: SessionPrintData, title: str, blocks: tuple[TableBlock, ...], *,
              paper: Paper, landscape: bool, lang: str | None,
              printed_on: date | None) -> ReportDocument:
    on = printed_on or date.today()
    return ReportDocument(
        title=title, blocks=blocks, subtitle=session_lines(data.session, lang),
        letterhead=letterhead(data.office), signature=office_signature(data.office, on, lang),
        paper=paper, landscape=landscape, printed_on=on, office_name=data.office.name,
        footer_note=footer_note(title, data.session.title), table_font_size=7.5, lang=lang,
    )


def participant_list_document(data: SessionPrintData, *, paper: Paper = Paper.A4,
                              lang: str | None = None,
                              printed_on: date | None = None) -> ReportDocument:
    """Daftar peserta: No, name/NIP/pangkat, jabatan/unit, the signature column; in Excel
    also attendance, completion, JP credited and the certificate."""
    sign = label("training_sign", lang)
    columns = [*_base_columns(lang),
               Column("sign_odd", label("col_sign_odd", lang), xlsx_width=14),
               Column("sign_even", label("col_sign_even", lang), xlsx_width=14),
               Column("attendance", label("col_attendance", lang), xlsx_width=16),
               Column("jp", label("col_jp_credited", lang), Kind.INT),
               Column("cert", label("col_certificate", lang), xlsx_width=24),
               Column("cert_date", label("col_certificate_date", lang), Kind.DATE)]
    layout = [*_base_layout(lang, (14, 150, 150)),
              PaperColumn(("sign_odd",), " ", 60, Align.LEFT, sign),
              PaperColumn(("sign_even",), "  ", 60, Align.LEFT, sign)]
    rows = []
    for n, p in enumerate(data.participants, start=1):
        mark = f"{n}. {DOTS}"
        rows.append((n, *_who(p), _where(p), mark if n % 2 else None,
                     None if n % 2 else mark, attendance_label(p.attendance, lang),
                     p.jp_credited if p.completed else None, p.certificate_nomor,
                     p.certificate_tanggal))
    table = Table(tuple(columns), rows, layout=tuple(layout), number_row=True,
                  empty_text=label("training_no_participants", lang))
    block = TableBlock(table, sheet=label("training_list_sheet", lang))
    return _document(data, label("training_list_title", lang), (block,), paper=paper,
                     landscape=False, lang=lang, printed_on=printed_on)


def session_days(s: SessionRow) -> list[date | None]:
    """The days of the sheet: every date of the session, or (a session longer than a month)
    six undated columns."""
    count = (s.end_date - s.start_date).days + 1
    if count > MAX_DATED_DAYS:
        return [None] * DAYS_PER_TABLE
    return [s.start_date + timedelta(days=i) for i in range(count)]


def attendance_sheet_document(data: SessionPrintData, *, paper: Paper = Paper.A4,
                              lang: str | None = None,
                              printed_on: date | None = None) -> ReportDocument:
    """Daftar hadir: one row per participant, one signature cell per day (six days a table;
    a longer session gets one table per six days), landscape."""
    days = session_days(data.session)
    chunks = [days[i:i + DAYS_PER_TABLE] for i in range(0, len(days), DAYS_PER_TABLE)]
    sheet = label("training_attendance_sheet", lang)
    blocks = []
    for i, chunk in enumerate(chunks):
        first = i * DAYS_PER_TABLE + 1
        heading = name = None
        if len(chunks) > 1:
            heading = label("training_days", lang, first=first, last=first + len(chunk) - 1)
            name = f"{sheet} {i + 1}"
        blocks.append(TableBlock(_day_table(data, chunk, lang), heading=heading,
                                 sheet=name or sheet))
    return _document(data, label("training_attendance_title", lang), tuple(blocks),
                     paper=paper, landscape=True, lang=lang, printed_on=printed_on)


def _day_table(data: SessionPrintData, days: list[date | None], lang: str | None) -> Table:
    group = label("training_sign_date", lang)
    columns = _base_columns(lang)
    layout = _base_layout(lang, (14, 130, 110))
    for i, day in enumerate(days):
        head = short_date(day) if day else label("training_blank_day", lang)
        columns.append(Column(f"d{i}", f"{group} {head}", xlsx_width=14))
        layout.append(PaperColumn((f"d{i}",), head, 50, Align.LEFT, group))
    columns.append(Column("ket", label("col_keterangan", lang), xlsx_width=16))
    layout.append(PaperColumn(("ket",), label("col_ket", lang), 34))
    rows = []
    for n, p in enumerate(data.participants, start=1):
        rows.append((n, *_who(p), _where(p), *([None] * len(days)), None))
    return Table(tuple(columns), rows, layout=tuple(layout), number_row=True,
                 empty_text=label("training_no_participants", lang))
