"""Our column names ↔ SIASN (BKN) field names, for file exchange with the province and SIASN.

``SIASN_FIELDS[table] = {column: siasnField}`` (domain.md §8.4). SIASN names are camelCase as in
the BKN API (data-utama, rw-*). Only columns with a clear SIASN counterpart are listed; SIASN
numeric reference ids (``agamaId``, ``golonganId``…) are not ours and are mapped by the exchange
code through the reference tables. ``SIASN_ENDPOINTS`` names the SIASN resource of each table.
"""

from __future__ import annotations

SIASN_ENDPOINTS: dict[str, str] = {
    "employee": "data-utama",
    "pangkat_history": "rw-golongan",
    "jabatan_history": "rw-jabatan",
    "pendidikan_history": "rw-pendidikan",
    "hukuman_disiplin": "rw-hukdis",
    "penghargaan_history": "rw-penghargaan",
    "angka_kredit_history": "rw-angkakredit",
    "pmk_history": "rw-masakerja",
    "external_training": "rw-kursus",
    "family_member": "data-pasangan",
}

SIASN_FIELDS: dict[str, dict[str, str]] = {
    "employee": {
        "nip": "nipBaru",
        "nip_lama": "nipLama",
        "nama": "nama",
        "gelar_depan": "gelarDepan",
        "gelar_belakang": "gelarBelakang",
        "tempat_lahir": "tempatLahir",
        "tanggal_lahir": "tglLahir",
        "jenis_kelamin": "jenisKelamin",
        "nik": "nik",
        "alamat": "alamat",
        "telepon": "noHp",
        "email": "email",
        "jenis_pegawai": "jenisPegawai",
        "status": "kedudukanPns",
        "tmt_cpns": "tmtCpns",
        "tmt_pns": "tmtPns",
        "sk_cpns_nomor": "nomorSkCpns",
        "sk_cpns_tanggal": "tglSkCpns",
        "sk_pns_nomor": "nomorSkPns",
        "sk_pns_tanggal": "tglSkPns",
        "sttpl_nomor": "nomorSttpl",
        "sttpl_tanggal": "tglSttpl",
        "npwp": "noNpwp",
        "bpjs": "bpjs",
        "karpeg": "noSeriKarpeg",
        "karis_karsu": "karis_karsu",
        "taspen": "noTaspen",
        "current_jabatan_name": "jabatanNama",
        "current_eselon": "eselon",
        "tmt_jabatan": "tmtJabatan",
        "current_golongan_code": "golRuangAkhir",
        "tmt_golongan": "tmtGolAkhir",
        "mkg_tahun": "mkTahun",
        "mkg_bulan": "mkBulan",
        "current_pendidikan_code": "tkPendidikanTerakhir",
    },
    "pangkat_history": {
        "golongan_code": "golongan",
        "tmt": "tmtGolongan",
        "sk_nomor": "skNomor",
        "sk_tanggal": "skTanggal",
        "pertek_nomor": "noPertekBkn",
        "pertek_tanggal": "tglPertekBkn",
        "jenis_kp": "jenisKPNama",
        "mkg_tahun": "masaKerjaGolonganTahun",
        "mkg_bulan": "masaKerjaGolonganBulan",
        "angka_kredit_utama": "jumlahKreditUtama",
        "angka_kredit_tambahan": "jumlahKreditTambahan",
        "siasn_id": "id",
    },
    "jabatan_history": {
        "jabatan_kind": "jenisJabatan",
        "instansi": "instansiKerjaNama",
        "unit_name": "unorNama",
        "eselon": "eselon",
        "jabatan_name": "namaJabatan",
        "tmt": "tmtJabatan",
        "sk_nomor": "nomorSk",
        "sk_tanggal": "tanggalSk",
        "tmt_pelantikan": "tmtPelantikan",
        "jenis_mutasi": "jenisMutasi",
        "siasn_id": "id",
    },
    "pendidikan_history": {
        "level_code": "tkPendidikan",
        "jurusan": "pendidikanNama",
        "tahun_lulus": "tahunLulus",
        "tanggal_lulus": "tglLulus",
        "is_first": "isPendidikanPertama",
        "ijazah_nomor": "nomorIjasah",
        "school": "namaSekolah",
        "gelar_depan": "gelarDepan",
        "gelar_belakang": "gelarBelakang",
        "siasn_id": "id",
    },
    "hukuman_disiplin": {
        "jenis": "jenisHukuman",
        "tingkat": "jenisTingkatHukuman",
        "alasan": "alasan",
        "sk_nomor": "skNomor",
        "sk_tanggal": "skTanggal",
        "tanggal_mulai": "hukumanTanggal",
        "tanggal_selesai": "akhirHukumTanggal",
        "masa_tahun": "masaTahun",
        "masa_bulan": "masaBulan",
        "peraturan": "nomorPp",
        "siasn_id": "id",
    },
    "penghargaan_history": {
        "nama": "hargaNama",
        "sk_nomor": "skNomor",
        "sk_tanggal": "skDate",
        "tahun": "tahun",
        "siasn_id": "id",
    },
    "angka_kredit_history": {
        "sk_nomor": "nomorSk",
        "sk_tanggal": "tanggalSk",
        "kredit_utama": "kreditUtamaBaru",
        "kredit_penunjang": "kreditPenunjangBaru",
        "kredit_total": "kreditBaruTotal",
        "jabatan_name": "namaJabatan",
        "is_first": "isAngkaKreditPertama",
        "is_integrasi": "isIntegrasi",
        "is_konversi": "isKonversi",
        "siasn_id": "id",
    },
    "pmk_history": {
        "pengalaman": "pengalaman",
        "tanggal_mulai": "tanggalAwal",
        "tanggal_selesai": "tanggalSelesai",
        "sk_nomor": "nomorSk",
        "sk_tanggal": "tanggalSk",
        "bkn_nomor": "nomorBkn",
        "bkn_tanggal": "tanggalBkn",
        "mkg_tahun": "masaKerjaTahun",
        "mkg_bulan": "masaKerjaBulan",
        "siasn_id": "id",
    },
    "external_training": {
        "name": "namaKursus",
        "jp": "jumlahJam",
        "certificate_nomor": "noSertipikat",
        "year": "tahunKursus",
        "start_date": "tanggalKursus",
        "end_date": "tanggalSelesaiKursus",
        "organiser": "institusiPenyelenggara",
        "siasn_id": "id",
    },
    "family_member": {
        "nama": "nama",
        "nik": "nik",
        "tempat_lahir": "tempatLahir",
        "tanggal_lahir": "tglLahir",
        "tanggal_nikah": "tglMenikah",
        "siasn_id": "id",
    },
}


def siasn_to_columns(table: str, record: dict[str, object]) -> dict[str, object]:
    """Rename a SIASN record's keys to our column names, dropping keys we do not map."""
    reverse = {siasn: column for column, siasn in SIASN_FIELDS[table].items()}
    return {reverse[key]: value for key, value in record.items() if key in reverse}


def columns_to_siasn(table: str, values: dict[str, object]) -> dict[str, object]:
    """Rename our column values to SIASN keys, dropping columns SIASN does not have."""
    mapping = SIASN_FIELDS[table]
    return {mapping[key]: value for key, value in values.items() if key in mapping}
