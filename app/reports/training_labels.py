"""Printed words of the training printouts (``report.*`` codes, Indonesian first), and the
few phrases they share: the period of a session, its heading lines, category and attendance
names."""

from __future__ import annotations

from datetime import date

from app.errors import register_messages
from app.reports.formatting import month_name, tanggal_indonesia
from app.reports.labels import label

CATEGORY_CODES = ("latsar", "pkp", "pka", "pkn_ii", "pkn_i", "struktural", "manajerial",
                  "teknis", "fungsional", "sosial_kultural", "seminar", "lainnya")
ATTENDANCE_CODES = ("registered", "present", "partial", "absent", "excused")


def period_text(start: date, end: date, lang: str | None = None) -> str:
    """``10 s.d. 12 Maret 2025``; ``28 Desember 2024 s.d. 3 Januari 2025``; one day: the date."""
    if start == end:
        return tanggal_indonesia(start, lang)
    until = label("training_until", lang)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day} {until} {tanggal_indonesia(end, lang)}"
    if start.year == end.year:
        return f"{start.day} {month_name(start.month, lang)} {until} {tanggal_indonesia(end, lang)}"
    return f"{tanggal_indonesia(start, lang)} {until} {tanggal_indonesia(end, lang)}"


def category_label(code: str | None, lang: str | None = None) -> str:
    if not code:
        return ""
    return label(f"training_cat_{code}", lang) if code in CATEGORY_CODES else code


def attendance_label(code: str, lang: str | None = None) -> str:
    return label(f"training_att_{code}", lang) if code in ATTENDANCE_CODES else code


def jp_text(value: float) -> str:
    """``24`` or ``7,5`` (a decimal comma)."""
    if value == int(value):
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


