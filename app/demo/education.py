"""Study programmes of the demo office's staff: level, field, academic title, where taught.

A programme decides the ``gelar`` (academic title) of whoever finished it, so names, education
histories and jabatan always agree: a guru SD holds an S1 PGSD (``S.Pd.``), a perawat terampil a
D-III Keperawatan (``A.Md.Kep.``), a dokter the profession (``dr.``) and so on. S1 graduates of
social, education and engineering fields before 1994 carry the old titles ``Drs.``/``Dra.``/
``Ir.`` in front of the name instead.
"""

from __future__ import annotations

from dataclasses import dataclass

JAMBI_UNIVERSITIES = ("Universitas Jambi", "Universitas Batanghari",
                      "UIN Sulthan Thaha Saifuddin Jambi", "Universitas Terbuka",
                      "Universitas Merangin")
HEALTH_SCHOOLS = ("Poltekkes Kemenkes Jambi", "STIKes Baiturrahim Jambi",
                  "STIKes Harapan Ibu Jambi", "Akademi Keperawatan Pemkab Merangin")
MEDICAL_SCHOOLS = ("Universitas Jambi", "Universitas Andalas", "Universitas Sriwijaya",
                   "Universitas Sumatera Utara")
POSTGRAD = ("Universitas Jambi", "Universitas Andalas", "Universitas Negeri Padang",
            "Universitas Sriwijaya", "Universitas Gadjah Mada", "Universitas Terbuka",
            "Universitas Batanghari")


@dataclass(frozen=True)
class Programme:
    """``level`` is an :class:`app.domain.pendidikan.Pendidikan` code; ``old_title`` the
    pre-1994 front title (``Drs``/``Ir``) that replaces ``gelar_belakang`` for old S1s."""

    key: str
    level: str
    jurusan: str
    gelar_belakang: str | None = None
    gelar_depan: str | None = None
    schools: tuple[str, ...] = JAMBI_UNIVERSITIES
    old_title: str | None = None
    entry_golongan: str | None = None  # overrides the entry golongan of the level (dokter)


def _p(key: str, level: str, jurusan: str, gelar: str | None = None, **kw: object) -> Programme:
    return Programme(key, level, jurusan, gelar, **kw)  # type: ignore[arg-type]


