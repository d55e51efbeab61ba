"""What each history tab of the employee record shows and edits.

One :class:`HistorySpec` per kind of :mod:`app.services.histories`: the tab title, the input
dataclass the dialog fills, the form's fields (names are the input's attributes, so the
service's errors land under them) and the table's columns. :func:`history` builds a spec from
its fields and the names of the fields to show as columns (a column's header is its field's
label, so a label is written once). Texts are English sources in the ``Fields`` context
(labels) and ``HistoryTabs`` (tab and dialog titles).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.widgets.field_form import FieldGroup, FieldKind, FieldSpec

if TYPE_CHECKING:
    from app.services.histories import RecordInput

K = FieldKind


@dataclass(frozen=True)
class TableColumn:
    field: str
    header: str  # English source in "Fields"
    choices: str | None = None  # show the label of this choice list
    order: str | None = None  # sort by the position in this choice list (golongan by rank)


@dataclass(frozen=True)
class HistorySpec:
    key: str
    title: str  # tab title, English source in "HistoryTabs"
    noun: str  # the dialog's "Tambah <noun>" / "Ubah <noun>", English source in "HistoryTabs"
    input_name: str  # the input dataclass in app.services.histories
    groups: tuple[FieldGroup, ...]
    columns: tuple[TableColumn, ...]

    @property
    def input_type(self) -> type[RecordInput]:
        """The input dataclass (imported when a dialog needs it, not when the page opens)."""
        from app.services import histories

        return getattr(histories, self.input_name)  # type: ignore[no-any-return]

    def field(self, name: str) -> FieldSpec:
        return next(f for g in self.groups for f in g.fields if f.name == name)


@dataclass(frozen=True)
class Col:
    """A table column named by its field; ``labelled_by`` borrows another field's label
    (``unit_name`` is headed like the ``unit_id`` field)."""

    field: str
    choices: str | None = None
    order: str | None = None
    labelled_by: str | None = None


def F(  # noqa: N802
    name: str,
    label: str,
    kind: FieldKind = FieldKind.TEXT,
    choices: str | None = None,
    *,
    required: bool = False,
    hint: str = "",
) -> FieldSpec:
    return FieldSpec(name, label, kind, choices, required, hint)


def history(key: str, title: str, noun: str, input_name: str, fields: tuple[FieldSpec, ...],
            columns: tuple[Col | str, ...]) -> HistorySpec:
    """One kind's spec: its fields in one frameless group, its columns by field name."""
    labels = {f.name: f.label for f in fields}
    table = []
    for c in columns:
        col = Col(c) if isinstance(c, str) else c
        table.append(TableColumn(col.field, labels[col.labelled_by or col.field], col.choices,
                                 col.order))
    return HistorySpec(key, title, noun, input_name, (FieldGroup("", fields),), tuple(table))


