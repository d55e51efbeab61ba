"""Wording of demo SKPs (PermenPANRB 6/2022): RHK with their IKI and targets per kind of
jabatan, the leader's ekspektasi khusus per BerAKHLAK value, feedback and notes.

A template is ``(rhk, ((aspek, iki, target value, unit), ...))``; ``{unit}`` in a text is the
unit name of the SKP's owner.
"""

from __future__ import annotations

Indicator = tuple[str, str, float, str]
Template = tuple[str, tuple[Indicator, ...]]

RHK: dict[str, tuple[Template, ...]] = {
    "guru": (
        ("Terlaksananya pembelajaran yang berpusat pada peserta didik di kelas yang diampu",
         (("kuantitas", "Jumlah modul ajar yang disusun dan dilaksanakan", 12, "modul"),
          ("kualitas", "Persentase peserta didik yang mencapai kriteria ketercapaian tujuan "
                       "pembelajaran", 85, "%"))),
        ("Terlaksananya asesmen formatif dan sumatif yang terdokumentasi",
         (("kuantitas", "Jumlah laporan hasil asesmen per semester", 2, "laporan"),)),
        ("Meningkatnya kompetensi pedagogik melalui pengembangan diri",
         (("kuantitas", "Jumlah kegiatan pengembangan diri yang diikuti", 3, "kegiatan"),)),
        ("Terlaksananya program penguatan profil pelajar Pancasila",
         (("kuantitas", "Jumlah projek yang difasilitasi", 2, "projek"),
          ("waktu", "Ketepatan waktu penyelesaian projek", 12, "bulan"))),
    ),
    "nakes": (
        ("Terlaksananya pelayanan kesehatan sesuai standar pelayanan minimal di {unit}",
         (("kuantitas", "Jumlah pasien yang dilayani sesuai standar", 1200, "pasien"),
          ("kualitas", "Persentase kepuasan pasien", 85, "%"))),
        ("Terdokumentasinya asuhan dan rekam medis pasien secara lengkap",
         (("kualitas", "Persentase rekam medis yang lengkap dan tepat waktu", 95, "%"),)),
        ("Terlaksananya kegiatan promotif dan preventif di wilayah kerja",
         (("kuantitas", "Jumlah kegiatan penyuluhan/posyandu yang dilaksanakan", 24,
           "kegiatan"),)),
    ),
    "auditor": (
        ("Terlaksananya pengawasan atas penyelenggaraan pemerintahan daerah",
         (("kuantitas", "Jumlah laporan hasil pengawasan yang diselesaikan", 10, "laporan"),
          ("kualitas", "Persentase rekomendasi yang ditindaklanjuti", 80, "%"))),
        ("Tersusunnya kertas kerja pemeriksaan sesuai standar audit",
         (("kualitas", "Persentase kertas kerja yang memenuhi standar", 90, "%"),)),
    ),
    "perencana": (
        ("Tersusunnya dokumen perencanaan pembangunan daerah tepat waktu",
         (("kuantitas", "Jumlah dokumen perencanaan yang disusun", 4, "dokumen"),
          ("waktu", "Ketepatan waktu penyampaian dokumen", 12, "bulan"))),
        ("Terlaksananya pengendalian dan evaluasi pelaksanaan rencana kerja",
         (("kuantitas", "Jumlah laporan evaluasi triwulanan", 4, "laporan"),)),
    ),
    "analis": (
        ("Tersusunnya kajian/analisis yang menjadi bahan kebijakan pimpinan",
         (("kuantitas", "Jumlah naskah kajian yang disusun", 4, "naskah"),
          ("kualitas", "Persentase kajian yang digunakan pimpinan", 75, "%"))),
        ("Terkelolanya data dan informasi bidang tugas secara mutakhir",
         (("kualitas", "Persentase data yang mutakhir", 95, "%"),)),
        ("Terlaksananya layanan sesuai standar operasional prosedur",
         (("kuantitas", "Jumlah layanan yang diselesaikan", 150, "layanan"),)),
    ),
    "penyuluh": (
        ("Meningkatnya kapasitas kelompok sasaran di wilayah binaan",
         (("kuantitas", "Jumlah kelompok yang dibina", 12, "kelompok"),
          ("kualitas", "Persentase kelompok yang naik kelas", 30, "%"))),
        ("Terlaksananya kunjungan dan pendampingan lapangan",
         (("kuantitas", "Jumlah kunjungan lapangan", 96, "kunjungan"),)),
    ),
    "teknik": (
        ("Terlaksananya pengawasan teknis pekerjaan konstruksi sesuai kontrak",
         (("kuantitas", "Jumlah paket pekerjaan yang diawasi", 6, "paket"),
          ("kualitas", "Persentase pekerjaan sesuai spesifikasi teknis", 95, "%"))),
        ("Tersusunnya dokumen perencanaan teknis",
         (("kuantitas", "Jumlah dokumen perencanaan teknis", 4, "dokumen"),)),
    ),
    "polpp": (
        ("Terlaksananya penegakan peraturan daerah dan ketertiban umum",
         (("kuantitas", "Jumlah kegiatan patroli dan penertiban", 48, "kegiatan"),
          ("kualitas", "Persentase pelanggaran yang ditindaklanjuti", 90, "%"))),
        ("Terlaksananya pengamanan kegiatan pemerintah daerah",
         (("kuantitas", "Jumlah kegiatan yang diamankan", 24, "kegiatan"),)),
    ),
    "pelaksana": (
        ("Terlaksananya administrasi perkantoran yang tertib di {unit}",
         (("kuantitas", "Jumlah surat/dokumen yang diadministrasikan", 600, "dokumen"),
          ("kualitas", "Persentase dokumen tanpa kesalahan", 95, "%"))),
        ("Tersedianya data pendukung kegiatan unit kerja",
         (("kuantitas", "Jumlah laporan data yang disusun", 12, "laporan"),
          ("waktu", "Ketepatan waktu penyampaian laporan", 12, "bulan"))),
        ("Terlaksananya layanan operasional unit kerja",
         (("kuantitas", "Jumlah layanan operasional yang diselesaikan", 240, "layanan"),)),
    ),
    "jpt": (
        ("Meningkatnya kinerja penyelenggaraan urusan pemerintahan pada {unit}",
         (("kuantitas", "Indeks kepuasan masyarakat", 82, "indeks"),
          ("kualitas", "Nilai SAKIP perangkat daerah", 70, "nilai"))),
        ("Terwujudnya tata kelola keuangan yang akuntabel pada {unit}",
         (("kualitas", "Persentase realisasi anggaran", 95, "%"),)),
        ("Meningkatnya kualitas sumber daya aparatur pada {unit}",
         (("kuantitas", "Persentase pegawai yang memenuhi 20 JP pengembangan kompetensi", 80,
           "%"),)),
    ),
    "administrator": (
        ("Tercapainya sasaran program pada {unit}",
         (("kuantitas", "Persentase capaian indikator program", 90, "%"),
          ("waktu", "Ketepatan waktu pelaksanaan kegiatan", 12, "bulan"))),
        ("Terlaksananya pembinaan dan pengendalian kegiatan pada {unit}",
         (("kuantitas", "Jumlah laporan pengendalian kegiatan", 4, "laporan"),)),
    ),
    "pengawas": (
        ("Terlaksananya kegiatan pada {unit} sesuai rencana",
         (("kuantitas", "Persentase kegiatan yang terlaksana", 95, "%"),
          ("kualitas", "Jumlah temuan pemeriksaan atas kegiatan", 0, "temuan"))),
        ("Tersusunnya laporan kegiatan {unit} tepat waktu",
         (("waktu", "Ketepatan waktu penyampaian laporan", 12, "bulan"),)),
    ),
}
TAMBAHAN: tuple[Template, ...] = (
    ("Terlaksananya tugas sebagai panitia kegiatan hari besar nasional",
     (("kuantitas", "Jumlah kegiatan yang difasilitasi", 2, "kegiatan"),)),
    ("Terlaksananya tugas sebagai tim penyusun laporan kinerja perangkat daerah",
     (("kuantitas", "Jumlah laporan yang disusun", 1, "laporan"),)),
)

