"""Pieces every standard report shares: letterhead and signature from the office, scope lines,
the note listing employees left out, the paper choice."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from app.domain.bangkom import find_programme
from app.domain.common import InvalidValue
from app.domain.jabatan import parse_jenis_jabatan
from app.errors import message
from app.reports.formatting import nip_text, tanggal_indonesia
from app.reports.labels import label
from app.reports.model import (
    Block,
    Letterhead,
    Paper,
    ReportDocument,
    Signature,
    Table,
    TableBlock,
    TextBlock,
)
from app.services.report_data import OfficeHeader, UnitRef
from app.services.report_data_duk import Skipped


def letterhead(office: OfficeHeader) -> Letterhead:
    return Letterhead(office.instansi, office.agency, office.address_lines)


def office_signature(office: OfficeHeader, on: date, lang: str | None = None) -> Signature:
    """The head of the office signs the standard lists (blank lines when not recorded)."""
    jabatan = office.head_jabatan or label("head_of", lang, agency=office.agency_full)
    if not jabatan.endswith(","):
        jabatan += ","
    return Signature(place=office.city, on=on, jabatan=(jabatan,), name=office.head_name,
                     nip=office.head_nip, pangkat=office.head_pangkat)


def scope_lines(office: OfficeHeader, unit: UnitRef | None, lang: str | None = None,
                as_of: date | None = None) -> tuple[str, ...]:
    lines = [office.region_name.upper()]
    if unit is not None:
        lines.append(label("unit_line", lang, unit=unit.path))
    if as_of is not None:
        lines.append(label("as_of", lang, date=tanggal_indonesia(as_of, lang)))
    return tuple(lines)


def skipped_block(skipped: Sequence[Skipped], lang: str | None = None,
                  limit: int = 60) -> TextBlock | None:
    """A note naming who could not be listed and why (so the clerk can complete the data)."""
    if not skipped:
        return None
    parts = []
    for s in list(skipped)[:limit]:
        who = f"{s.nama} ({nip_text(s.nip)})" if s.nip else s.nama
        parts.append(f"{who}: {message(s.reason, lang)}")
    more = len(skipped) - limit
    if more > 0:
        parts.append(label("skipped_more", lang, count=more))
    text = label("skipped_intro", lang, count=len(skipped)) + "\n" + "\n".join(parts)
    return TextBlock(text)


def listing_document(
    *, title: str, sheet: str, table: Table, office: OfficeHeader, unit: UnitRef | None,
    skipped: Sequence[Skipped], paper: Paper, lang: str | None, printed_on: date | None,
    as_of: date | None = None, subtitle: Sequence[str] = (), footer_note: str | None = None,
    table_font_size: float = 7.0,
) -> ReportDocument:
    """A landscape list of employees (DUK, KGB, KP, pensiun): ``table`` and then the note on who
    could not be listed (:func:`skipped_block`), under the office's letterhead and scope lines
    (``as_of`` among them when given, then ``subtitle``) and above the head's signature."""
    blocks: list[Block] = [TableBlock(table, sheet=sheet)]
    note = skipped_block(skipped, lang)
    if note is not None:
        blocks.append(note)
    on = printed_on or date.today()
    return ReportDocument(
        title=title, blocks=tuple(blocks),
        subtitle=(*scope_lines(office, unit, lang, as_of), *subtitle),
        letterhead=letterhead(office), signature=office_signature(office, on, lang),
        paper=paper, landscape=True, printed_on=on, table_font_size=table_font_size,
        office_name=office.name, footer_note=footer_note, lang=lang,
    )


def jenis_jabatan_label(kind: str | None) -> str | None:
    """``Fungsional Keahlian`` for ``fungsional_keahlian`` (unknown codes as they are)."""
    if not kind:
        return None
    try:
        return parse_jenis_jabatan(kind).label
    except InvalidValue:
        return kind


def latihan_short(name: str | None) -> str | None:
    """A leadership programme by its usual abbreviation on crowded lists ("PKA" for
    "Pelatihan Kepemimpinan Administrator"); older names (Diklatpim III…) stay as recorded."""
    if not name:
        return None
    programme = find_programme(name)
    if programme is None:
        return name
    abbrev = re.search(r"\(([^)]+)\)", programme.label)
    if abbrev is None or any(_same(name, old) for old in programme.old_names):
        return name
    return abbrev.group(1)


def _same(a: str, b: str) -> bool:
    return re.sub(r"[^a-z0-9]", "", a.lower()) == re.sub(r"[^a-z0-9]", "", b.lower())


def paper_of(text: str | Paper | None, default: Paper) -> Paper:
    if text is None:
        return default
    return Paper(str(text).upper())
