"""What the clerk reads for the personnel codes the services store (status, jenis pegawai,
family relation, …) and the common formats of the personnel screens (dates, NIP, counts).

Codes come from :mod:`app.services.ui_support`; the labels are English sources marked with
``QT_TRANSLATE_NOOP`` and translated at display time (Bahasa Indonesia from the catalog).
Unknown codes are shown as they are stored.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

_CTX = "EmployeeLabels"
DATE_FORMAT = "%d-%m-%Y"  # day first, four-digit year: never ambiguous

STATUS = {
    "aktif": QT_TRANSLATE_NOOP("EmployeeLabels", "Active"),
    "cltn": QT_TRANSLATE_NOOP("EmployeeLabels", "Unpaid leave (CLTN)"),
    "tugas_belajar": QT_TRANSLATE_NOOP("EmployeeLabels", "Study assignment"),
    "diberhentikan_sementara": QT_TRANSLATE_NOOP("EmployeeLabels", "Temporarily dismissed"),
    "pensiun": QT_TRANSLATE_NOOP("EmployeeLabels", "Retired"),
    "meninggal": QT_TRANSLATE_NOOP("EmployeeLabels", "Deceased"),
    "berhenti": QT_TRANSLATE_NOOP("EmployeeLabels", "Left the service"),
    "pindah_keluar": QT_TRANSLATE_NOOP("EmployeeLabels", "Transferred out"),
}
STATUS_FILTERS = {
    "active": QT_TRANSLATE_NOOP("EmployeeLabels", "On the payroll"),
    "inactive": QT_TRANSLATE_NOOP("EmployeeLabels", "No longer on duty"),
    "all": QT_TRANSLATE_NOOP("EmployeeLabels", "Every status"),
}
JENIS_PEGAWAI = {"PNS": "PNS", "CPNS": "CPNS", "PPPK": "PPPK"}
GENDER = {
    "L": QT_TRANSLATE_NOOP("EmployeeLabels", "Male"),
    "P": QT_TRANSLATE_NOOP("EmployeeLabels", "Female"),
}
RELATION = {
    "suami": QT_TRANSLATE_NOOP("EmployeeLabels", "Husband"),
    "istri": QT_TRANSLATE_NOOP("EmployeeLabels", "Wife"),
    "anak": QT_TRANSLATE_NOOP("EmployeeLabels", "Child"),
    "ayah": QT_TRANSLATE_NOOP("EmployeeLabels", "Father"),
    "ibu": QT_TRANSLATE_NOOP("EmployeeLabels", "Mother"),
    "ayah_mertua": QT_TRANSLATE_NOOP("EmployeeLabels", "Father-in-law"),
    "ibu_mertua": QT_TRANSLATE_NOOP("EmployeeLabels", "Mother-in-law"),
    "saudara": QT_TRANSLATE_NOOP("EmployeeLabels", "Sibling"),
}
FAMILY_STATUS = {
    "menikah": QT_TRANSLATE_NOOP("EmployeeLabels", "Married"),
    "cerai": QT_TRANSLATE_NOOP("EmployeeLabels", "Divorced"),
    "meninggal": QT_TRANSLATE_NOOP("EmployeeLabels", "Deceased"),
    "kandung": QT_TRANSLATE_NOOP("EmployeeLabels", "Biological child"),
    "tiri": QT_TRANSLATE_NOOP("EmployeeLabels", "Stepchild"),
    "angkat": QT_TRANSLATE_NOOP("EmployeeLabels", "Adopted child"),
}
HUKUMAN_LEVEL = {
    "ringan": QT_TRANSLATE_NOOP("EmployeeLabels", "Light"),
    "sedang": QT_TRANSLATE_NOOP("EmployeeLabels", "Moderate"),
    "berat": QT_TRANSLATE_NOOP("EmployeeLabels", "Severe"),
}
ORGANISASI_ERA = {
    "slta": QT_TRANSLATE_NOOP("EmployeeLabels", "At school (up to SLTA)"),
    "perguruan_tinggi": QT_TRANSLATE_NOOP("EmployeeLabels", "At university"),
    "pns": QT_TRANSLATE_NOOP("EmployeeLabels", "As a civil servant"),
}
TRAINING_SOURCE = {
    "session": QT_TRANSLATE_NOOP("EmployeeLabels", "Our training"),
    "external": QT_TRANSLATE_NOOP("EmployeeLabels", "Recorded elsewhere"),
}
KP_KIND = {
    "cpns": QT_TRANSLATE_NOOP("EmployeeLabels", "Appointment as CPNS"),
    "pns": QT_TRANSLATE_NOOP("EmployeeLabels", "Appointment as PNS"),
    "reguler": QT_TRANSLATE_NOOP("EmployeeLabels", "Regular"),
    "pilihan_jf": QT_TRANSLATE_NOOP("EmployeeLabels", "By choice (functional position)"),
    "pilihan_struktural": QT_TRANSLATE_NOOP("EmployeeLabels", "By choice (structural post)"),
    "penyesuaian_ijazah": QT_TRANSLATE_NOOP("EmployeeLabels", "Adjusted to a new diploma"),
}
MUTASI = {
    "pengangkatan_pertama": QT_TRANSLATE_NOOP("EmployeeLabels", "First appointment"),
    "kenaikan_jenjang": QT_TRANSLATE_NOOP("EmployeeLabels", "Up one level"),
    "penyesuaian_nomenklatur": QT_TRANSLATE_NOOP("EmployeeLabels", "Post renamed"),
    "mutasi": QT_TRANSLATE_NOOP("EmployeeLabels", "Transfer"),
    "promosi": QT_TRANSLATE_NOOP("EmployeeLabels", "Promotion"),
    "rotasi": QT_TRANSLATE_NOOP("EmployeeLabels", "Rotation"),
}
YES_NO = {
    True: QT_TRANSLATE_NOOP("EmployeeLabels", "Yes"),
    False: QT_TRANSLATE_NOOP("EmployeeLabels", "No"),
}


def label(table: dict, code: object) -> str:
    """The translated label of ``code`` in ``table``; the code itself when unknown."""
    if code is None or code == "":
        return ""
    source = table.get(code)
    return QCoreApplication.translate(_CTX, source) if source else str(code)


def tr(source: str) -> str:
    return QCoreApplication.translate(_CTX, source)


def fmt_date(value: date | None) -> str:
    return value.strftime(DATE_FORMAT) if value is not None else ""


def fmt_count(n: int) -> str:
    """``12.345`` in Indonesian, ``12,345`` in English (the current locale's grouping)."""
    return QLocale().toString(int(n))


def fmt_masa_kerja(value: tuple[int, int] | None) -> str:
    """``12 tahun 3 bulan`` / ``12 yr 3 mo``."""
    if value is None:
        return ""
    years, months = value
    return (QCoreApplication.translate("EmployeeLabels", "%1 yr %2 mo")
            .replace("%1", str(years)).replace("%2", str(months)))


def fmt_employees(n: int, exact: bool = True) -> str:
    """``12.345 pegawai`` (``1.000+ pegawai`` while the exact count is on its way)."""
    text = QCoreApplication.translate("EmployeeLabels", "%1 employees").replace("%1", fmt_count(n))
    return text.replace(fmt_count(n), fmt_count(n) + "+", 1) if not exact else text