EKSPEKTASI: dict[str, tuple[str, ...]] = {
    "berorientasi_pelayanan": ("Memberikan layanan dengan ramah dan tuntas pada hari yang sama",
                               "Menindaklanjuti keluhan pengguna layanan paling lama 3 hari"),
    "akuntabel": ("Menyampaikan laporan pertanggungjawaban tepat waktu",
                  "Menggunakan barang milik daerah sesuai peruntukannya"),
    "kompeten": ("Mengikuti minimal 20 JP pengembangan kompetensi",
                 "Berbagi pengetahuan hasil pelatihan kepada rekan kerja"),
    "harmonis": ("Menjaga suasana kerja yang saling menghargai",),
    "loyal": ("Menjaga kerahasiaan data pegawai dan dokumen dinas",),
    "adaptif": ("Menggunakan aplikasi layanan terbaru secara mandiri",
                "Mengusulkan minimal satu perbaikan cara kerja"),
    "kolaboratif": ("Aktif dalam kerja tim lintas bidang",
                    "Membantu rekan yang beban kerjanya tinggi"),
}
FEEDBACK = {
    "di_atas": ("Sangat baik, pertahankan dan jadikan contoh bagi rekan kerja.",
                "Melampaui ekspektasi; hasil kerja dapat direplikasi di unit lain."),
    "sesuai": ("Sudah sesuai ekspektasi, tingkatkan ketepatan waktu.",
               "Baik; dokumentasikan bukti dukung dengan lebih lengkap."),
    "di_bawah": ("Perlu perbaikan; susun rencana tindak lanjut bersama atasan.",
                 "Belum sesuai ekspektasi; ikuti pendampingan dan pelatihan terkait."),
}
CONTINUOUS = ("Progres triwulan sudah sesuai rencana, lanjutkan.",
              "Mohon lengkapi bukti dukung kegiatan bulan ini.",
              "Koordinasikan dengan bidang terkait agar target tidak terlambat.",
              "Terima kasih atas inisiatif perbaikan layanan yang diusulkan.")
