"""The fields of the employee's own record (Data pribadi), grouped as on the DRH.

Names are :class:`app.services.employee_input.EmployeeInput` attributes, so every error of
``check_employee`` (NIP part by part, NIK, dates, uniqueness) lands under its field.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.widgets.field_form import FieldGroup, FieldKind, FieldSpec

K = FieldKind


def F(  # noqa: N802
    name: str, label: str, kind: FieldKind = FieldKind.TEXT, choices: str | None = None, *,
    required: bool = False, hint: str = "", max_length: int = 0,
) -> FieldSpec:
    return FieldSpec(name, label, kind, choices, required, hint, max_length)


IDENTITY = FieldGroup(QT_TRANSLATE_NOOP("Fields", "Identity"), (
    F("nip", QT_TRANSLATE_NOOP("Fields", "NIP"), required=True,
      hint=QT_TRANSLATE_NOOP("Fields", "18 digits, e.g. 19850315 201001 2 003"), max_length=24),
    F("nik", QT_TRANSLATE_NOOP("Fields", "NIK"),
      hint=QT_TRANSLATE_NOOP("Fields", "16 digits of the KTP"), max_length=20),
    F("gelar_depan", QT_TRANSLATE_NOOP("Fields", "Title before the name")),
    F("nama", QT_TRANSLATE_NOOP("Fields", "Name (without titles)"), required=True),
    F("gelar_belakang", QT_TRANSLATE_NOOP("Fields", "Title after the name")),
    F("tempat_lahir", QT_TRANSLATE_NOOP("Fields", "Place of birth")),
    F("tanggal_lahir", QT_TRANSLATE_NOOP("Fields", "Date of birth"), K.DATE, required=True),
    F("jenis_kelamin", QT_TRANSLATE_NOOP("Fields", "Sex"), K.CHOICE, "gender", required=True),
    F("agama_id", QT_TRANSLATE_NOOP("Fields", "Religion"), K.CHOICE, "religion"),
    F("status_perkawinan_id", QT_TRANSLATE_NOOP("Fields", "Marital status"), K.CHOICE,
      "marital_status"),
    F("golongan_darah", QT_TRANSLATE_NOOP("Fields", "Blood type"), K.CHOICE, "golongan_darah"),
    F("nip_lama", QT_TRANSLATE_NOOP("Fields", "Old NIP (9 digits)")),
))
EMPLOYMENT = FieldGroup(QT_TRANSLATE_NOOP("Fields", "Employment"), (
    F("jenis_pegawai", QT_TRANSLATE_NOOP("Fields", "Type"), K.CHOICE, "jenis_pegawai",
      required=True),
    F("status", QT_TRANSLATE_NOOP("Fields", "Status"), K.CHOICE, "status", required=True),
    F("tmt_status", QT_TRANSLATE_NOOP("Fields", "Status since"), K.DATE),
    F("current_unit_id", QT_TRANSLATE_NOOP("Fields", "Unit"), K.CHOICE, "unit"),
    F("tmt_cpns", QT_TRANSLATE_NOOP("Fields", "TMT CPNS"), K.DATE),
    F("sk_cpns_nomor", QT_TRANSLATE_NOOP("Fields", "SK CPNS number")),
    F("sk_cpns_tanggal", QT_TRANSLATE_NOOP("Fields", "SK CPNS date"), K.DATE),
    F("tmt_pns", QT_TRANSLATE_NOOP("Fields", "TMT PNS"), K.DATE),
    F("sk_pns_nomor", QT_TRANSLATE_NOOP("Fields", "SK PNS number")),
    F("sk_pns_tanggal", QT_TRANSLATE_NOOP("Fields", "SK PNS date"), K.DATE),
    F("sttpl_nomor", QT_TRANSLATE_NOOP("Fields", "Basic training certificate (STTPL)")),
    F("sttpl_tanggal", QT_TRANSLATE_NOOP("Fields", "STTPL date"), K.DATE),
    F("karpeg", QT_TRANSLATE_NOOP("Fields", "Employee card (Karpeg)")),
    F("karis_karsu", QT_TRANSLATE_NOOP("Fields", "Spouse card (Karis/Karsu)")),
    F("taspen", QT_TRANSLATE_NOOP("Fields", "TASPEN number")),
    F("npwp", QT_TRANSLATE_NOOP("Fields", "NPWP")),
    F("bpjs", QT_TRANSLATE_NOOP("Fields", "BPJS number")),
))
CONTACT = FieldGroup(QT_TRANSLATE_NOOP("Fields", "Address and contact"), (
    F("alamat", QT_TRANSLATE_NOOP("Fields", "Address"), K.LONG_TEXT),
    F("rt", QT_TRANSLATE_NOOP("Fields", "RT")),
    F("rw", QT_TRANSLATE_NOOP("Fields", "RW")),
    F("kelurahan", QT_TRANSLATE_NOOP("Fields", "Village (kelurahan/desa)")),
    F("kecamatan", QT_TRANSLATE_NOOP("Fields", "District (kecamatan)")),
    F("kabupaten_kota", QT_TRANSLATE_NOOP("Fields", "Regency or city")),
    F("provinsi", QT_TRANSLATE_NOOP("Fields", "Province")),
    F("kode_pos", QT_TRANSLATE_NOOP("Fields", "Postal code")),
    F("telepon", QT_TRANSLATE_NOOP("Fields", "Telephone")),
    F("email", QT_TRANSLATE_NOOP("Fields", "E-mail")),
))
APPEARANCE = FieldGroup(QT_TRANSLATE_NOOP("Fields", "Description (for the DRH)"), (
    F("tinggi_badan", QT_TRANSLATE_NOOP("Fields", "Height (cm)"), K.INT),
    F("berat_badan", QT_TRANSLATE_NOOP("Fields", "Weight (kg)"), K.INT),
    F("rambut", QT_TRANSLATE_NOOP("Fields", "Hair")),
    F("bentuk_muka", QT_TRANSLATE_NOOP("Fields", "Face shape")),
    F("warna_kulit", QT_TRANSLATE_NOOP("Fields", "Skin colour")),
    F("ciri_khas", QT_TRANSLATE_NOOP("Fields", "Distinguishing marks")),
    F("cacat_tubuh", QT_TRANSLATE_NOOP("Fields", "Disabilities")),
    F("hobi", QT_TRANSLATE_NOOP("Fields", "Hobbies")),
))

EMPLOYEE_GROUPS = (IDENTITY, EMPLOYMENT, CONTACT, APPEARANCE)
NEW_EMPLOYEE_GROUPS = (IDENTITY, EMPLOYMENT)
