"""Career tracks of non-structural staff and the jabatan catalogue they come from.

A *track* is a jabatan fungsional (name without jenjang, e.g. "Guru", "Perawat") or a jabatan
pelaksana (PermenPANRB 45/2022 names, with the pre-2023 "JFU" name it replaced). The jenjang of
a JF holder is never chosen: it follows from the golongan (:func:`jenjang_for`), so jenjang and
golongan always agree with the ranges of domain.md §2.3 (``jabatan.json``).

The catalogue rows (JF × jenjang, pelaksana old and new names, the old guru jabatan of
Kepmenpan 84/1993) are national nomenclature: :func:`catalogue_rows` gives them
stable keys owned by the province, like the other reference tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.db.reference import JabatanKind
from app.domain.golongan import Golongan, parse_golongan
from app.domain.jabatan import Jenjang, jenjang_pangkat_range

KEAHLIAN = JabatanKind.FUNGSIONAL_KEAHLIAN.value
KETERAMPILAN = JabatanKind.FUNGSIONAL_KETERAMPILAN.value
PELAKSANA = JabatanKind.PELAKSANA.value
NOMENCLATURE_CHANGE = (2023, 7, 1)  # penyesuaian nomenklatur jabatan pelaksana (PM 45/2022)


@dataclass(frozen=True)
class Track:
    key: str
    name: str  # JF base name ("Guru") or the pelaksana name
    kind: str  # fungsional_keahlian / fungsional_keterampilan / pelaksana
    programmes: tuple[tuple[str, int], ...]  # (programme key, weight)
    female: float = 0.5
    family: str = "umum"  # RHK family (app.demo.skp_text)
    khusus: str | None = None  # BUP by a special law (guru)
    pppk: float = 0.0  # share of PPPK among holders
    category: str | None = None  # pelaksana category (klerek/operator/teknisi)
    old_name: str | None = None  # pelaksana name before the 2023 nomenclature change
    bup: int | None = None
    senior: int = 0  # years of service a holder has at least (pengawas sekolah: ex-teachers)

    @property
    def fungsional(self) -> bool:
        return self.kind != PELAKSANA


def _jf(key: str, name: str, kind: str, programmes: tuple[tuple[str, int], ...],
        **kw: object) -> Track:
    return Track(key, name, kind, programmes, **kw)  # type: ignore[arg-type]


def _pl(key: str, name: str, old: str, category: str, programmes: tuple[tuple[str, int], ...],
        female: float = 0.5) -> Track:
    return Track(key, name, PELAKSANA, programmes, female, "pelaksana", category=category,
                 old_name=old)


_SMA = (("sma_ipa", 3), ("sma_ips", 4), ("smk_ak", 2), ("smk_tkj", 1))
TRACKS: dict[str, Track] = {t.key: t for t in (
    _jf("guru_sd", "Guru", KEAHLIAN, (("s1_pgsd", 8), ("s1_pai", 1), ("s1_penjas", 1)),
        female=0.72, family="guru", khusus="guru", pppk=0.35, bup=60),
    _jf("guru_smp", "Guru", KEAHLIAN,
        (("s1_mat", 2), ("s1_bind", 2), ("s1_bing", 2), ("s1_ipa", 2), ("s1_ips", 2),
         ("s1_pai", 1), ("s1_penjas", 1), ("s1_bk", 1)),
        female=0.62, family="guru", khusus="guru", pppk=0.3, bup=60),
    _jf("pengawas_sekolah", "Pengawas Sekolah", KEAHLIAN,
        (("s1_pgsd", 2), ("s1_mat", 1), ("s2_mpd", 1)), female=0.4, family="analis",
        senior=14),
    _jf("dokter", "Dokter", KEAHLIAN, (("dokter", 1),), female=0.6, family="nakes", pppk=0.1),
    _jf("dokter_gigi", "Dokter Gigi", KEAHLIAN, (("drg", 1),), female=0.7, family="nakes"),
    _jf("dokter_spesialis", "Dokter Spesialis", KEAHLIAN,
        (("sp_pd", 1), ("sp_a", 1), ("sp_og", 1)), female=0.45, family="nakes"),
    _jf("perawat_ahli", "Perawat", KEAHLIAN, (("s1_ners", 1),), female=0.7, family="nakes",
        pppk=0.3),
    _jf("perawat", "Perawat", KETERAMPILAN, (("d3_kep", 1),), female=0.68, family="nakes",
        pppk=0.4),
    _jf("bidan", "Bidan", KETERAMPILAN, (("d3_keb", 1),), female=1.0, family="nakes", pppk=0.4),
    _jf("bidan_ahli", "Bidan", KEAHLIAN, (("d4_keb", 1),), female=1.0, family="nakes", pppk=0.3),
    _jf("apoteker", "Apoteker", KEAHLIAN, (("s1_apt", 1),), female=0.75, family="nakes"),
    _jf("asisten_apoteker", "Asisten Apoteker", KETERAMPILAN, (("d3_farm", 1),), female=0.8,
        family="nakes", pppk=0.3),
    _jf("pranata_lab", "Pranata Laboratorium Kesehatan", KETERAMPILAN, (("d3_ak", 1),),
        female=0.7, family="nakes", pppk=0.3),
    _jf("nutrisionis", "Nutrisionis", KETERAMPILAN, (("d3_gizi", 1),), female=0.85,
        family="nakes", pppk=0.3),
    _jf("sanitarian", "Tenaga Sanitasi Lingkungan", KETERAMPILAN, (("d3_kl", 1),), female=0.6,
        family="nakes", pppk=0.3),
    _jf("epidemiolog", "Epidemiolog Kesehatan", KEAHLIAN, (("s1_km", 1),), female=0.6,
        family="nakes"),
    _jf("penyuluh_kesehatan", "Penyuluh Kesehatan Masyarakat", KEAHLIAN, (("s1_km", 1),),
        female=0.7, family="nakes", pppk=0.2),
    _jf("administrator_kesehatan", "Administrator Kesehatan", KEAHLIAN, (("s1_km", 1),),
        female=0.6, family="analis"),
    _jf("auditor", "Auditor", KEAHLIAN, (("s1_akt", 3), ("s1_ekon", 2)), female=0.5,
        family="auditor"),
    _jf("p2upd", "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", KEAHLIAN,
        (("s1_hukum", 1), ("s1_ip", 1), ("s1_adm", 1)), female=0.4, family="auditor"),
    _jf("perencana", "Perencana", KEAHLIAN,
        (("s1_ekon", 2), ("s1_pwk", 2), ("s1_sipil", 1), ("s1_adm", 1)), female=0.5,
        family="perencana"),
    _jf("analis_kebijakan", "Analis Kebijakan", KEAHLIAN,
        (("s1_adm", 2), ("s1_ip", 2), ("ipdn", 1), ("s1_hukum", 1)), female=0.45,
        family="analis"),
    _jf("analis_sdm", "Analis Sumber Daya Manusia Aparatur", KEAHLIAN,
        (("s1_psi", 1), ("s1_adm", 2), ("s1_hukum", 1), ("s1_ap", 1)), female=0.55,
        family="analis"),
    _jf("pranata_komputer", "Pranata Komputer", KEAHLIAN, (("s1_kom", 2), ("s1_si", 1)),
        female=0.35, family="analis", pppk=0.2),
    _jf("pranata_komputer_t", "Pranata Komputer", KETERAMPILAN, (("d3_kom", 1),), female=0.4,
        family="analis", pppk=0.2),
    _jf("arsiparis", "Arsiparis", KETERAMPILAN, (("d3_adm", 1),), female=0.6, family="analis"),
    _jf("analis_keuangan", "Analis Keuangan Pusat dan Daerah", KEAHLIAN,
        (("s1_akt", 2), ("s1_ekon", 2)), female=0.55, family="analis"),
    _jf("pengelola_pbj", "Pengelola Pengadaan Barang/Jasa", KEAHLIAN,
        (("s1_ekon", 1), ("s1_sipil", 1)), female=0.4, family="analis"),
    _jf("perancang_uu", "Perancang Peraturan Perundang-undangan", KEAHLIAN, (("s1_hukum", 1),),
        female=0.5, family="analis"),
    _jf("pranata_humas", "Pranata Hubungan Masyarakat", KEAHLIAN, (("s1_ikom", 1),),
        female=0.55, family="analis"),
    _jf("penyuluh_pertanian", "Penyuluh Pertanian", KEAHLIAN, (("s1_pert", 3), ("s1_ternak", 1)),
        female=0.35, family="penyuluh", pppk=0.25),
    _jf("penyuluh_pertanian_t", "Penyuluh Pertanian", KETERAMPILAN, (("d3_pert", 1),),
        female=0.3, family="penyuluh", pppk=0.3),
    _jf("pekerja_sosial", "Pekerja Sosial", KEAHLIAN, (("s1_kesos", 1),), female=0.6,
        family="penyuluh"),
    _jf("penyuluh_sosial", "Penyuluh Sosial", KEAHLIAN, (("s1_kesos", 1), ("s1_adm", 1)),
        female=0.5, family="penyuluh"),
    _jf("teknik_jalan", "Teknik Jalan dan Jembatan", KEAHLIAN, (("s1_sipil", 1),), female=0.15,
        family="teknik"),
    _jf("teknik_pengairan", "Teknik Pengairan", KEAHLIAN, (("s1_sipil", 1),), female=0.15,
        family="teknik"),
    _jf("penata_ruang", "Penata Ruang", KEAHLIAN, (("s1_pwk", 1),), female=0.3, family="teknik"),
    _jf("adminduk", "Administrator Database Kependudukan", KEAHLIAN,
        (("s1_kom", 1), ("s1_si", 1)), female=0.45, family="analis"),
    _jf("polpp", "Polisi Pamong Praja", KETERAMPILAN, _SMA, female=0.15, family="polpp"),
    _jf("polpp_ahli", "Polisi Pamong Praja", KEAHLIAN, (("s1_hukum", 1), ("s1_ip", 1)),
        female=0.2, family="polpp"),
    _pl("pengadministrasi", "Pengadministrasi Perkantoran", "Pengadministrasi Umum", "klerek",
        _SMA, 0.5),
    _pl("pengolah_data", "Pengolah Data dan Informasi", "Pengelola Data", "klerek",
        (("d3_kom", 2), ("d3_adm", 2), ("d3_akt", 1)), 0.55),
    _pl("pengelola_layanan", "Pengelola Layanan Operasional", "Bendahara Pengeluaran", "klerek",
        (("d3_akt", 2), ("s1_akt", 1), ("s1_ekon", 1)), 0.6),
    _pl("penata_layanan", "Penata Layanan Operasional", "Pengelola Kepegawaian", "klerek",
        (("s1_adm", 3), ("s1_ap", 2), ("s1_ekon", 2), ("s1_hukum", 1), ("s1_ip", 1)), 0.55),
    _pl("operator_layanan", "Operator Layanan Operasional", "Pengemudi", "operator",
        (("sma_ips", 2), ("sma_ipa", 1)), 0.1),
    _pl("operator_kesehatan", "Operator Layanan Kesehatan", "Pengadministrasi Umum", "operator",
        (("sma_ipa", 2), ("d3_adm", 1)), 0.65),
    _pl("teknisi_sarpras", "Teknisi Sarana dan Prasarana", "Teknisi Pemeliharaan Sarana",
        "teknisi", (("smk_tkj", 2), ("d3_sipil", 1), ("sma_ipa", 1)), 0.1),
)}

# Old guru jabatan (Kepmenpan 84/1993) for golongan II: a teacher hired with a diploma.
OLD_GURU = {"II/a": "Guru Pratama", "II/b": "Guru Pratama Tingkat I", "II/c": "Guru Muda",
            "II/d": "Guru Muda Tingkat I"}
_KEAHLIAN = (Jenjang.AHLI_PERTAMA, Jenjang.AHLI_MUDA, Jenjang.AHLI_MADYA, Jenjang.AHLI_UTAMA)
_KETERAMPILAN = (Jenjang.PEMULA, Jenjang.TERAMPIL, Jenjang.MAHIR, Jenjang.PENYELIA)


def jenjang_for(track: Track, golongan: Golongan | str) -> Jenjang | None:
    """The jenjang whose golongan range holds ``golongan`` (PNS or PPPK), or None."""
    g = parse_golongan(golongan)
    levels = _KEAHLIAN if track.kind == KEAHLIAN else _KETERAMPILAN
    for j in levels:
        lo, hi = jenjang_pangkat_range(j, g.kind)
        if lo <= g <= hi:
            return j
    return None


def jf_name(track: Track, jenjang: Jenjang) -> str:
    return f"{track.name} {jenjang.label}"


def jabatan_code(track: Track, jenjang: Jenjang | None, old: bool = False) -> str:
    """Catalogue code of a track's jabatan: ``JF-GURU-AHLI_MUDA``, ``PL-…``, ``PL-OLD-…``."""
    base = track.name.upper().replace(" ", "_").replace("/", "_")
    if track.kind == PELAKSANA:
        name = track.old_name if old else track.name
        return f"PL-{'OLD-' if old else ''}{(name or '').upper().replace(' ', '_')}"
    code = f"JF-{base}-{jenjang.name if jenjang else 'X'}"
    return code if len(code) <= 64 else f"JF-{track.key.upper()}-{jenjang.name if jenjang else 'X'}"


