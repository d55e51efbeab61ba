"""Which intake field a column header names: SIASN export headers, local spellings, guesses.

Headers are compared after :func:`normalize_header` (upper case, punctuation and camelCase
boundaries turned into single spaces): ``"Tgl. Lahir"`` → ``TGL LAHIR``, ``"tglLahir"`` →
``TGL LAHIR``, ``"Pangkat/Gol"`` → ``PANGKAT GOL``.

* :data:`SIASN_HEADERS` — every column of the SIASN "Export Data ASN" file, mapped to a field
  or to ``None`` (known and deliberately ignored: SIASN's numeric reference ids, the instansi…),
  so a guess never grabs ``GOL AWAL NAMA`` for the golongan. Confidence 1.0.
* :data:`SIASN_GUESSES` — SIASN columns whose content varies between instansi (the satuan
  kerja as the unit's parent): proposed as a guess for the clerk to check.
* :data:`LOCAL_ALIASES` — spellings of office spreadsheets, plus the SIASN API field names of
  :mod:`app.db.siasn_map` (``nipBaru``, ``tmtGolAkhir``…). Confidence 0.9.
* :data:`GUESSES` — word rules for anything else (``"TMT Pangkat Terakhir"``). Confidence 0.6;
  the wizard asks the clerk to check these.
* :data:`REVIEW_HEADERS` — the two columns our own review export adds ("Baris asal",
  "Masalah"): ignored, and left out of the layout signature, so a fixed review file is read
  with the mapping of the file it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.db.siasn_map import SIASN_FIELDS

SIASN, ALIAS, GUESS, REVIEW = "siasn", "alias", "guess", "review"
CONFIDENCE = {SIASN: 1.0, ALIAS: 0.9, GUESS: 0.6, REVIEW: 1.0}

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_PUNCT = re.compile(r"[^0-9A-Z]+")


def normalize_header(text: object) -> str:
    """``"Tgl. Lahir"`` → ``"TGL LAHIR"``; ``"nipBaru"`` → ``"NIP BARU"``; ``None`` → ``""``."""
    raw = "" if text is None else str(text).strip().lstrip("\ufeff")
    raw = _CAMEL.sub(" ", raw)
    return " ".join(_PUNCT.sub(" ", raw.upper()).split())


SIASN_HEADERS: dict[str, str | None] = {
    "PNS ID": None, "NIP BARU": "nip", "NIP LAMA": "nip_lama", "NAMA": "nama",
    "GELAR DEPAN": "gelar_depan", "GELAR BELAKANG": "gelar_belakang",
    "TEMPAT LAHIR ID": None, "TEMPAT LAHIR NAMA": "tempat_lahir",
    "TANGGAL LAHIR": "tanggal_lahir", "JENIS KELAMIN": "jenis_kelamin",
    "AGAMA ID": None, "AGAMA NAMA": "agama",
    "JENIS KAWIN ID": None, "JENIS KAWIN NAMA": "status_perkawinan", "NIK": "nik",
    "NOMOR HP": "telepon", "EMAIL": "email", "EMAIL GOV": None, "ALAMAT": "alamat",
    "NPWP NOMOR": "npwp", "BPJS": "bpjs",
    "JENIS PEGAWAI ID": None, "JENIS PEGAWAI NAMA": "jenis_pegawai",
    "KEDUDUKAN HUKUM ID": None, "KEDUDUKAN HUKUM NAMA": "kedudukan",
    "STATUS CPNS PNS": "status_cpns_pns", "KARTU ASN VIRTUAL": None,
    "NOMOR SK CPNS": "sk_cpns_nomor", "TANGGAL SK CPNS": "sk_cpns_tanggal", "TMT CPNS": "tmt_cpns",
    "NOMOR SK PNS": "sk_pns_nomor", "TANGGAL SK PNS": "sk_pns_tanggal", "TMT PNS": "tmt_pns",
    "GOL AWAL ID": None, "GOL AWAL NAMA": None, "GOL AKHIR ID": None,
    "GOL AKHIR NAMA": "golongan", "TMT GOLONGAN": "tmt_golongan",
    "TMT GOLONGAN AKHIR": "tmt_golongan",
    # SIASN's MK is the service time today, not the MKG on the rank decree: not mapped.
    "MK TAHUN": None, "MK BULAN": None,
    "JENIS JABATAN ID": None, "JENIS JABATAN NAMA": "jenis_jabatan",
    "JABATAN ID": "jabatan_siasn_id", "JABATAN NAMA": "jabatan", "TMT JABATAN": "tmt_jabatan",
    "TINGKAT PENDIDIKAN ID": None, "TINGKAT PENDIDIKAN NAMA": "pendidikan",
    "PENDIDIKAN ID": None, "PENDIDIKAN NAMA": "jurusan", "PENDIDIKAN TERAKHIR NAMA": "jurusan",
    "TAHUN LULUS": "tahun_lulus", "NAMA SEKOLAH": "sekolah",
    "KPKN ID": None, "KPKN NAMA": None, "LOKASI KERJA ID": None, "LOKASI KERJA NAMA": None,
    "UNOR ID": "unit_siasn_id", "UNOR NAMA": "unit",
    "UNOR INDUK ID": None, "UNOR INDUK NAMA": "unit_induk",
    "INSTANSI INDUK ID": None, "INSTANSI INDUK NAMA": None,
    "INSTANSI KERJA ID": None, "INSTANSI KERJA NAMA": None,
    "SATUAN KERJA INDUK ID": None, "SATUAN KERJA INDUK NAMA": None,
    "SATUAN KERJA KERJA ID": None,
    "IS VALID NIK": None, "FLAG IKD": None, "ESELON ID": None, "ESELON NAMA": "eselon",
    "TMT ESELON": None,
}

# SIASN columns whose meaning varies between instansi: proposed, but shown as a guess to check.
# "SATUAN KERJA KERJA NAMA" is usually the OPD above the UNOR (so that "Sub Bagian Umum" of two
# dinas stay two units); where it holds the pemda itself, the clerk ignores it.
SIASN_GUESSES: dict[str, str] = {"SATUAN KERJA KERJA NAMA": "unit_induk"}

_LOCAL: dict[str, tuple[str, ...]] = {
    "nip": ("NIP", "NO NIP", "NOMOR NIP", "NIP PNS", "NIP ASN", "NI PPPK", "NIP NI PPPK",
            "NOMOR INDUK PEGAWAI", "NIP 18 DIGIT"),
    "nip_lama": ("NIP LAMA 9 DIGIT",),
    "nik": ("NO KTP", "NOMOR KTP", "NIK KTP", "NOMOR INDUK KEPENDUDUKAN", "KTP"),
    "nama": ("NAMA LENGKAP", "NAMA PEGAWAI", "NAMA ASN", "NAMA PNS"),
    "gelar_depan": ("GLR DEPAN", "GELAR DPN"),
    "gelar_belakang": ("GLR BELAKANG", "GELAR BLK"),
    "tempat_lahir": ("TEMPAT LAHIR", "TMP LAHIR", "TPT LAHIR", "KOTA LAHIR"),
    "tanggal_lahir": ("TGL LAHIR", "TGL LHR", "TANGGAL LHR", "TGLLAHIR"),
    "jenis_kelamin": ("JK", "L P", "KELAMIN", "GENDER", "SEX"),
    "agama": ("AGAMA",),
    "status_perkawinan": ("STATUS PERKAWINAN", "STATUS KAWIN", "PERKAWINAN", "STATUS NIKAH"),
    "golongan_darah": ("GOLONGAN DARAH", "GOL DARAH"),
    "npwp": ("NPWP", "NO NPWP", "NOMOR NPWP"),
    "bpjs": ("NO BPJS", "NOMOR BPJS"),
    "karpeg": ("KARPEG", "NO KARPEG", "NOMOR KARPEG", "NO SERI KARPEG"),
    "karis_karsu": ("KARIS KARSU", "NO KARIS KARSU"),
    "taspen": ("TASPEN", "NO TASPEN", "NOMOR TASPEN"),
    "alamat": ("ALAMAT RUMAH", "ALAMAT LENGKAP", "ALAMAT TINGGAL"),
    "kelurahan": ("KELURAHAN", "DESA", "KELURAHAN DESA", "DESA KELURAHAN"),
    "kecamatan": ("KECAMATAN",),
    "kabupaten_kota": ("KABUPATEN KOTA", "KAB KOTA", "KABUPATEN", "KOTA"),
    "provinsi": ("PROVINSI",),
    "kode_pos": ("KODE POS",),
    "telepon": ("TELEPON", "TELP", "NO HP", "NO TELP", "NO TELEPON", "HP", "NO WA", "NOMOR WA",
                "NOMOR TELEPON", "HANDPHONE", "NO HANDPHONE"),
    "email": ("E MAIL", "ALAMAT EMAIL"),
    "jenis_pegawai": ("JENIS PEGAWAI", "STATUS PEGAWAI", "JENIS ASN", "STATUS ASN"),
    "kedudukan": ("KEDUDUKAN", "KEDUDUKAN HUKUM", "KEDUDUKAN PEGAWAI", "STATUS KEDUDUKAN"),
    "golongan": ("GOLONGAN", "GOL", "GOL RUANG", "GOLONGAN RUANG", "PANGKAT GOL",
                 "PANGKAT GOLONGAN", "GOL AKHIR", "GOLONGAN AKHIR", "GOL RUANG AKHIR",
                 "PANGKAT GOL RUANG", "GOLONGAN TERAKHIR"),
    "tmt_golongan": ("TMT GOL", "TMT PANGKAT", "TMT PANGKAT GOL", "TMT GOL AKHIR",
                     "TMT PANGKAT TERAKHIR", "TMT GOL RUANG"),
    "mkg_tahun": ("MKG TAHUN", "MKG THN", "MASA KERJA GOLONGAN TAHUN", "MK GOL TAHUN"),
    "mkg_bulan": ("MKG BULAN", "MKG BLN", "MASA KERJA GOLONGAN BULAN", "MK GOL BULAN"),
    "jabatan": ("JABATAN", "NAMA JABATAN", "JABATAN TERAKHIR"),
    "jenis_jabatan": ("JENIS JABATAN",),
    "eselon": ("ESELON",),
    "tmt_jabatan": ("TMT JAB",),
    "unit": ("UNIT KERJA", "UNIT", "UNOR", "UNIT ORGANISASI", "SUB UNIT", "SUB UNIT KERJA",
             "TEMPAT TUGAS"),
    "unit_induk": ("UNIT INDUK", "UNOR INDUK", "OPD", "SKPD", "PERANGKAT DAERAH",
                   "UNIT KERJA INDUK", "INDUK UNIT"),
    "pendidikan": ("PENDIDIKAN", "PENDIDIKAN TERAKHIR", "TINGKAT PENDIDIKAN",
                   "JENJANG PENDIDIKAN", "PEND TERAKHIR", "IJAZAH TERAKHIR"),
    "jurusan": ("JURUSAN", "PROGRAM STUDI", "PRODI", "JURUSAN PENDIDIKAN"),
    "sekolah": ("SEKOLAH", "PERGURUAN TINGGI", "NAMA PERGURUAN TINGGI", "UNIVERSITAS",
                "LEMBAGA PENDIDIKAN"),
    "tahun_lulus": ("THN LULUS", "LULUS TAHUN"),
}

# The SIASN API names of data-utama (app.db.siasn_map) for the columns intake fills.
_COLUMN_TO_FIELD = {
    "current_golongan_code": "golongan", "current_jabatan_name": "jabatan",
    "current_eselon": "eselon", "current_pendidikan_code": "pendidikan", "status": "kedudukan",
    "mkg_tahun": None, "mkg_bulan": None,
}


def _siasn_api_aliases() -> dict[str, str | None]:
    from app.intake.fields import BY_KEY

    out: dict[str, str | None] = {}
    for column, siasn in SIASN_FIELDS["employee"].items():
        key = _COLUMN_TO_FIELD.get(column, column)
        if key is None or key in BY_KEY:
            out[normalize_header(siasn)] = key
    return out


def _local_aliases() -> dict[str, str | None]:
    out: dict[str, str | None] = dict(_siasn_api_aliases())
    for key, names in _LOCAL.items():
        for name in names:
            out[normalize_header(name)] = key
    return out


LOCAL_ALIASES: dict[str, str | None] = _local_aliases()

REVIEW_HEADERS: dict[str, str] = {
    "BARIS ASAL": "row", "MASALAH": "problems", "SOURCE ROW": "row", "PROBLEMS": "problems",
}


@dataclass(frozen=True)
class Guess:
    """All of ``words`` appear in the header and none of ``unless`` → ``field``."""

    field: str
    words: tuple[str, ...]
    unless: tuple[str, ...] = ()


GUESSES: tuple[Guess, ...] = (
    Guess("tmt_golongan", ("TMT", "GOL")), Guess("tmt_golongan", ("TMT", "PANGKAT")),
    Guess("tmt_jabatan", ("TMT", "JABATAN")), Guess("tmt_cpns", ("TMT", "CPNS")),
    Guess("tmt_pns", ("TMT", "PNS"), ("CPNS",)),
    Guess("sk_cpns_tanggal", ("SK", "CPNS", "TGL")), Guess("sk_pns_tanggal", ("SK", "PNS", "TGL")),
    Guess("tanggal_lahir", ("TGL", "LAHIR")), Guess("tanggal_lahir", ("TANGGAL", "LAHIR")),
    Guess("tempat_lahir", ("TEMPAT", "LAHIR")), Guess("nip_lama", ("NIP", "LAMA")),
    Guess("nip", ("NIP",), ("LAMA", "ATASAN", "PEJABAT")), Guess("nik", ("NIK",)),
    Guess("gelar_depan", ("GELAR", "DEPAN")), Guess("gelar_belakang", ("GELAR", "BELAKANG")),
    Guess("jenis_jabatan", ("JENIS", "JABATAN")), Guess("eselon", ("ESELON",), ("TMT", "ID")),
    Guess("jabatan", ("JABATAN",), ("TMT", "ID", "JENIS", "ATASAN", "ESELON")),
    Guess("golongan", ("GOL",), ("TMT", "DARAH", "ID", "AWAL")),
    Guess("golongan", ("PANGKAT",), ("TMT", "ID", "AWAL")),
    Guess("unit_induk", ("INDUK",), ("INSTANSI", "ID", "SATUAN")),
    Guess("unit", ("UNIT",), ("ID", "INDUK")), Guess("unit", ("UNOR",), ("ID", "INDUK")),
    Guess("pendidikan", ("PENDIDIKAN",), ("ID", "NAMA SEKOLAH")),
    Guess("tahun_lulus", ("LULUS",)), Guess("jurusan", ("JURUSAN",)),
    Guess("telepon", ("HP",)), Guess("telepon", ("TELEPON",)), Guess("telepon", ("TELP",)),
    Guess("email", ("EMAIL",), ("GOV",)), Guess("alamat", ("ALAMAT",), ("EMAIL",)),
    Guess("agama", ("AGAMA",), ("ID",)), Guess("jenis_kelamin", ("KELAMIN",)),
    Guess("status_perkawinan", ("KAWIN",), ("ID",)), Guess("kedudukan", ("KEDUDUKAN",), ("ID",)),
    Guess("nama", ("NAMA",), ("ID", "SEKOLAH", "JABATAN", "UNIT", "UNOR", "AYAH", "IBU",
                              "ISTRI", "SUAMI", "ATASAN", "INSTANSI", "SATUAN", "LOKASI",
                              "KPKN", "GOL", "AGAMA", "KAWIN", "PENDIDIKAN", "ESELON", "PEGAWAI",
                              "KEDUDUKAN", "TEMPAT")),
)


def match_header(header: object) -> tuple[str | None, str, float]:
    """``(field or None, source, confidence)`` for one header; ``(None, "", 0.0)`` when
    nothing recognises it. A SIASN or review header may map to ``None`` with full confidence
    (a known column that is deliberately not imported)."""
    key = normalize_header(header)
    if not key:
        return None, "", 0.0
    if key in REVIEW_HEADERS:
        return None, REVIEW, CONFIDENCE[REVIEW]
    if key in SIASN_HEADERS:
        return SIASN_HEADERS[key], SIASN, CONFIDENCE[SIASN]
    if key in SIASN_GUESSES:
        return SIASN_GUESSES[key], GUESS, CONFIDENCE[GUESS]
    if key in LOCAL_ALIASES:
        return LOCAL_ALIASES[key], ALIAS, CONFIDENCE[ALIAS]
    words = key.split()
    for guess in GUESSES:
        if all(_has(words, key, w) for w in guess.words) and not any(
                _has(words, key, w) for w in guess.unless):
            return guess.field, GUESS, CONFIDENCE[GUESS]
    return None, "", 0.0


def _has(words: list[str], key: str, word: str) -> bool:
    return (" " in word and word in key) or word in words


def is_review_header(header: object) -> bool:
    return normalize_header(header) in REVIEW_HEADERS