PROGRAMMES: dict[str, Programme] = {p.key: p for p in (
    _p("sma_ipa", "SMA", "IPA", schools=("SMA Negeri",)),
    _p("sma_ips", "SMA", "IPS", schools=("SMA Negeri",)),
    _p("smk_ak", "SMA", "Akuntansi", schools=("SMK Negeri",)),
    _p("smk_tkj", "SMA", "Teknik Komputer dan Jaringan", schools=("SMK Negeri",)),
    _p("spg", "SMA", "Sekolah Pendidikan Guru", schools=("SPG Negeri",)),
    _p("d2_pgsd", "D-II", "PGSD", "A.Ma.Pd.", schools=("Universitas Jambi", "Universitas Terbuka")),
    _p("d3_kep", "D-III", "Keperawatan", "A.Md.Kep.", schools=HEALTH_SCHOOLS),
    _p("d3_keb", "D-III", "Kebidanan", "A.Md.Keb.", schools=HEALTH_SCHOOLS),
    _p("d3_farm", "D-III", "Farmasi", "A.Md.Farm.", schools=HEALTH_SCHOOLS),
    _p("d3_ak", "D-III", "Analis Kesehatan", "A.Md.AK.", schools=HEALTH_SCHOOLS),
    _p("d3_gizi", "D-III", "Gizi", "A.Md.Gz.", schools=HEALTH_SCHOOLS),
    _p("d3_kl", "D-III", "Kesehatan Lingkungan", "A.Md.KL.", schools=HEALTH_SCHOOLS),
    _p("d3_kom", "D-III", "Manajemen Informatika", "A.Md.Kom."),
    _p("d3_akt", "D-III", "Akuntansi", "A.Md.Ak."),
    _p("d3_adm", "D-III", "Administrasi Perkantoran", "A.Md."),
    _p("d3_sipil", "D-III", "Teknik Sipil", "A.Md.T."),
    _p("d3_pert", "D-III", "Penyuluhan Pertanian", "A.Md.P.",
       schools=("Politeknik Pembangunan Pertanian Medan", "Universitas Jambi")),
    _p("d4_keb", "D-IV", "Kebidanan", "S.Tr.Keb.", schools=HEALTH_SCHOOLS),
    _p("ipdn", "D-IV", "Ilmu Pemerintahan (IPDN)", "S.STP.",
       schools=("Institut Pemerintahan Dalam Negeri",)),
    _p("s1_pgsd", "S1", "Pendidikan Guru Sekolah Dasar", "S.Pd.", old_title="Drs"),
    _p("s1_mat", "S1", "Pendidikan Matematika", "S.Pd.", old_title="Drs"),
    _p("s1_bind", "S1", "Pendidikan Bahasa Indonesia", "S.Pd.", old_title="Drs"),
    _p("s1_bing", "S1", "Pendidikan Bahasa Inggris", "S.Pd.", old_title="Drs"),
    _p("s1_ipa", "S1", "Pendidikan Biologi", "S.Pd.", old_title="Drs"),
    _p("s1_ips", "S1", "Pendidikan Sejarah", "S.Pd.", old_title="Drs"),
    _p("s1_pai", "S1", "Pendidikan Agama Islam", "S.Pd.I.",
       schools=("UIN Sulthan Thaha Saifuddin Jambi",), old_title="Drs"),
    _p("s1_penjas", "S1", "Pendidikan Jasmani", "S.Pd.", old_title="Drs"),
    _p("s1_bk", "S1", "Bimbingan dan Konseling", "S.Pd.", old_title="Drs"),
    _p("s1_ners", "S1", "Ilmu Keperawatan (Ners)", "S.Kep., Ns.", schools=HEALTH_SCHOOLS),
    _p("s1_km", "S1", "Kesehatan Masyarakat", "S.KM.",
       schools=("Universitas Jambi", "STIKes Harapan Ibu Jambi")),
    _p("s1_apt", "S1", "Farmasi (Apoteker)", "S.Farm., Apt.",
       schools=("Universitas Andalas", "Universitas Sumatera Utara")),
    _p("dokter", "S1", "Pendidikan Dokter", None, gelar_depan="dr.", schools=MEDICAL_SCHOOLS,
       entry_golongan="III/b"),
    _p("drg", "S1", "Pendidikan Dokter Gigi", None, gelar_depan="drg.",
       schools=("Universitas Andalas", "Universitas Sumatera Utara"), entry_golongan="III/b"),
    _p("s1_ekon", "S1", "Manajemen", "S.E.", old_title="Drs"),
    _p("s1_akt", "S1", "Akuntansi", "S.Ak."),
    _p("s1_hukum", "S1", "Ilmu Hukum", "S.H."),
    _p("s1_adm", "S1", "Ilmu Administrasi Negara", "S.Sos.", old_title="Drs"),
    _p("s1_ap", "S1", "Administrasi Publik", "S.AP."),
    _p("s1_ip", "S1", "Ilmu Pemerintahan", "S.IP."),
    _p("s1_kom", "S1", "Teknik Informatika", "S.Kom."),
    _p("s1_si", "S1", "Sistem Informasi", "S.Kom."),
    _p("s1_sipil", "S1", "Teknik Sipil", "S.T.", old_title="Ir"),
    _p("s1_pwk", "S1", "Perencanaan Wilayah dan Kota", "S.T.", old_title="Ir"),
    _p("s1_pert", "S1", "Agroteknologi", "S.P.", old_title="Ir"),
    _p("s1_ternak", "S1", "Peternakan", "S.Pt.", old_title="Ir"),
    _p("s1_psi", "S1", "Psikologi", "S.Psi.", schools=("Universitas Jambi", "Universitas Andalas")),
    _p("s1_ikom", "S1", "Ilmu Komunikasi", "S.I.Kom."),
    _p("s1_stat", "S1", "Statistika", "S.Si."),
    _p("s1_kesos", "S1", "Kesejahteraan Sosial", "S.Sos.", old_title="Drs"),
    _p("s2_mpd", "S2", "Magister Pendidikan", "M.Pd.", schools=POSTGRAD),
    _p("s2_msi", "S2", "Magister Ilmu Administrasi", "M.Si.", schools=POSTGRAD),
    _p("s2_mm", "S2", "Magister Manajemen", "M.M.", schools=POSTGRAD),
    _p("s2_mh", "S2", "Magister Hukum", "M.H.", schools=POSTGRAD),
    _p("s2_mkes", "S2", "Magister Kesehatan", "M.Kes.", schools=POSTGRAD),
    _p("s2_mt", "S2", "Magister Teknik Sipil", "M.T.", schools=POSTGRAD),
    _p("s2_map", "S2", "Magister Administrasi Publik", "M.AP.", schools=POSTGRAD),
    _p("s2_mkom", "S2", "Magister Ilmu Komputer", "M.Kom.", schools=POSTGRAD),
    _p("s2_mp", "S2", "Magister Agribisnis", "M.P.", schools=POSTGRAD),
    _p("sp_pd", "S2", "Spesialis Penyakit Dalam", "Sp.PD.", schools=MEDICAL_SCHOOLS,
       entry_golongan="III/c"),
    _p("sp_a", "S2", "Spesialis Anak", "Sp.A.", schools=MEDICAL_SCHOOLS, entry_golongan="III/c"),
    _p("sp_og", "S2", "Spesialis Obstetri dan Ginekologi", "Sp.OG.", schools=MEDICAL_SCHOOLS,
       entry_golongan="III/c"),
    _p("s3_adm", "S3", "Doktor Ilmu Administrasi", None, gelar_depan="Dr.",
       schools=("Universitas Padjadjaran", "Universitas Brawijaya")),
)}