_SK = (
    F("sk_nomor", QT_TRANSLATE_NOOP("Fields", "SK number")),
    F("sk_tanggal", QT_TRANSLATE_NOOP("Fields", "SK date"), K.DATE),
    F("sk_pejabat", QT_TRANSLATE_NOOP("Fields", "Signed by (official)")),
)
_SK_DATED = ("sk_nomor", "sk_tanggal")
_NOTES = F("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), K.LONG_TEXT)
_TMT = F("tmt", QT_TRANSLATE_NOOP("Fields", "TMT (effective date)"), K.DATE, required=True)
_GOLONGAN = Col("golongan_code", order="golongan")
_FROM = F("tanggal_mulai", QT_TRANSLATE_NOOP("Fields", "From"), K.DATE)
_UNTIL = F("tanggal_selesai", QT_TRANSLATE_NOOP("Fields", "Until"), K.DATE)
_MKG = (
    F("mkg_tahun", QT_TRANSLATE_NOOP("Fields", "Service for salary: years"), K.INT),
    F("mkg_bulan", QT_TRANSLATE_NOOP("Fields", "Service for salary: months"), K.INT),
)

PANGKAT = history(
    "pangkat",
    QT_TRANSLATE_NOOP("HistoryTabs", "Rank"),
    QT_TRANSLATE_NOOP("HistoryTabs", "rank"),
    "PangkatInput",
    (
        F("golongan_code", QT_TRANSLATE_NOOP("Fields", "Golongan"), K.CHOICE, "golongan",
          required=True),
        _TMT,
        F("jenis_kp", QT_TRANSLATE_NOOP("Fields", "Kind of promotion"),
          hint=QT_TRANSLATE_NOOP("Fields", "reguler, pilihan, penyesuaian ijazah…")),
        *_SK,
        F("pertek_nomor", QT_TRANSLATE_NOOP("Fields", "BKN approval (pertek) number")),
        F("pertek_tanggal", QT_TRANSLATE_NOOP("Fields", "BKN approval (pertek) date"), K.DATE),
        *_MKG,
        F("gaji_pokok", QT_TRANSLATE_NOOP("Fields", "Basic salary (Rp)"), K.INT),
        F("angka_kredit_utama", QT_TRANSLATE_NOOP("Fields", "Main credit points"), K.DECIMAL),
        F("angka_kredit_tambahan", QT_TRANSLATE_NOOP("Fields", "Additional credit points"),
          K.DECIMAL),
        F("peraturan", QT_TRANSLATE_NOOP("Fields", "Legal basis")),
        _NOTES,
    ),
    (_GOLONGAN, "tmt", Col("jenis_kp", "jenis_kp"), *_SK_DATED, "mkg_tahun", "gaji_pokok"),
)

JABATAN = history(
    "jabatan",
    QT_TRANSLATE_NOOP("HistoryTabs", "Position"),
    QT_TRANSLATE_NOOP("HistoryTabs", "position"),
    "JabatanInput",
    (
        F("jabatan_name", QT_TRANSLATE_NOOP("Fields", "Position"), required=True,
          hint=QT_TRANSLATE_NOOP("Fields", "type to search the catalogue")),
        F("jabatan_kind", QT_TRANSLATE_NOOP("Fields", "Kind of position"), K.CHOICE,
          "jabatan_kind", required=True),
        F("jenjang", QT_TRANSLATE_NOOP("Fields", "Level (functional positions)"), K.CHOICE,
          "jenjang"),
        F("eselon", QT_TRANSLATE_NOOP("Fields", "Eselon"),
          hint=QT_TRANSLATE_NOOP("Fields", "e.g. III.a")),
        F("unit_id", QT_TRANSLATE_NOOP("Fields", "Unit"), K.CHOICE, "unit"),
        F("instansi", QT_TRANSLATE_NOOP("Fields", "Agency (outside this office)")),
        _TMT,
        F("tmt_selesai", QT_TRANSLATE_NOOP("Fields", "Until"), K.DATE),
        F("tmt_pelantikan", QT_TRANSLATE_NOOP("Fields", "Sworn in on"), K.DATE),
        *_SK,
        F("jenis_mutasi", QT_TRANSLATE_NOOP("Fields", "Kind of move"),
          hint=QT_TRANSLATE_NOOP("Fields", "promosi, rotasi, mutasi masuk…")),
        _NOTES,
    ),
    ("jabatan_name", Col("jabatan_kind", "jabatan_kind"), "eselon",
     Col("unit_name", labelled_by="unit_id"), "tmt", "sk_nomor"),
)

PENDIDIKAN = history(
    "pendidikan",
    QT_TRANSLATE_NOOP("HistoryTabs", "Education"),
    QT_TRANSLATE_NOOP("HistoryTabs", "education"),
    "PendidikanInput",
    (
        F("level_code", QT_TRANSLATE_NOOP("Fields", "Level"), K.CHOICE, "pendidikan",
          required=True),
        F("school", QT_TRANSLATE_NOOP("Fields", "School or university")),
        F("jurusan", QT_TRANSLATE_NOOP("Fields", "Major")),
        F("tempat", QT_TRANSLATE_NOOP("Fields", "Place")),
        F("ijazah_nomor", QT_TRANSLATE_NOOP("Fields", "Certificate (ijazah) number")),
        F("tanggal_lulus", QT_TRANSLATE_NOOP("Fields", "Graduated on"), K.DATE),
        F("tahun_lulus", QT_TRANSLATE_NOOP("Fields", "Year of graduation"), K.INT),
        F("kepala_nama", QT_TRANSLATE_NOOP("Fields", "Signed by (head of school)")),
        F("gelar_depan", QT_TRANSLATE_NOOP("Fields", "Title before the name")),
        F("gelar_belakang", QT_TRANSLATE_NOOP("Fields", "Title after the name")),
        F("luar_negeri", QT_TRANSLATE_NOOP("Fields", "Abroad"), K.BOOL),
        F("is_first", QT_TRANSLATE_NOOP("Fields", "Education at appointment"), K.BOOL),
        F("is_last", QT_TRANSLATE_NOOP("Fields", "Highest recognised education"), K.BOOL),
        _NOTES,
    ),
    ("level_code", "school", "jurusan", "tahun_lulus", "ijazah_nomor", "is_last"),
)

KELUARGA = history(
    "keluarga",
    QT_TRANSLATE_NOOP("HistoryTabs", "Family"),
    QT_TRANSLATE_NOOP("HistoryTabs", "family member"),
    "KeluargaInput",
    (
        F("relation", QT_TRANSLATE_NOOP("Fields", "Relation"), K.CHOICE, "relation",
          required=True),
        F("nama", QT_TRANSLATE_NOOP("Fields", "Name"), required=True),
        F("nik", QT_TRANSLATE_NOOP("Fields", "NIK")),
        F("nip", QT_TRANSLATE_NOOP("Fields", "NIP (if a civil servant)")),
        F("tempat_lahir", QT_TRANSLATE_NOOP("Fields", "Place of birth")),
        F("tanggal_lahir", QT_TRANSLATE_NOOP("Fields", "Date of birth"), K.DATE),
        F("jenis_kelamin", QT_TRANSLATE_NOOP("Fields", "Sex"), K.CHOICE, "gender"),
        F("tanggal_nikah", QT_TRANSLATE_NOOP("Fields", "Married on"), K.DATE),
        F("pekerjaan", QT_TRANSLATE_NOOP("Fields", "Occupation")),
        F("status", QT_TRANSLATE_NOOP("Fields", "Status"), K.CHOICE, "family_status"),
        F("tunjangan", QT_TRANSLATE_NOOP("Fields", "Receives family allowance"), K.BOOL),
        _NOTES,
    ),
    (Col("relation", "relation"), "nama", "tanggal_lahir", "pekerjaan",
     Col("status", "family_status"), "tunjangan"),
)

PENGHARGAAN = history(
    "penghargaan",
    QT_TRANSLATE_NOOP("HistoryTabs", "Awards"),
    QT_TRANSLATE_NOOP("HistoryTabs", "award"),
    "PenghargaanInput",
    (
        F("nama", QT_TRANSLATE_NOOP("Fields", "Award"), required=True),
        F("tahun", QT_TRANSLATE_NOOP("Fields", "Year"), K.INT),
        F("pemberi", QT_TRANSLATE_NOOP("Fields", "Awarded by")),
        F("sk_nomor", QT_TRANSLATE_NOOP("Fields", "SK number")),
        F("sk_tanggal", QT_TRANSLATE_NOOP("Fields", "SK date"), K.DATE),
        _NOTES,
    ),
    ("nama", "tahun", "pemberi", *_SK_DATED),
)

HUKUMAN = history(
    "hukuman_disiplin",
    QT_TRANSLATE_NOOP("HistoryTabs", "Disciplinary sanctions"),
    QT_TRANSLATE_NOOP("HistoryTabs", "disciplinary sanction"),
    "HukumanDisiplinInput",
    (
        F("jenis", QT_TRANSLATE_NOOP("Fields", "Sanction"), required=True),
        F("tingkat", QT_TRANSLATE_NOOP("Fields", "Severity"), K.CHOICE, "hukuman_level"),
        F("alasan", QT_TRANSLATE_NOOP("Fields", "Reason"), K.LONG_TEXT),
        F("sk_nomor", QT_TRANSLATE_NOOP("Fields", "SK number")),
        F("sk_tanggal", QT_TRANSLATE_NOOP("Fields", "SK date"), K.DATE),
        _FROM,
        _UNTIL,
        F("masa_tahun", QT_TRANSLATE_NOOP("Fields", "Duration: years"), K.INT),
        F("masa_bulan", QT_TRANSLATE_NOOP("Fields", "Duration: months"), K.INT),
        F("peraturan", QT_TRANSLATE_NOOP("Fields", "Legal basis")),
        _NOTES,
    ),
    ("jenis", Col("tingkat", "hukuman_level"), "sk_nomor", "tanggal_mulai", "tanggal_selesai"),
)

KGB = history(
    "kgb",
    QT_TRANSLATE_NOOP("HistoryTabs", "Periodic raises (KGB)"),
    QT_TRANSLATE_NOOP("HistoryTabs", "periodic raise"),
    "KgbInput",
    (
        _TMT,
        F("golongan_code", QT_TRANSLATE_NOOP("Fields", "Golongan"), K.CHOICE, "golongan"),
        F("mkg_tahun", QT_TRANSLATE_NOOP("Fields", "Service for salary: years"), K.INT,
          required=True),
        _MKG[1],
        F("gaji_pokok_lama", QT_TRANSLATE_NOOP("Fields", "Old basic salary (Rp)"), K.INT),
        F("gaji_pokok_baru", QT_TRANSLATE_NOOP("Fields", "New basic salary (Rp)"), K.INT),
        *_SK,
        _NOTES,
    ),
    ("tmt", _GOLONGAN, "mkg_tahun", "gaji_pokok_baru", *_SK_DATED),
)

PMK = history(
    "pmk",
    QT_TRANSLATE_NOOP("HistoryTabs", "Prior service (PMK)"),
    QT_TRANSLATE_NOOP("HistoryTabs", "recognised prior service"),
    "PmkInput",
    (
        F("pengalaman", QT_TRANSLATE_NOOP("Fields", "Prior work (where, as what)"),
          required=True),
        _FROM,
        _UNTIL,
        F("mkg_tahun", QT_TRANSLATE_NOOP("Fields", "Counted: years"), K.INT),
        F("mkg_bulan", QT_TRANSLATE_NOOP("Fields", "Counted: months"), K.INT),
        F("sk_nomor", QT_TRANSLATE_NOOP("Fields", "SK number")),
        F("sk_tanggal", QT_TRANSLATE_NOOP("Fields", "SK date"), K.DATE),
        F("bkn_nomor", QT_TRANSLATE_NOOP("Fields", "BKN approval number")),
        F("bkn_tanggal", QT_TRANSLATE_NOOP("Fields", "BKN approval date"), K.DATE),
        _NOTES,
    ),
    ("pengalaman", "tanggal_mulai", "tanggal_selesai", "mkg_tahun", "mkg_bulan", "sk_nomor"),
)

ANGKA_KREDIT = history(
    "angka_kredit",
    QT_TRANSLATE_NOOP("HistoryTabs", "Credit points"),
    QT_TRANSLATE_NOOP("HistoryTabs", "credit point assessment"),
    "AngkaKreditInput",
    (
        F("periode_mulai", QT_TRANSLATE_NOOP("Fields", "Period from"), K.DATE),
        F("periode_selesai", QT_TRANSLATE_NOOP("Fields", "Period until"), K.DATE),
        F("jabatan_name", QT_TRANSLATE_NOOP("Fields", "Position")),
        F("kredit_utama", QT_TRANSLATE_NOOP("Fields", "Main credit points"), K.DECIMAL),
        F("kredit_penunjang", QT_TRANSLATE_NOOP("Fields", "Supporting credit points"),
          K.DECIMAL),
        F("kredit_total", QT_TRANSLATE_NOOP("Fields", "Total credit points"), K.DECIMAL,
          required=True, hint=QT_TRANSLATE_NOOP("Fields", "empty: main + supporting")),
        F("sk_nomor", QT_TRANSLATE_NOOP("Fields", "SK (PAK) number")),
        F("sk_tanggal", QT_TRANSLATE_NOOP("Fields", "SK date"), K.DATE),
        F("is_first", QT_TRANSLATE_NOOP("Fields", "First credit points"), K.BOOL),
        F("is_integrasi", QT_TRANSLATE_NOOP("Fields", "Integration"), K.BOOL),
        F("is_konversi", QT_TRANSLATE_NOOP("Fields", "Conversion of the yearly predikat"),
          K.BOOL),
        _NOTES,
    ),
    ("periode_mulai", "periode_selesai", "jabatan_name", "kredit_utama", "kredit_penunjang",
     "kredit_total", "sk_nomor"),
)

LUAR_NEGERI = history(
    "luar_negeri",
    QT_TRANSLATE_NOOP("HistoryTabs", "Abroad"),
    QT_TRANSLATE_NOOP("HistoryTabs", "stay abroad"),
    "LuarNegeriInput",
    (
        F("negara", QT_TRANSLATE_NOOP("Fields", "Country"), required=True),
        F("tujuan", QT_TRANSLATE_NOOP("Fields", "Purpose"),
          hint=QT_TRANSLATE_NOOP("Fields", "study, training, official visit…")),
        _FROM,
        _UNTIL,
        F("lama", QT_TRANSLATE_NOOP("Fields", "Length of stay"),
          hint=QT_TRANSLATE_NOOP("Fields", "e.g. 2 minggu")),
        F("pembiaya", QT_TRANSLATE_NOOP("Fields", "Paid by")),
        _NOTES,
    ),
    ("negara", "tujuan", "tanggal_mulai", "tanggal_selesai", "lama", "pembiaya"),
)

ORGANISASI = history(
    "organisasi",
    QT_TRANSLATE_NOOP("HistoryTabs", "Organisations"),
    QT_TRANSLATE_NOOP("HistoryTabs", "organisation membership"),
    "OrganisasiInput",
    (
        F("era", QT_TRANSLATE_NOOP("Fields", "When"), K.CHOICE, "organisasi_era",
          required=True),
        F("nama", QT_TRANSLATE_NOOP("Fields", "Organisation"), required=True),
        F("kedudukan", QT_TRANSLATE_NOOP("Fields", "Position in it")),
        _FROM,
        _UNTIL,
        F("tempat", QT_TRANSLATE_NOOP("Fields", "Place")),
        F("pimpinan", QT_TRANSLATE_NOOP("Fields", "Its leader")),
        _NOTES,
    ),
    (Col("era", "organisasi_era"), "nama", "kedudukan", "tanggal_mulai", "tanggal_selesai",
     "tempat"),
)

HISTORY_SPECS: tuple[HistorySpec, ...] = (
    PANGKAT,
    JABATAN,
    PENDIDIKAN,
    KELUARGA,
    PENGHARGAAN,
    HUKUMAN,
    KGB,
    PMK,
    ANGKA_KREDIT,
    LUAR_NEGERI,
    ORGANISASI,
)
SPEC_BY_KEY = {s.key: s for s in HISTORY_SPECS}


def title_of(spec: HistorySpec) -> str:
    """The tab title in the current language."""
    return QCoreApplication.translate("HistoryTabs", spec.title)


def noun_of(spec: HistorySpec) -> str:
    """What one row is called ("riwayat pangkat"), in the current language."""
    return QCoreApplication.translate("HistoryTabs", spec.noun)
