"""Rekapitulasi predikat kinerja per unit (:mod:`app.services.report_data_predikat`), printed
as a recap cross-table."""

from __future__ import annotations

from datetime import date

from app.errors import register_messages
from app.reports.labels import label
from app.reports.model import Paper, ReportDocument
from app.reports.recap import recap_document
from app.services.report_data_recap import RecapData


def predikat_document(data: RecapData, year: int, *, paper: Paper = Paper.A4,
                      lang: str | None = None, printed_on: date | None = None
                      ) -> ReportDocument:
    return recap_document(
        data, title=label("predikat_title", lang, year=year),
        subtitle=(label("predikat_subtitle", lang, year=year),),
        sheet=label("predikat_sheet", lang), paper=paper, lang=lang, printed_on=printed_on)


register_messages({f"report.{k}": v for k, v in {
    "catalog_predikat": ("Rekapitulasi Predikat Kinerja", "Performance ratings summary"),
    "predikat_title": ("Rekapitulasi Predikat Kinerja Pegawai Tahun {year}",
                       "Summary of Performance Ratings {year}"),
    "predikat_subtitle": (
        "Predikat hasil evaluasi kinerja tahunan (SKP berstatus dinilai atau final) tahun {year}",
        "Ratings of the annual performance evaluation (SKP evaluated or final) of {year}",
    ),
    "predikat_sheet": ("Predikat", "Ratings"),
    "dim_predikat": ("Predikat Kinerja", "Performance rating"),
}.items()})