# A master's degree that fits a first degree (for those who study on while in service).
MASTERS_FOR: dict[str, str] = {
    "s1_pgsd": "s2_mpd", "s1_mat": "s2_mpd", "s1_bind": "s2_mpd", "s1_bing": "s2_mpd",
    "s1_ipa": "s2_mpd", "s1_ips": "s2_mpd", "s1_pai": "s2_mpd", "s1_penjas": "s2_mpd",
    "s1_bk": "s2_mpd", "s1_ners": "s2_mkes", "s1_km": "s2_mkes", "dokter": "s2_mkes",
    "s1_apt": "s2_mkes", "s1_ekon": "s2_mm", "s1_akt": "s2_mm", "s1_hukum": "s2_mh",
    "s1_adm": "s2_msi", "s1_ap": "s2_map", "s1_ip": "s2_msi", "ipdn": "s2_msi",
    "s1_kom": "s2_mkom", "s1_si": "s2_mkom", "s1_sipil": "s2_mt", "s1_pwk": "s2_mt",
    "s1_pert": "s2_mp", "s1_ternak": "s2_mp", "s1_psi": "s2_msi", "s1_ikom": "s2_msi",
    "s1_stat": "s2_msi", "s1_kesos": "s2_msi", "d4_keb": "s2_mkes",
}
# A first degree for diploma/school holders who study on (D-III perawat → S1 Ners …).
BACHELOR_FOR: dict[str, str] = {
    "sma_ipa": "s1_ap", "sma_ips": "s1_ekon", "smk_ak": "s1_akt", "smk_tkj": "s1_kom",
    "d3_kep": "s1_ners", "d3_keb": "d4_keb", "d3_kom": "s1_kom", "d3_akt": "s1_akt",
    "d3_adm": "s1_ap", "d3_kl": "s1_km", "d3_gizi": "s1_km", "d3_sipil": "s1_sipil",
    "d3_pert": "s1_pert", "d2_pgsd": "s1_pgsd", "spg": "s1_pgsd",
}
ADMIN_PROGRAMMES = ("s1_adm", "s1_ap", "s1_ip", "ipdn", "s1_ekon", "s1_hukum", "s1_akt",
                    "s1_kom", "s1_sipil", "s1_pert", "s1_km", "s1_kesos", "s1_ikom")