CATATAN = {
    "sangat_baik": "Dipertimbangkan untuk penghargaan dan pengembangan karier.",
    "baik": "Pertahankan kinerja dan tingkatkan kompetensi.",
    "butuh_perbaikan": "Perlu pembinaan dan pengembangan kompetensi teknis.",
    "kurang": "Perlu pembinaan perilaku kerja oleh atasan langsung.",
    "sangat_kurang": "Diproses sesuai ketentuan manajemen kinerja.",
}


def family_of(track_family: str | None, jabatan_kind: str | None) -> str:
    """The RHK family of an SKP owner: structural level first, else the track's family."""
    if jabatan_kind == "jpt_pratama":
        return "jpt"
    if jabatan_kind in ("administrator", "pengawas"):
        return jabatan_kind
    return track_family if track_family in RHK else "pelaksana"


def target_text(value: float, unit: str) -> str:
    return f"{value:g} {unit}" if unit != "%" else f"{value:g}%"


def realisasi_text(value: float, unit: str, factor: float) -> str:
    if unit == "bulan":
        return target_text(value, unit)
    if unit == "temuan":
        return target_text(0 if factor >= 1 else 2, unit)
    got = value * factor
    if unit in ("%", "indeks", "nilai"):
        return target_text(round(min(got, 100.0), 1), unit)
    return target_text(max(0, round(got)), unit)