def old_guru_code(golongan: str) -> str:
    return "JF-OLD-" + OLD_GURU[golongan].upper().replace(" ", "_")


def catalogue_rows() -> list[dict[str, object]]:
    """One dict per catalogue jabatan: code, name, kind, jenjang, bup, category, active."""
    rows: dict[str, dict[str, object]] = {}
    for t in TRACKS.values():
        if t.kind == PELAKSANA:
            rows[jabatan_code(t, None)] = _row(jabatan_code(t, None), t.name, t, None, True)
            old = jabatan_code(t, None, old=True)
            rows.setdefault(old, _row(old, t.old_name or t.name, t, None, False))
            continue
        for j in _KEAHLIAN if t.kind == KEAHLIAN else _KETERAMPILAN:
            code = jabatan_code(t, j)
            rows[code] = _row(code, jf_name(t, j), t, j, True)
    guru = TRACKS["guru_sd"]
    for g, name in OLD_GURU.items():
        rows[old_guru_code(g)] = _row(old_guru_code(g), name, guru, None, False)
    return list(rows.values())


def _row(code: str, name: str, t: Track, j: Jenjang | None, active: bool) -> dict[str, object]:
    return {"code": code, "name": name, "kind": t.kind, "jenjang": j.value if j else None,
            "bup": t.bup, "pelaksana_category": t.category, "active": active}