register_messages({f"report.{k}": v for k, v in {
    "catalog_jp": ("Rekap capaian 20 JP", "20-JP recap"),
    "training_until": ("s.d.", "to"),
    "training_angkatan": ("Angkatan {angkatan}", "Class {angkatan}"),
    "training_when": ("Tanggal: {period}", "Dates: {period}"),
    "training_where": ("Tempat: {place}", "Place: {place}"),
    "training_by": ("Penyelenggara: {organiser}", "Organiser: {organiser}"),
    "training_jp_line": ("Jumlah: {jp} JP", "Total: {jp} JP"),
    # participant list
    "training_list_title": ("Daftar Peserta Pelatihan", "List of Participants"),
    "training_list_sheet": ("Peserta", "Participants"),
    "training_sign": ("Tanda Tangan", "Signature"),
    "training_no_participants": ("Belum ada peserta.", "No participants yet."),
    "col_jabatan_unit": ("Jabatan / Unit Kerja", "Position / Unit"),
    "col_sign_odd": ("Tanda Tangan (ganjil)", "Signature (odd)"),
    "col_sign_even": ("Tanda Tangan (genap)", "Signature (even)"),
    "col_attendance": ("Kehadiran", "Attendance"),
    "col_jp_credited": ("JP Diakui", "JP Credited"),
    "col_certificate": ("Nomor Sertifikat", "Certificate No."),
    "col_certificate_date": ("Tanggal Sertifikat", "Certificate Date"),
    # attendance sheet
    "training_attendance_title": ("Daftar Hadir Peserta Pelatihan", "Attendance Sheet"),
    "training_attendance_sheet": ("Daftar Hadir", "Attendance"),
    "training_days": ("Hari ke-{first} s.d. ke-{last}", "Days {first} to {last}"),
    "training_day": ("Hari ke-{first}", "Day {first}"),
    "training_blank_day": ("Tgl. ......", "Date ......"),
    "training_sign_date": ("Tanda Tangan / Tanggal", "Signature / Date"),
    # certificates
    "training_cert_title": ("Sertifikat", "Certificate"),
    "training_cert_number": ("Nomor: {nomor}", "Number: {nomor}"),
    "training_cert_number_blank": ("Nomor: ..................................",
                                   "Number: .................................."),
    "training_cert_given": ("diberikan kepada:", "is awarded to:"),
    "training_cert_attended": ("telah mengikuti", "has attended"),
    "training_cert_by": ("yang diselenggarakan oleh {organiser}", "organised by {organiser}"),
    "training_cert_at": ("di {place}", "in {place}"),
    "training_cert_on": ("pada tanggal {period}", "on {period}"),
    "training_cert_jp": ("selama {jp} jam pelajaran (JP)", "for {jp} lesson hours (JP)"),
    "training_cert_pangkat": ("Pangkat/Gol. Ruang", "Rank/Grade"),
    "training_cert_jabatan": ("Jabatan", "Position"),
    "training_cert_unit": ("Unit Kerja", "Unit"),
    "training_no_certificates": (
        "Tidak ada peserta yang lulus di antara yang dipilih; sertifikat hanya dicetak untuk "
        "peserta yang sudah dinyatakan lulus.",
        "None of the chosen participants has completed the training; certificates are only "
        "printed for participants who completed it.",
    ),
    # JP recap
    "jp_title": ("Rekapitulasi Capaian Jam Pelajaran (JP) Pengembangan Kompetensi",
                 "Summary of Competence Development Hours (JP)"),
    "jp_sheet": ("Rekap JP", "JP Summary"),
    "jp_year": ("Tahun {year}", "Year {year}"),
    "jp_target_line": ("Target paling sedikit {target} JP per tahun bagi {kinds}; JP dihitung "
                       "pada tahun tanggal selesai pelatihan.",
                       "Target at least {target} JP a year for {kinds}; JP counts in the year "
                       "the training ended."),
    "jp_footer": ("Rekap JP tahun {year}", "JP summary {year}"),
    "col_jp_employees": ("Jumlah Pegawai", "Employees"),
    "col_jp_with_target": ("Wajib Target", "With Target"),
    "col_jp_met": ("Memenuhi", "Met"),
    "col_jp_below": ("Belum Memenuhi", "Below"),
    "col_jp_percent": ("% Memenuhi", "% Met"),
    "col_jp_total": ("Jumlah JP", "Total JP"),
    "col_jp_average": ("Rata-rata JP", "Average JP"),
    "col_jp": ("JP", "JP"),
    "col_jp_target": ("Target", "Target"),
    "col_jp_remaining": ("Kekurangan", "Remaining"),
    "col_jenis": ("Jenis", "Kind"),
    "jp_below_heading": ("Pegawai yang Belum Memenuhi Target JP", "Employees Below the JP Target"),
    "jp_below_sheet": ("Belum Memenuhi", "Below Target"),
    # categories (DRH groups and JP recaps)
    "training_cat_latsar": ("Latsar CPNS", "Latsar CPNS"),
    "training_cat_pkp": ("PKP", "PKP"),
    "training_cat_pka": ("PKA", "PKA"),
    "training_cat_pkn_ii": ("PKN Tingkat II", "PKN Level II"),
    "training_cat_pkn_i": ("PKN Tingkat I", "PKN Level I"),
    "training_cat_struktural": ("Struktural/Kepemimpinan", "Structural/Leadership"),
    "training_cat_manajerial": ("Manajerial", "Managerial"),
    "training_cat_teknis": ("Teknis", "Technical"),
    "training_cat_fungsional": ("Fungsional", "Functional"),
    "training_cat_sosial_kultural": ("Sosial Kultural", "Socio-cultural"),
    "training_cat_seminar": ("Seminar/Workshop", "Seminar/Workshop"),
    "training_cat_lainnya": ("Lainnya", "Other"),
    "training_att_registered": ("Terdaftar", "Registered"),
    "training_att_present": ("Hadir", "Present"),
    "training_att_partial": ("Hadir sebagian", "Partly present"),
    "training_att_absent": ("Tidak hadir", "Absent"),
    "training_att_excused": ("Izin", "Excused"),
}.items()})
