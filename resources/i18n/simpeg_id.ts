<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>SIMPEG Luring %1</source>
        <translation>SIMPEG Luring %1</translation>
    </message>
    <message>
        <source>Offline personnel information system for the civil-servant offices of Jambi province.</source>
        <translation>Sistem informasi kepegawaian luring (tanpa internet) untuk kantor kepegawaian ASN se-Provinsi Jambi.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Folder data: %1</translation>
    </message>
    <message>
        <source>Backups: %1</source>
        <translation>Cadangan: %1</translation>
    </message>
    <message>
        <source>About SIMPEG Luring</source>
        <translation>Tentang SIMPEG Luring</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>The new user logs in with this password once and must then choose their own.</source>
        <translation>Pengguna baru masuk sekali dengan kata sandi ini, lalu wajib menggantinya dengan kata sandinya sendiri.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>&amp;Kata sandi awal:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>lower-case letters, e.g. siti.aminah</source>
        <translation>huruf kecil, mis. siti.aminah</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>minimal 8 karakter</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Tambah pengguna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>Appraisal</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Disepakati</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Dinilai</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Above expectations</source>
        <translation>Di Atas Ekspektasi</translation>
    </message>
    <message>
        <source>As expected</source>
        <translation>Sesuai Ekspektasi</translation>
    </message>
    <message>
        <source>Below expectations</source>
        <translation>Di Bawah Ekspektasi</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Sangat Baik</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Needs improvement</source>
        <translation>Butuh Perbaikan</translation>
    </message>
    <message>
        <source>Poor/Misconduct</source>
        <translation>Kurang/Misconduct</translation>
    </message>
    <message>
        <source>Very poor</source>
        <translation>Sangat Kurang</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Istimewa</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Kurang</translation>
    </message>
    <message>
        <source>Quantitative</source>
        <translation>Kuantitatif</translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation>Kualitatif</translation>
    </message>
    <message>
        <source>Main (utama)</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>Additional (tambahan)</source>
        <translation>Tambahan</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kuantitas</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kualitas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Quarterly (triwulan)</source>
        <translation>Per triwulan</translation>
    </message>
    <message>
        <source>Per semester</source>
        <translation>Per semester</translation>
    </message>
    <message>
        <source>Own periods</source>
        <translation>Periode sendiri</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>Kotak saran</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survei</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Media sosial</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplikasi</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Datang langsung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>DP3 (PP 10/1979, until 2013)</source>
        <translation>DP3 (PP 10/1979, sampai 2013)</translation>
    </message>
    <message>
        <source>Work performance (PP 46/2011, 2014–2020)</source>
        <translation>Prestasi kerja (PP 46/2011, 2014–2020)</translation>
    </message>
    <message>
        <source>SKP (PermenPANRB 8/2021, 2021)</source>
        <translation>SKP (PermenPANRB 8/2021, 2021)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Menengah</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Belum diputus</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Performance evaluation record (Dokumen Evaluasi)</source>
        <translation>Dokumen Evaluasi Kinerja Pegawai</translation>
    </message>
    <message>
        <source>Performance evaluation worksheet</source>
        <translation>Lembar Evaluasi Kinerja Pegawai</translation>
    </message>
    <message>
        <source>SKP (performance plan)</source>
        <translation>SKP (rencana)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>F4 (folio)</source>
        <translation>F4 (folio)</translation>
    </message>
</context>
<context>
    <name>AppraisalDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>AppraisalPage</name>
    <message>
        <source>All units of the office</source>
        <translation>Seluruh unit kerja</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit kerja:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <source>Periods &amp;&amp; organisation result</source>
        <translation>Periode &amp;&amp; capaian organisasi</translation>
    </message>
    <message>
        <source>Talent (9-box)</source>
        <translation>Talenta (9-box)</translation>
    </message>
    <message>
        <source>Public feedback</source>
        <translation>Umpan balik masyarakat</translation>
    </message>
    <message>
        <source>Employee history</source>
        <translation>Riwayat pegawai</translation>
    </message>
</context>
<context>
    <name>AppraisalPrint</name>
    <message>
        <source>Printing %1</source>
        <translation>Mencetak %1</translation>
    </message>
</context>
<context>
    <name>AppraisalTables</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Work results</source>
        <translation>Hasil kerja</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Perilaku kerja</translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation>Pejabat penilai</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Keberatan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Diputus oleh</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Core value</source>
        <translation>Nilai dasar</translation>
    </message>
    <message>
        <source>Leader&apos;s specific expectation</source>
        <translation>Ekspektasi khusus pimpinan</translation>
    </message>
    <message>
        <source>Expected behaviour</source>
        <translation>Panduan perilaku</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Work plan (RHK)</source>
        <translation>Rencana hasil kerja (RHK)</translation>
    </message>
    <message>
        <source>Indicator (IKI)</source>
        <translation>Indikator (IKI)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Realisation</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potensial</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Kinerja</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Tanggal asesmen</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>(all users)</source>
        <translation>(semua pengguna)</translation>
    </message>
    <message>
        <source>(all actions)</source>
        <translation>(semua aksi)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Verify audit chain</source>
        <translation>Verifikasi rantai audit</translation>
    </message>
    <message>
        <source>Recomputing every entry of the audit log…</source>
        <translation>Menghitung ulang setiap entri log audit…</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dari:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Sampai:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ksi:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aksi</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus saringan</translation>
    </message>
    <message>
        <source>&amp;Verify audit chain</source>
        <translation>&amp;Verifikasi rantai audit</translation>
    </message>
    <message>
        <source>Recompute the hash of every entry: shows whether any entry was changed or removed.</source>
        <translation>Menghitung ulang hash setiap entri: menunjukkan apakah ada entri yang diubah atau dihapus.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Logged in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Masuk ditolak</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Akun dikunci</translation>
    </message>
    <message>
        <source>First admin created</source>
        <translation>Admin pertama dibuat</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Pengguna ditambahkan</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Pengguna diaktifkan</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Pengguna dinonaktifkan</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Kata sandi diatur ulang</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Kata sandi diganti</translation>
    </message>
    <message>
        <source>Record added</source>
        <translation>Data ditambahkan</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>Data diubah</translation>
    </message>
    <message>
        <source>Record deleted</source>
        <translation>Data dihapus</translation>
    </message>
    <message>
        <source>Record restored</source>
        <translation>Data dipulihkan</translation>
    </message>
    <message>
        <source>Duplicate merged</source>
        <translation>Data ganda digabung</translation>
    </message>
    <message>
        <source>Applied from a sync bundle</source>
        <translation>Diterapkan dari paket sinkronisasi</translation>
    </message>
    <message>
        <source>Office database created</source>
        <translation>Basis data kantor dibuat</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>Basis data dipulihkan dari cadangan</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aksi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>BackupLabels</name>
    <message>
        <source>Daily</source>
        <translation>Harian</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Sebelum impor bundel</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Sebelum pemutakhiran</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <source>Before a spreadsheet import</source>
        <translation>Sebelum impor spreadsheet</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Pangkat history rows</source>
        <translation>Riwayat pangkat</translation>
    </message>
    <message>
        <source>Jabatan history rows</source>
        <translation>Riwayat jabatan</translation>
    </message>
    <message>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <source>Training participants</source>
        <translation>Peserta pelatihan</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Akun pengguna</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Catatan jejak audit</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Sebelum: %1</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Backing up</source>
        <translation>Mencadangkan</translation>
    </message>
    <message>
        <source>Back up into which folder?</source>
        <translation>Cadangkan ke folder mana?</translation>
    </message>
    <message>
        <source>Backup made: %1 (%2 employees, %3).</source>
        <translation>Cadangan dibuat: %1 (%2 pegawai, %3).</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Pilih berkas cadangan</translation>
    </message>
    <message>
        <source>SIMPEG backups (*.db);;All files (*)</source>
        <translation>Cadangan SIMPEG (*.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Memeriksa cadangan</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Memulihkan</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Dipulihkan</translation>
    </message>
    <message>
        <source>The database was restored from the backup of %1. A safety backup of the database as it was is in the list (&quot;Before a restore&quot;). Please log in again.</source>
        <translation>Basis data telah dipulihkan dari cadangan %1. Cadangan pengaman basis data sebelum dipulihkan ada di daftar (&quot;Sebelum pemulihan&quot;). Silakan masuk lagi.</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Memeriksa basis data</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Pemeriksaan basis data</translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up on its server.</source>
        <translation>Basis data PostgreSQL dicadangkan di servernya.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>This is a PostgreSQL database: back it up on the database server with pg_dump (and restore with pg_restore). The check below works here too.</source>
        <translation>Ini basis data PostgreSQL: cadangkan di server basis data dengan pg_dump (dan pulihkan dengan pg_restore). Pemeriksaan di bawah tetap dapat dipakai.</translation>
    </message>
    <message>
        <source>Automatic: a daily backup at the first start of the day (the last %1 kept) and one before every import, upgrade or restore (the last %2 kept). Folder: %3</source>
        <translation>Otomatis: cadangan harian saat aplikasi pertama dibuka setiap hari (%1 terakhir disimpan) dan cadangan sebelum setiap impor, pemutakhiran atau pemulihan (%2 terakhir disimpan). Folder: %3</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Backups of this database</source>
        <translation>Cadangan basis data ini</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Back up to a &amp;folder…</source>
        <translation>Cadangkan ke &amp;folder…</translation>
    </message>
    <message>
        <source>Open the backup folder</source>
        <translation>Buka folder cadangan</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup…</source>
        <translation>&amp;Pulihkan cadangan terpilih…</translation>
    </message>
    <message>
        <source>Restore from a fi&amp;le…</source>
        <translation>Pulihkan dari &amp;berkas…</translation>
    </message>
    <message>
        <source>C&amp;heck the database</source>
        <translation>Periksa basis &amp;data</translation>
    </message>
</context>
<context>
    <name>BehaviourTab</name>
    <message>
        <source>Expectation</source>
        <translation>Ekspektasi</translation>
    </message>
    <message>
        <source>Leader&apos;s specific expectation</source>
        <translation>Ekspektasi khusus pimpinan</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Nilai: %1</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>Feedback on a core value</source>
        <translation>Umpan balik atas nilai dasar</translation>
    </message>
    <message>
        <source>Work behaviour is the seven BerAKHLAK core values, without levels. The leader may add a specific expectation per value (while the plan is a draft); feedback per value is given during the year.</source>
        <translation>Perilaku kerja adalah tujuh nilai dasar BerAKHLAK, tanpa tingkatan. Pimpinan dapat menambahkan ekspektasi khusus per nilai (selama rencana masih draf); umpan balik per nilai diberikan sepanjang tahun.</translation>
    </message>
    <message>
        <source>BerAKHLAK core values</source>
        <translation>Nilai dasar BerAKHLAK</translation>
    </message>
    <message>
        <source>&amp;Expectation…</source>
        <translation>&amp;Ekspektasi…</translation>
    </message>
    <message>
        <source>&amp;Feedback…</source>
        <translation>&amp;Umpan balik…</translation>
    </message>
</context>
<context>
    <name>BulkStartDialog</name>
    <message>
        <source>Start SKPs for a unit</source>
        <translation>Mulai SKP satu unit kerja</translation>
    </message>
    <message>
        <source>A draft SKP is made for every employee on duty in the unit who has none for the year, with the appraiser the unit structure suggests. With a template, its RHK, indicators and expectations are copied.</source>
        <translation>SKP draf dibuat untuk setiap pegawai aktif di unit yang belum mempunyai SKP tahun itu, dengan pejabat penilai sesuai struktur unit. Bila memakai contoh, RHK, indikator dan ekspektasinya ikut disalin.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Mulai</translation>
    </message>
</context>
<context>
    <name>BundleTableModel</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <source>%1 programme(s) in the catalogue.</source>
        <translation>%1 program di katalog.</translation>
    </message>
    <message>
        <source>Training catalogue</source>
        <translation>Katalog pelatihan</translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>Hapus program</translation>
    </message>
    <message>
        <source>Delete the programme “%1” from the catalogue? Only a programme no session uses can be deleted.</source>
        <translation>Hapus program “%1” dari katalog? Hanya program yang belum dipakai sesi mana pun yang dapat dihapus.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select a programme first.</source>
        <translation>Pilih program dahulu.</translation>
    </message>
    <message>
        <source>The programme is inactive; activate it first.</source>
        <translation>Program ini nonaktif; aktifkan dahulu.</translation>
    </message>
    <message>
        <source>Acti&amp;vate</source>
        <translation>Akti&amp;fkan</translation>
    </message>
    <message>
        <source>Deacti&amp;vate</source>
        <translation>Nonakti&amp;fkan</translation>
    </message>
    <message>
        <source>Used by %1 session(s): deactivate it instead.</source>
        <translation>Dipakai %1 sesi: nonaktifkan saja.</translation>
    </message>
    <message>
        <source>Find a programme by name or code</source>
        <translation>Cari program menurut nama atau kode</translation>
    </message>
    <message>
        <source>Find a programme</source>
        <translation>Cari program</translation>
    </message>
    <message>
        <source>Show &amp;inactive programmes</source>
        <translation>Tampilkan program &amp;nonaktif</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>Program &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Open a &amp;session…</source>
        <translation>Buka &amp;sesi…</translation>
    </message>
    <message>
        <source>Training programmes</source>
        <translation>Program pelatihan</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>Your password was set by an admin. Choose your own password before you continue.</source>
        <translation>Kata sandi Anda dibuat oleh admin. Buat kata sandi Anda sendiri sebelum melanjutkan.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Kata sandi &amp;saat ini:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Ulangi kata sandi baru:</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>minimal 8 karakter</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Keluar akun</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Ganti kata sandi</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Kedua kata sandi baru tidak sama.</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Move &amp;up</source>
        <translation>Naik&amp;kan</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Turunkan</translation>
    </message>
    <message>
        <source>&amp;Default columns</source>
        <translation>Kolom &amp;bawaan</translation>
    </message>
    <message>
        <source>Columns to print</source>
        <translation>Kolom yang dicetak</translation>
    </message>
    <message>
        <source>Tick the columns to print; drag to change their order.</source>
        <translation>Centang kolom yang dicetak; seret untuk mengubah urutannya.</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <source>Completion and certificate</source>
        <translation>Kelulusan dan sertifikat</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 JP). Completing credits the JP to the employee&apos;s record.</source>
        <translation>%1 — %2 (%3 JP). Kelulusan mencatat JP ke riwayat pegawai.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ConflictMergeDialog</name>
    <message>
        <source>Edit the merged values — %1</source>
        <translation>Sunting nilai gabungan — %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Nilai gabungan</translation>
    </message>
    <message>
        <source>The other office&apos;s value</source>
        <translation>Nilai kantor lain</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Alasan (boleh kosong)</translation>
    </message>
    <message>
        <source>Save merged values</source>
        <translation>Simpan nilai gabungan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Terdeteksi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Keep this office&apos;s value</source>
        <translation>Pakai nilai kantor ini</translation>
    </message>
    <message>
        <source>Take the incoming value</source>
        <translation>Ambil yang masuk</translation>
    </message>
    <message>
        <source>Edit merged…</source>
        <translation>Sunting gabungan…</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Konflik yang perlu ditinjau</translation>
    </message>
    <message>
        <source>Values side by side</source>
        <translation>Nilai berdampingan</translation>
    </message>
    <message>
        <source>No conflict to review. Choose one on the left when there are.</source>
        <translation>Tidak ada konflik untuk ditinjau. Bila ada, pilih salah satu di kiri.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 (%3). Detected when the bundle from %4 was imported.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 (%3). Terdeteksi saat bundel dari %4 diimpor.</translation>
    </message>
    <message>
        <source>Here (%1)</source>
        <translation>Di sini (%1)</translation>
    </message>
    <message>
        <source>Incoming (%1)</source>
        <translation>Yang masuk (%1)</translation>
    </message>
    <message>
        <source> — stands now</source>
        <translation> — berlaku sekarang</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Conflict not resolved</source>
        <translation>Konflik tidak diselesaikan</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct a final SKP</source>
        <translation>Koreksi SKP final</translation>
    </message>
    <message>
        <source>A final SKP changes only through a correction: the reason and the fields changed go into the audit log.</source>
        <translation>SKP final hanya dapat diubah melalui koreksi: alasan dan isian yang diubah dicatat di log audit.</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Koreksi</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Memenuhi target</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Di bawah target</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Sangat Baik</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Needs improvement</source>
        <translation>Butuh Perbaikan</translation>
    </message>
    <message>
        <source>Poor/misconduct</source>
        <translation>Kurang/Misconduct</translation>
    </message>
    <message>
        <source>Very poor</source>
        <translation>Sangat Kurang</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Golongan %1</source>
        <translation>Golongan %1</translation>
    </message>
    <message>
        <source>Age %1, %2</source>
        <translation>Usia %1, %2</translation>
    </message>
    <message>
        <source>Retiring in %1</source>
        <translation>Pensiun tahun %1</translation>
    </message>
    <message>
        <source>%1: 20-JP target met in %2</source>
        <translation>%1: memenuhi target 20 JP tahun %2</translation>
    </message>
    <message>
        <source>%1: below the 20-JP target in %2</source>
        <translation>%1: di bawah target 20 JP tahun %2</translation>
    </message>
    <message>
        <source>%1: rated %2 in %3</source>
        <translation>%1: predikat %2 tahun %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>tanpa unit kerja</translation>
    </message>
    <message>
        <source>%1 employees on duty · counted at %2 · click a bar to see the employees</source>
        <translation>%1 pegawai aktif · dihitung pukul %2 · klik batang untuk melihat pegawainya</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Kantor:</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Semua kantor</translation>
    </message>
    <message>
        <source>JP &amp;year:</source>
        <translation>&amp;Tahun JP:</translation>
    </message>
    <message>
        <source>Year of the 20-JP chart</source>
        <translation>Tahun grafik 20 JP</translation>
    </message>
    <message>
        <source>SKP y&amp;ear:</source>
        <translation>Tahun &amp;SKP:</translation>
    </message>
    <message>
        <source>Year of the predikat chart</source>
        <translation>Tahun grafik predikat</translation>
    </message>
    <message>
        <source>&amp;Count again</source>
        <translation>&amp;Hitung ulang</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Per unit kerja</translation>
    </message>
    <message>
        <source>Employees by golongan</source>
        <translation>Pegawai per golongan</translation>
    </message>
    <message>
        <source>Age pyramid</source>
        <translation>Piramida usia</translation>
    </message>
    <message>
        <source>Retirements in the next five years</source>
        <translation>Pensiun lima tahun ke depan</translation>
    </message>
    <message>
        <source>Employees per office</source>
        <translation>Pegawai per kantor</translation>
    </message>
    <message>
        <source>Employees per unit</source>
        <translation>Pegawai per unit kerja</translation>
    </message>
    <message>
        <source>20-JP target per office, %1</source>
        <translation>Capaian 20 JP per kantor, %1</translation>
    </message>
    <message>
        <source>20-JP target per unit, %1</source>
        <translation>Capaian 20 JP per unit kerja, %1</translation>
    </message>
    <message>
        <source>Performance ratings per office, %1</source>
        <translation>Predikat kinerja per kantor, %1</translation>
    </message>
    <message>
        <source>Performance ratings per unit, %1</source>
        <translation>Predikat kinerja per unit kerja, %1</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Jumlah pegawai</translation>
    </message>
    <message>
        <source>20 JP</source>
        <translation>20 JP</translation>
    </message>
    <message>
        <source>Performance ratings</source>
        <translation>Predikat kinerja</translation>
    </message>
    <message>
        <source>%1 employees without a birth date or sex are not shown.</source>
        <translation>%1 pegawai tanpa tanggal lahir atau jenis kelamin tidak ditampilkan.</translation>
    </message>
    <message>
        <source>Only employees with a yearly JP minimum are counted.</source>
        <translation>Hanya pegawai yang memiliki target JP minimal tahunan yang dihitung.</translation>
    </message>
    <message>
        <source>No SKP of %1 has been rated yet.</source>
        <translation>Belum ada SKP tahun %1 yang dinilai.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>%1: that day does not exist in the calendar.</source>
        <translation>%1: tanggal itu tidak ada di kalender.</translation>
    </message>
    <message>
        <source>%1 is not a date; write day-month-year, e.g. 15-03-1985.</source>
        <translation>%1 bukan tanggal; tulis hari-bulan-tahun, mis. 15-03-1985.</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>hh-bb-tttt</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>Pilih dari kalender</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Objection: %1
An accepted objection may change the ratings (leave them empty to keep them); on a final SKP the change is logged as a correction.</source>
        <translation>Keberatan: %1
Keberatan yang diterima dapat mengubah rating (kosongkan untuk tetap); pada SKP final perubahan dicatat sebagai koreksi.</translation>
    </message>
    <message>
        <source>Decide the objection</source>
        <translation>Putuskan keberatan</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Putuskan</translation>
    </message>
</context>
<context>
    <name>DeleteReasonDialog</name>
    <message>
        <source>&amp;Reason (kept with the deleted record):</source>
        <translation>&amp;Alasan (disimpan bersama data yang dihapus):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Write the reason first (at least %1 characters).</source>
        <translation>Tulis alasannya dulu (minimal %1 karakter).</translation>
    </message>
</context>
<context>
    <name>EmployeeDataTab</name>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Belum ada yang diubah.</translation>
    </message>
    <message>
        <source>Not ready to save; check: %1</source>
        <translation>Belum bisa disimpan; periksa: %1</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Menyimpan</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Simpan perubahan</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Batalkan perubahan</translation>
    </message>
    <message>
        <source>&amp;Reload the record</source>
        <translation>&amp;Muat ulang data</translation>
    </message>
</context>
<context>
    <name>EmployeeDetailPanel</name>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Delete employee</source>
        <translation>Hapus pegawai</translation>
    </message>
    <message>
        <source>Delete %1? The record is kept as deleted with your reason and can be restored; it leaves every list and report.</source>
        <translation>Hapus %1? Data disimpan sebagai terhapus beserta alasan Anda dan dapat dipulihkan; data tidak lagi muncul di daftar dan laporan.</translation>
    </message>
    <message>
        <source>&amp;Delete employee</source>
        <translation>&amp;Hapus pegawai</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Pilih foto</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>%1 is not a picture Qt can read (use JPEG or PNG).</source>
        <translation>%1 bukan gambar yang dapat dibaca (gunakan JPEG atau PNG).</translation>
    </message>
    <message>
        <source>JPEG or PNG; a big photo is made smaller to fit 200 KB.</source>
        <translation>JPEG atau PNG; foto yang besar diperkecil otomatis agar muat 200 KB.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Data pribadi</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <source>‹ &amp;Employee list</source>
        <translation>‹ &amp;Daftar pegawai</translation>
    </message>
    <message>
        <source>Change &amp;photo…</source>
        <translation>Ganti &amp;foto…</translation>
    </message>
    <message>
        <source>Delete employee…</source>
        <translation>Hapus pegawai…</translation>
    </message>
    <message>
        <source>Training counted for the yearly JP, newest first. Recorded on the Training page.</source>
        <translation>Pelatihan yang dihitung untuk JP tahunan, terbaru di atas. Dicatat di halaman Pelatihan.</translation>
    </message>
    <message>
        <source>Performance appraisals (SKP), newest year first. Recorded on the Performance page.</source>
        <translation>Penilaian kinerja (SKP), tahun terbaru di atas. Dicatat di halaman Kinerja.</translation>
    </message>
    <message>
        <source>Employee record</source>
        <translation>Data pegawai</translation>
    </message>
</context>
<context>
    <name>EmployeeFilterBar</name>
    <message>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <source>Golongan %1 (all)</source>
        <translation>Golongan %1 (semua)</translation>
    </message>
    <message>
        <source>PPPK (all)</source>
        <translation>PPPK (semua)</translation>
    </message>
    <message>
        <source>All golongan</source>
        <translation>Semua golongan</translation>
    </message>
    <message>
        <source>JPT (all levels)</source>
        <translation>JPT (semua tingkat)</translation>
    </message>
    <message>
        <source>Functional (all)</source>
        <translation>Fungsional (semua)</translation>
    </message>
    <message>
        <source>All kinds of position</source>
        <translation>Semua jenis jabatan</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit kerja:</translation>
    </message>
    <message>
        <source>&amp;Golongan:</source>
        <translation>&amp;Golongan:</translation>
    </message>
    <message>
        <source>Posi&amp;tion:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>J&amp;enis:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Name, NIP or NIK — type to filter</source>
        <translation>Nama, NIP atau NIK — ketik untuk menyaring</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Kosongkan pencarian</translation>
    </message>
    <message>
        <source>with sub-units</source>
        <translation>termasuk sub-unit</translation>
    </message>
    <message>
        <source>Include sub-units</source>
        <translation>Termasuk sub-unit</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>Tampilkan yang dihapus</translation>
    </message>
    <message>
        <source>Show deleted employees</source>
        <translation>Tampilkan pegawai yang dihapus</translation>
    </message>
    <message>
        <source>List the deleted employees instead of the current ones, to restore one.</source>
        <translation>Tampilkan pegawai yang sudah dihapus (bukan pegawai yang ada), untuk memulihkan salah satunya.</translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation>&amp;Hapus saringan</translation>
    </message>
</context>
<context>
    <name>EmployeeHeader</name>
    <message>
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
    <message>
        <source>No NIP recorded</source>
        <translation>NIP belum dicatat</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Dihapus: %1</translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation>, TMT %1</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 tahun</translation>
    </message>
    <message>
        <source>(for salary: %1)</source>
        <translation>(MKG: %1)</translation>
    </message>
    <message>
        <source>BUP %1</source>
        <translation>BUP %1</translation>
    </message>
    <message>
        <source>BUP %1 years, TMT pensiun %2</source>
        <translation>BUP %1 tahun, TMT pensiun %2</translation>
    </message>
    <message>
        <source>Golongan:</source>
        <translation>Golongan:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit kerja:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Masa kerja:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Usia:</translation>
    </message>
    <message>
        <source>Retirement:</source>
        <translation>Pensiun:</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>No photo on record</source>
        <translation>Belum ada foto</translation>
    </message>
</context>
<context>
    <name>EmployeeLabels</name>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Unpaid leave (CLTN)</source>
        <translation>CLTN</translation>
    </message>
    <message>
        <source>Study assignment</source>
        <translation>Tugas belajar</translation>
    </message>
    <message>
        <source>Temporarily dismissed</source>
        <translation>Diberhentikan sementara</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Pensiun</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Meninggal</translation>
    </message>
    <message>
        <source>Left the service</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Pindah keluar</translation>
    </message>
    <message>
        <source>On the payroll</source>
        <translation>Masih dalam dinas</translation>
    </message>
    <message>
        <source>No longer on duty</source>
        <translation>Tidak lagi dalam dinas</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Husband</source>
        <translation>Suami</translation>
    </message>
    <message>
        <source>Wife</source>
        <translation>Istri</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Ayah</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Ibu</translation>
    </message>
    <message>
        <source>Father-in-law</source>
        <translation>Ayah mertua</translation>
    </message>
    <message>
        <source>Mother-in-law</source>
        <translation>Ibu mertua</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Saudara kandung</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Menikah</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Cerai</translation>
    </message>
    <message>
        <source>Biological child</source>
        <translation>Anak kandung</translation>
    </message>
    <message>
        <source>Stepchild</source>
        <translation>Anak tiri</translation>
    </message>
    <message>
        <source>Adopted child</source>
        <translation>Anak angkat</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ringan</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Berat</translation>
    </message>
    <message>
        <source>At school (up to SLTA)</source>
        <translation>Semasa SLTA ke bawah</translation>
    </message>
    <message>
        <source>At university</source>
        <translation>Semasa di perguruan tinggi</translation>
    </message>
    <message>
        <source>As a civil servant</source>
        <translation>Selama menjadi pegawai</translation>
    </message>
    <message>
        <source>Our training</source>
        <translation>Pelatihan kantor ini</translation>
    </message>
    <message>
        <source>Recorded elsewhere</source>
        <translation>Dicatat dari luar</translation>
    </message>
    <message>
        <source>Appointment as CPNS</source>
        <translation>Pengangkatan CPNS</translation>
    </message>
    <message>
        <source>Appointment as PNS</source>
        <translation>Pengangkatan PNS</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Reguler</translation>
    </message>
    <message>
        <source>By choice (functional position)</source>
        <translation>Pilihan (jabatan fungsional)</translation>
    </message>
    <message>
        <source>By choice (structural post)</source>
        <translation>Pilihan (jabatan struktural)</translation>
    </message>
    <message>
        <source>Adjusted to a new diploma</source>
        <translation>Penyesuaian ijazah</translation>
    </message>
    <message>
        <source>First appointment</source>
        <translation>Pengangkatan pertama</translation>
    </message>
    <message>
        <source>Up one level</source>
        <translation>Kenaikan jenjang</translation>
    </message>
    <message>
        <source>Post renamed</source>
        <translation>Penyesuaian nomenklatur</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Mutasi</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promosi</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotasi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>%1 yr %2 mo</source>
        <translation>%1 tahun %2 bulan</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 pegawai</translation>
    </message>
</context>
<context>
    <name>EmployeePickerDialog</name>
    <message>
        <source>%1 employee(s) shown</source>
        <translation>%1 pegawai ditampilkan</translation>
    </message>
    <message>
        <source>Type a name or NIP…</source>
        <translation>Ketik nama atau NIP…</translation>
    </message>
    <message>
        <source>Search employees</source>
        <translation>Cari pegawai</translation>
    </message>
    <message>
        <source>Only the chosen unit</source>
        <translation>Hanya unit kerja terpilih</translation>
    </message>
    <message>
        <source>Employees found</source>
        <translation>Pegawai yang ditemukan</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>EmployeeRecordDialog</name>
    <message>
        <source>Checking the input…</source>
        <translation>Memeriksa isian…</translation>
    </message>
    <message>
        <source>Not ready to save; check: %1</source>
        <translation>Belum bisa disimpan; periksa: %1</translation>
    </message>
</context>
<context>
    <name>EmployeeRestore</name>
    <message>
        <source>Restore employee</source>
        <translation>Pulihkan pegawai</translation>
    </message>
    <message>
        <source>Restore %1? The employee comes back into every list and report, with the histories recorded before the delete; the restore reaches the other offices with the next sync bundle.</source>
        <translation>Pulihkan %1? Pegawai ini kembali muncul di semua daftar dan laporan, beserta riwayat yang tercatat sebelum dihapus; pemulihan ini sampai ke kantor lain bersama paket sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>&amp;Alasan (disimpan di log audit):</translation>
    </message>
</context>
<context>
    <name>EmployeeTableModel</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Retirement (TMT)</source>
        <translation>TMT pensiun</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Golongan since (TMT)</source>
        <translation>TMT golongan</translation>
    </message>
    <message>
        <source>Rank (pangkat)</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>L/P</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>already a participant</source>
        <translation>sudah menjadi peserta</translation>
    </message>
    <message>
        <source>More than %1 employees match; narrow the filter (unit, position, type) and add them in parts.</source>
        <translation>Lebih dari %1 pegawai cocok; persempit saringan (unit, jabatan, jenis) dan tambahkan bertahap.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 ditambahkan.</translation>
    </message>
    <message>
        <source>%1 already enrolled.</source>
        <translation>%1 sudah terdaftar.</translation>
    </message>
    <message>
        <source>… and %1 more not added.</source>
        <translation>… dan %1 lainnya tidak ditambahkan.</translation>
    </message>
    <message>
        <source>Add the &amp;selected (%1)</source>
        <translation>Tambahkan yang &amp;dipilih (%1)</translation>
    </message>
    <message>
        <source>Add &amp;all %1 found</source>
        <translation>Tambahkan &amp;semua %1 hasil</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>%1 employees match; the first %2 are listed.</source>
        <translation>%1 pegawai cocok; %2 pertama ditampilkan.</translation>
    </message>
    <message>
        <source>%1 employees match.</source>
        <translation>%1 pegawai cocok.</translation>
    </message>
    <message>
        <source>Add participants</source>
        <translation>Tambah peserta</translation>
    </message>
    <message>
        <source>%1 enrolled, no seat limit</source>
        <translation>%1 terdaftar, tanpa batas kursi</translation>
    </message>
    <message>
        <source>%1 of %2 seats taken</source>
        <translation>%1 dari %2 kursi terisi</translation>
    </message>
    <message>
        <source>Session: %1 (%2). Filter the personnel list, then add the selected employees or everyone found.</source>
        <translation>Sesi: %1 (%2). Saring daftar pegawai, lalu tambahkan pegawai yang dipilih atau semua hasil pencarian.</translation>
    </message>
    <message>
        <source>Only those &amp;below the JP target in</source>
        <translation>Hanya yang &amp;belum memenuhi target JP tahun</translation>
    </message>
    <message>
        <source>Only those below the JP target</source>
        <translation>Hanya yang belum memenuhi target JP</translation>
    </message>
    <message>
        <source>Year of the JP target</source>
        <translation>Tahun target JP</translation>
    </message>
    <message>
        <source>Employees found</source>
        <translation>Pegawai yang ditemukan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <source>Predikat: %1</source>
        <translation>Predikat: %1</translation>
    </message>
    <message>
        <source>Predikat: choose both ratings</source>
        <translation>Predikat: pilih kedua rating</translation>
    </message>
    <message>
        <source>Save the evaluation</source>
        <translation>Simpan penilaian</translation>
    </message>
    <message>
        <source>&amp;Save evaluation</source>
        <translation>&amp;Simpan penilaian</translation>
    </message>
    <message>
        <source>Periodic &amp;evaluation…</source>
        <translation>Penilaian &amp;periodik…</translation>
    </message>
    <message>
        <source>No open periodic period for this year (see Periods).</source>
        <translation>Tidak ada periode periodik yang dibuka untuk tahun ini (lihat tab Periode).</translation>
    </message>
    <message>
        <source>Organisation result on the final SKP: %1</source>
        <translation>Capaian organisasi pada SKP final: %1</translation>
    </message>
    <message>
        <source>the whole office</source>
        <translation>seluruh kantor</translation>
    </message>
    <message>
        <source>Organisation result of the unit: %1 (set for %2)</source>
        <translation>Capaian organisasi unit: %1 (ditetapkan untuk %2)</translation>
    </message>
    <message>
        <source>No organisation result is recorded for %1 yet.</source>
        <translation>Capaian organisasi tahun %1 belum diisi.</translation>
    </message>
    <message>
        <source>Annual evaluation by the appraiser</source>
        <translation>Penilaian akhir tahun oleh pejabat penilai</translation>
    </message>
    <message>
        <source>Work results:</source>
        <translation>Hasil kerja:</translation>
    </message>
    <message>
        <source>Work behaviour:</source>
        <translation>Perilaku kerja:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Notes and recommendations</source>
        <translation>Catatan dan rekomendasi</translation>
    </message>
    <message>
        <source>Work results</source>
        <translation>Hasil kerja</translation>
    </message>
    <message>
        <source>Work behaviour</source>
        <translation>Perilaku kerja</translation>
    </message>
    <message>
        <source>Periodic evaluations</source>
        <translation>Penilaian periodik</translation>
    </message>
</context>
<context>
    <name>ExternalTab</name>
    <message>
        <source>%1 employee(s) found.</source>
        <translation>%1 pegawai ditemukan.</translation>
    </message>
    <message>
        <source>Remove training record</source>
        <translation>Hapus riwayat pelatihan</translation>
    </message>
    <message>
        <source>Remove “%1” (%2 JP) from the employee&apos;s record?</source>
        <translation>Hapus “%1” (%2 JP) dari riwayat pegawai?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Find an employee on the left.</source>
        <translation>Cari pegawai di sebelah kiri.</translation>
    </message>
    <message>
        <source>JP in %1: %2 (our sessions %3, elsewhere %4)</source>
        <translation>JP tahun %1: %2 (sesi kantor %3, di luar %4)</translation>
    </message>
    <message>
        <source>Find and select an employee first.</source>
        <translation>Cari dan pilih pegawai dahulu.</translation>
    </message>
    <message>
        <source>Select a training record first.</source>
        <translation>Pilih riwayat pelatihan dahulu.</translation>
    </message>
    <message>
        <source>Name, NIP or NIK of the employee</source>
        <translation>Nama, NIP atau NIK pegawai</translation>
    </message>
    <message>
        <source>Find an employee</source>
        <translation>Cari pegawai</translation>
    </message>
    <message>
        <source>Employees found</source>
        <translation>Pegawai yang ditemukan</translation>
    </message>
    <message>
        <source>Training attended elsewhere</source>
        <translation>Pelatihan di luar kantor</translation>
    </message>
    <message>
        <source>&amp;Record training…</source>
        <translation>&amp;Catat pelatihan…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Hapus…</translation>
    </message>
</context>
<context>
    <name>ExternalTrainingDialog</name>
    <message>
        <source>Record training attended elsewhere</source>
        <translation>Catat pelatihan yang diikuti di luar</translation>
    </message>
    <message>
        <source>Change training attended elsewhere</source>
        <translation>Ubah pelatihan yang diikuti di luar</translation>
    </message>
    <message>
        <source>Employee: %1. The JP counts in the year of the last day (else the first day, else the year written).</source>
        <translation>Pegawai: %1. JP dihitung pada tahun hari terakhir (atau hari pertama, atau tahun yang ditulis).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Continuous feedback</source>
        <translation>Umpan balik berkelanjutan</translation>
    </message>
    <message>
        <source>Feedback given during the year, based on evidence. Leave &quot;About&quot; empty for feedback on the whole SKP.</source>
        <translation>Umpan balik sepanjang tahun berdasarkan bukti dukung. Kosongkan &quot;Tentang&quot; untuk umpan balik atas seluruh SKP.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>Name with titles</source>
        <translation>Nama dengan gelar</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>18 digits; empty outside the civil service</source>
        <translation>18 angka; kosong bila bukan ASN</translation>
    </message>
    <message>
        <source>Rank, grade</source>
        <translation>Pangkat, golongan</translation>
    </message>
    <message>
        <source>18 digits, e.g. 19850315 201001 2 003</source>
        <translation>18 angka, mis. 19850315 201001 2 003</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>16 digits of the KTP</source>
        <translation>16 angka pada KTP</translation>
    </message>
    <message>
        <source>Title before the name</source>
        <translation>Gelar depan</translation>
    </message>
    <message>
        <source>Name (without titles)</source>
        <translation>Nama (tanpa gelar)</translation>
    </message>
    <message>
        <source>Title after the name</source>
        <translation>Gelar belakang</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Agama</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Golongan darah</translation>
    </message>
    <message>
        <source>Old NIP (9 digits)</source>
        <translation>NIP lama (9 angka)</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Kepegawaian</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis pegawai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>TMT status</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Include its sub-units</source>
        <translation>Termasuk sub-unit</translation>
    </message>
    <message>
        <source>Copy the plan of</source>
        <translation>Salin rencana dari</translation>
    </message>
    <message>
        <source>Organisation result</source>
        <translation>Capaian organisasi</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulir</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>TMT CPNS</source>
        <translation>TMT CPNS</translation>
    </message>
    <message>
        <source>SK CPNS number</source>
        <translation>Nomor SK CPNS</translation>
    </message>
    <message>
        <source>SK CPNS date</source>
        <translation>Tanggal SK CPNS</translation>
    </message>
    <message>
        <source>TMT PNS</source>
        <translation>TMT PNS</translation>
    </message>
    <message>
        <source>SK PNS number</source>
        <translation>Nomor SK PNS</translation>
    </message>
    <message>
        <source>SK PNS date</source>
        <translation>Tanggal SK PNS</translation>
    </message>
    <message>
        <source>Basic training certificate (STTPL)</source>
        <translation>Nomor STTPL</translation>
    </message>
    <message>
        <source>STTPL date</source>
        <translation>Tanggal STTPL</translation>
    </message>
    <message>
        <source>Employee card (Karpeg)</source>
        <translation>Nomor Karpeg</translation>
    </message>
    <message>
        <source>Spouse card (Karis/Karsu)</source>
        <translation>Nomor Karis/Karsu</translation>
    </message>
    <message>
        <source>TASPEN number</source>
        <translation>Nomor TASPEN</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>BPJS number</source>
        <translation>Nomor BPJS</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Alamat dan kontak</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Village (kelurahan/desa)</source>
        <translation>Kelurahan/desa</translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Regency or city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kode pos</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Description (for the DRH)</source>
        <translation>Keterangan badan (untuk DRH)</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Tinggi badan (cm)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Berat badan (kg)</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>Rambut</translation>
    </message>
    <message>
        <source>Face shape</source>
        <translation>Bentuk muka</translation>
    </message>
    <message>
        <source>Skin colour</source>
        <translation>Warna kulit</translation>
    </message>
    <message>
        <source>Distinguishing marks</source>
        <translation>Ciri-ciri khas</translation>
    </message>
    <message>
        <source>Disabilities</source>
        <translation>Cacat tubuh</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>Hobi</translation>
    </message>
    <message>
        <source>SK number</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <source>SK date</source>
        <translation>Tanggal SK</translation>
    </message>
    <message>
        <source>Signed by (official)</source>
        <translation>Pejabat penanda tangan</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>Name of the training</source>
        <translation>Nama pelatihan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Form of training</source>
        <translation>Bentuk pelatihan</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Class (angkatan)</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <source>When and how long</source>
        <translation>Waktu dan lama</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Hari pertama</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Hari terakhir</translation>
    </message>
    <message>
        <source>only when the dates are unknown</source>
        <translation>hanya bila tanggal tidak diketahui</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Diterima tanggal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Kepuasan (1–5)</translation>
    </message>
    <message>
        <source>About the unit</source>
        <translation>Tentang unit kerja</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Isi umpan balik</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>DP3 element scores (0–100)</source>
        <translation>Nilai unsur DP3 (0–100)</translation>
    </message>
    <message>
        <source>Loyalty (kesetiaan)</source>
        <translation>Kesetiaan</translation>
    </message>
    <message>
        <source>Work achievement (prestasi kerja)</source>
        <translation>Prestasi kerja</translation>
    </message>
    <message>
        <source>Responsibility (tanggung jawab)</source>
        <translation>Tanggung jawab</translation>
    </message>
    <message>
        <source>Obedience (ketaatan)</source>
        <translation>Ketaatan</translation>
    </message>
    <message>
        <source>Honesty (kejujuran)</source>
        <translation>Kejujuran</translation>
    </message>
    <message>
        <source>Cooperation (kerjasama)</source>
        <translation>Kerjasama</translation>
    </message>
    <message>
        <source>Initiative (prakarsa)</source>
        <translation>Prakarsa</translation>
    </message>
    <message>
        <source>Leadership (kepemimpinan)</source>
        <translation>Kepemimpinan</translation>
    </message>
    <message>
        <source>only for those who lead</source>
        <translation>hanya bagi yang memimpin</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>SKP score</source>
        <translation>Nilai SKP</translation>
    </message>
    <message>
        <source>Behaviour score (average)</source>
        <translation>Nilai perilaku (rata-rata)</translation>
    </message>
    <message>
        <source>Predikat as printed</source>
        <translation>Predikat sesuai dokumen</translation>
    </message>
    <message>
        <source>Behaviour element scores (PP 46/2011, optional)</source>
        <translation>Nilai unsur perilaku (PP 46/2011, boleh kosong)</translation>
    </message>
    <message>
        <source>Service orientation</source>
        <translation>Orientasi pelayanan</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integritas</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disiplin</translation>
    </message>
    <message>
        <source>Teamwork</source>
        <translation>Kerja sama</translation>
    </message>
    <message>
        <source>only for structural officials</source>
        <translation>hanya bagi pejabat struktural</translation>
    </message>
    <message>
        <source>Appraisers</source>
        <translation>Pejabat penilai</translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation>Pejabat penilai</translation>
    </message>
    <message>
        <source>Appraiser&apos;s NIP</source>
        <translation>NIP pejabat penilai</translation>
    </message>
    <message>
        <source>Appraiser&apos;s superior</source>
        <translation>Atasan pejabat penilai</translation>
    </message>
    <message>
        <source>Superior&apos;s NIP</source>
        <translation>NIP atasan pejabat penilai</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potensial</translation>
    </message>
    <message>
        <source>Performance (empty: from the SKP)</source>
        <translation>Kinerja (kosong: dari SKP)</translation>
    </message>
    <message>
        <source>Assessment score (0–100)</source>
        <translation>Skor asesmen (0–100)</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Tanggal asesmen</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>TMT (effective date)</source>
        <translation>TMT</translation>
    </message>
    <message>
        <source>Kind of promotion</source>
        <translation>Jenis kenaikan pangkat</translation>
    </message>
    <message>
        <source>reguler, pilihan, penyesuaian ijazah…</source>
        <translation>reguler, pilihan, penyesuaian ijazah…</translation>
    </message>
    <message>
        <source>BKN approval (pertek) number</source>
        <translation>Nomor pertek BKN</translation>
    </message>
    <message>
        <source>BKN approval (pertek) date</source>
        <translation>Tanggal pertek BKN</translation>
    </message>
    <message>
        <source>Service for salary: years</source>
        <translation>MKG (tahun)</translation>
    </message>
    <message>
        <source>Service for salary: months</source>
        <translation>MKG (bulan)</translation>
    </message>
    <message>
        <source>Basic salary (Rp)</source>
        <translation>Gaji pokok (Rp)</translation>
    </message>
    <message>
        <source>Main credit points</source>
        <translation>Angka kredit utama</translation>
    </message>
    <message>
        <source>Additional credit points</source>
        <translation>Angka kredit tambahan</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Dasar peraturan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Kind of position</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <source>Level (functional positions)</source>
        <translation>Jenjang (jabatan fungsional)</translation>
    </message>
    <message>
        <source>Jabatan name</source>
        <translation>Nama jabatan</translation>
    </message>
    <message>
        <source>e.g. Analis Kepegawaian</source>
        <translation>mis. Analis Kepegawaian</translation>
    </message>
    <message>
        <source>Kind of jabatan</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <source>Level (JF)</source>
        <translation>Jenjang (JF)</translation>
    </message>
    <message>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <source>Retirement age (BUP)</source>
        <translation>Batas usia pensiun (BUP)</translation>
    </message>
    <message>
        <source>Kelas jabatan</source>
        <translation>Kelas jabatan</translation>
    </message>
    <message>
        <source>1 to 17</source>
        <translation>1 sampai 17</translation>
    </message>
    <message>
        <source>Pelaksana category</source>
        <translation>Kategori pelaksana</translation>
    </message>
    <message>
        <source>SIASN code</source>
        <translation>Kode SIASN</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>boleh kosong</translation>
    </message>
    <message>
        <source>Active (offered in pick lists)</source>
        <translation>Aktif (muncul di daftar pilihan)</translation>
    </message>
    <message>
        <source>e.g. III.a</source>
        <translation>mis. III.a</translation>
    </message>
    <message>
        <source>Agency (outside this office)</source>
        <translation>Instansi (di luar kantor ini)</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>type to search the catalogue</source>
        <translation>ketik untuk mencari di katalog</translation>
    </message>
    <message>
        <source>Sworn in on</source>
        <translation>Tanggal pelantikan</translation>
    </message>
    <message>
        <source>Kind of move</source>
        <translation>Jenis mutasi</translation>
    </message>
    <message>
        <source>promosi, rotasi, mutasi masuk…</source>
        <translation>promosi, rotasi, mutasi masuk…</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <source>School or university</source>
        <translation>Sekolah/perguruan tinggi</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Jurusan</translation>
    </message>
    <message>
        <source>Prior work (where, as what)</source>
        <translation>Pengalaman kerja (di mana, sebagai apa)</translation>
    </message>
    <message>
        <source>Counted: years</source>
        <translation>Masa kerja diakui (tahun)</translation>
    </message>
    <message>
        <source>Counted: months</source>
        <translation>Masa kerja diakui (bulan)</translation>
    </message>
    <message>
        <source>BKN approval number</source>
        <translation>Nomor persetujuan BKN</translation>
    </message>
    <message>
        <source>BKN approval date</source>
        <translation>Tanggal persetujuan BKN</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Masa penilaian mulai</translation>
    </message>
    <message>
        <source>Period until</source>
        <translation>Masa penilaian sampai</translation>
    </message>
    <message>
        <source>Supporting credit points</source>
        <translation>Angka kredit penunjang</translation>
    </message>
    <message>
        <source>Total credit points</source>
        <translation>Jumlah angka kredit</translation>
    </message>
    <message>
        <source>empty: main + supporting</source>
        <translation>kosong: utama + penunjang</translation>
    </message>
    <message>
        <source>SK (PAK) number</source>
        <translation>Nomor SK (PAK)</translation>
    </message>
    <message>
        <source>First credit points</source>
        <translation>Angka kredit pertama</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integrasi</translation>
    </message>
    <message>
        <source>Conversion of the yearly predikat</source>
        <translation>Konversi predikat kinerja tahunan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>study, training, official visit…</source>
        <translation>belajar, pelatihan, kunjungan dinas…</translation>
    </message>
    <message>
        <source>Length of stay</source>
        <translation>Lamanya</translation>
    </message>
    <message>
        <source>e.g. 2 minggu</source>
        <translation>mis. 2 minggu</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Yang membiayai</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Nama organisasi</translation>
    </message>
    <message>
        <source>Position in it</source>
        <translation>Kedudukan dalam organisasi</translation>
    </message>
    <message>
        <source>Its leader</source>
        <translation>Nama pimpinan</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Certificate (ijazah) number</source>
        <translation>Nomor ijazah</translation>
    </message>
    <message>
        <source>Graduated on</source>
        <translation>Tanggal lulus</translation>
    </message>
    <message>
        <source>Year of graduation</source>
        <translation>Tahun lulus</translation>
    </message>
    <message>
        <source>Signed by (head of school)</source>
        <translation>Nama kepala sekolah/rektor</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Luar negeri</translation>
    </message>
    <message>
        <source>Education at appointment</source>
        <translation>Pendidikan saat pengangkatan</translation>
    </message>
    <message>
        <source>Highest recognised education</source>
        <translation>Pendidikan terakhir (diakui)</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>short, lowercase, e.g. kawin</source>
        <translation>singkat, huruf kecil, mis. kawin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Order in the list</source>
        <translation>Urutan dalam daftar</translation>
    </message>
    <message>
        <source>Kind of training</source>
        <translation>Jenis pelatihan</translation>
    </message>
    <message>
        <source>NIP (if a civil servant)</source>
        <translation>NIP (bila ASN)</translation>
    </message>
    <message>
        <source>Married on</source>
        <translation>Tanggal nikah</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Receives family allowance</source>
        <translation>Mendapat tunjangan</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Nama penghargaan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Awarded by</source>
        <translation>Pemberi</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>Jenis hukuman</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Work result rating</source>
        <translation>Rating hasil kerja</translation>
    </message>
    <message>
        <source>Work behaviour rating</source>
        <translation>Rating perilaku kerja</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Notes / recommendations</source>
        <translation>Catatan/rekomendasi</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Alasan koreksi</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Diajukan tanggal</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Keberatan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>New work result rating</source>
        <translation>Rating hasil kerja baru</translation>
    </message>
    <message>
        <source>New work behaviour rating</source>
        <translation>Rating perilaku kerja baru</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Diputus oleh</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Duration: years</source>
        <translation>Masa hukuman (tahun)</translation>
    </message>
    <message>
        <source>Duration: months</source>
        <translation>Masa hukuman (bulan)</translation>
    </message>
    <message>
        <source>Old basic salary (Rp)</source>
        <translation>Gaji pokok lama (Rp)</translation>
    </message>
    <message>
        <source>New basic salary (Rp)</source>
        <translation>Gaji pokok baru (Rp)</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 bukan bilangan bulat.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 bukan angka.</translation>
    </message>
    <message>
        <source>Completed the training</source>
        <translation>Lulus pelatihan</translation>
    </message>
    <message>
        <source>JP credited</source>
        <translation>JP diakui</translation>
    </message>
    <message>
        <source>empty: the session&apos;s JP</source>
        <translation>kosong: JP sesi</translation>
    </message>
    <message>
        <source>Why a different JP</source>
        <translation>Alasan JP berbeda</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Nomor sertifikat</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Tanggal sertifikat</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Nama program</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>optional, e.g. BT-SKP</source>
        <translation>boleh kosong, mis. BT-SKP</translation>
    </message>
    <message>
        <source>Default JP</source>
        <translation>JP baku</translation>
    </message>
    <message>
        <source>lesson hours of 45 minutes</source>
        <translation>jam pelajaran @ 45 menit</translation>
    </message>
    <message>
        <source>Competency area</source>
        <translation>Bidang kompetensi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Judul sesi</translation>
    </message>
    <message>
        <source>empty: the programme&apos;s name</source>
        <translation>kosong: nama program</translation>
    </message>
    <message>
        <source>e.g. II</source>
        <translation>mis. II</translation>
    </message>
    <message>
        <source>empty: the programme&apos;s JP</source>
        <translation>kosong: JP program</translation>
    </message>
    <message>
        <source>empty: the programme&apos;s organiser</source>
        <translation>kosong: penyelenggara program</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>empty: no limit</source>
        <translation>kosong: tidak dibatasi</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Pendekatan</translation>
    </message>
    <message>
        <source>RHK kind</source>
        <translation>Jenis RHK</translation>
    </message>
    <message>
        <source>Leader&apos;s RHK (from the list)</source>
        <translation>RHK pimpinan (dari daftar)</translation>
    </message>
    <message>
        <source>Leader&apos;s RHK (typed in)</source>
        <translation>RHK pimpinan (diketik)</translation>
    </message>
    <message>
        <source>Work plan (RHK)</source>
        <translation>Rencana hasil kerja (RHK)</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Penugasan dari</translation>
    </message>
    <message>
        <source>e.g. Kepala Bidang Pembinaan SMP</source>
        <translation>mis. Kepala Bidang Pembinaan SMP</translation>
    </message>
    <message>
        <source>Perspective (JPT)</source>
        <translation>Perspektif (JPT)</translation>
    </message>
    <message>
        <source>e.g. Penerima Layanan</source>
        <translation>mis. Penerima Layanan</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspek</translation>
    </message>
    <message>
        <source>Individual performance indicator (IKI)</source>
        <translation>Indikator kinerja individu (IKI)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>e.g. 120 berkas, 95%, Desember</source>
        <translation>mis. 120 berkas, 95%, Desember</translation>
    </message>
    <message>
        <source>Realisation</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Evidence (bukti dukung)</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Diberikan oleh</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Nama unit kerja</translation>
    </message>
    <message>
        <source>e.g. Bidang Pembinaan SMP</source>
        <translation>mis. Bidang Pembinaan SMP</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nama singkat</translation>
    </message>
    <message>
        <source>optional, e.g. Bid. SMP</source>
        <translation>boleh kosong, mis. Bid. SMP</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>Jenis unit</translation>
    </message>
    <message>
        <source>Eselon of its head</source>
        <translation>Eselon kepala unit</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <source>0 = by name</source>
        <translation>0 = menurut nama</translation>
    </message>
    <message>
        <source>SIASN unor id</source>
        <translation>ID unor SIASN</translation>
    </message>
    <message>
        <source>optional, from the SIASN export</source>
        <translation>boleh kosong, dari ekspor SIASN</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>First administrator</source>
        <translation>Administrator pertama</translation>
    </message>
    <message>
        <source>This database of %1 has no user yet. Create the first administrator: this account adds the other users and keeps the office keys.</source>
        <translation>Basis data %1 belum memiliki pengguna. Buat administrator pertama: akun ini menambahkan pengguna lain dan memegang kunci kantor.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>e.g. admin.bkpsdm</source>
        <translation>mis. admin.bkpsdm</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>minimal 8 karakter</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>&amp;Buat administrator</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Add %1</source>
        <translation>Tambah %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <source>Employee: %1</source>
        <translation>Pegawai: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Delete %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <source>Delete the selected %1 of %2? It stays in the audit log and in the deleted records.</source>
        <translation>Hapus %1 yang dipilih milik %2? Data tetap tercatat di log audit dan di data terhapus.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Select a row in the table first.</source>
        <translation>Pilih dulu satu baris di tabel.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
</context>
<context>
    <name>HistoryTabs</name>
    <message>
        <source>Rank</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>riwayat pangkat</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>position</source>
        <translation>riwayat jabatan</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>education</source>
        <translation>riwayat pendidikan</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>family member</source>
        <translation>anggota keluarga</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Penghargaan</translation>
    </message>
    <message>
        <source>award</source>
        <translation>penghargaan</translation>
    </message>
    <message>
        <source>Disciplinary sanctions</source>
        <translation>Hukuman disiplin</translation>
    </message>
    <message>
        <source>disciplinary sanction</source>
        <translation>hukuman disiplin</translation>
    </message>
    <message>
        <source>Periodic raises (KGB)</source>
        <translation>KGB</translation>
    </message>
    <message>
        <source>periodic raise</source>
        <translation>riwayat KGB</translation>
    </message>
    <message>
        <source>Prior service (PMK)</source>
        <translation>PMK</translation>
    </message>
    <message>
        <source>recognised prior service</source>
        <translation>peninjauan masa kerja</translation>
    </message>
    <message>
        <source>Credit points</source>
        <translation>Angka kredit</translation>
    </message>
    <message>
        <source>credit point assessment</source>
        <translation>riwayat angka kredit</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Luar negeri</translation>
    </message>
    <message>
        <source>stay abroad</source>
        <translation>pengalaman ke luar negeri</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>organisation membership</source>
        <translation>keanggotaan organisasi</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Prepare the SK for the periodic raise.</source>
        <translation>Siapkan SK kenaikan gaji berkala.</translation>
    </message>
    <message>
        <source>Check the records before next month.</source>
        <translation>Periksa datanya sebelum bulan depan.</translation>
    </message>
    <message>
        <source>Propose the promotions in SIASN in time.</source>
        <translation>Usulkan kenaikan pangkat di SIASN tepat waktu.</translation>
    </message>
    <message>
        <source>Start the pension files early.</source>
        <translation>Siapkan berkas pensiun sejak awal.</translation>
    </message>
    <message>
        <source>Plan training for these employees.</source>
        <translation>Rencanakan pelatihan bagi pegawai ini.</translation>
    </message>
    <message>
        <source>Remind the appraisers.</source>
        <translation>Ingatkan pejabat penilai.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Tidak ada yang jatuh tempo.</translation>
    </message>
    <message>
        <source>%1 employees on duty · counted at %2</source>
        <translation>%1 pegawai dalam dinas · dihitung pukul %2</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Welcome, %1 — %2</source>
        <translation>Selamat datang, %1 — %2</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>&amp;Count again</source>
        <translation>&amp;Hitung ulang</translation>
    </message>
</context>
<context>
    <name>ImportCountsTableModel</name>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>New indicator</source>
        <translation>Indikator baru</translation>
    </message>
    <message>
        <source>Change indicator</source>
        <translation>Ubah indikator</translation>
    </message>
    <message>
        <source>Indicator of: %1</source>
        <translation>Indikator untuk: %1</translation>
    </message>
    <message>
        <source>Quantitative approach: every indicator needs a target.</source>
        <translation>Pendekatan kuantitatif: setiap indikator wajib diberi target.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>IntakeApplyPage</name>
    <message>
        <source>Backing up the database, then saving %1 rows…</source>
        <translation>Mencadangkan basis data, lalu menyimpan %1 baris…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Selesai.</translation>
    </message>
    <message>
        <source>The employee list already shows the imported data.</source>
        <translation>Daftar pegawai sudah menampilkan data yang diimpor.</translation>
    </message>
    <message>
        <source>The import stopped.</source>
        <translation>Impor terhenti.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>%1 new employees, %2 employees updated, %3 history records added.</source>
        <translation>%1 pegawai baru, %2 pegawai diperbarui, %3 riwayat dicatat.</translation>
    </message>
    <message>
        <source>%1 new work units and %2 new positions were added.</source>
        <translation>%1 unit kerja baru dan %2 jabatan baru ditambahkan.</translation>
    </message>
    <message>
        <source>%1 rows with problems were not imported.</source>
        <translation>%1 baris bermasalah tidak diimpor.</translation>
    </message>
    <message>
        <source>Backup taken before the import: %1</source>
        <translation>Cadangan sebelum impor: %1</translation>
    </message>
    <message>
        <source>Apply and result</source>
        <translation>Terapkan dan hasil</translation>
    </message>
    <message>
        <source>The good rows are saved in one go: if anything stops the import, nothing is changed.</source>
        <translation>Baris yang benar disimpan sekaligus: bila impor terhenti, tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>&amp;Export rows with problems…</source>
        <translation>&amp;Ekspor baris bermasalah…</translation>
    </message>
</context>
<context>
    <name>IntakeExport</name>
    <message>
        <source>Export rows with problems</source>
        <translation>Ekspor baris bermasalah</translation>
    </message>
    <message>
        <source>to fix</source>
        <translation>untuk diperbaiki</translation>
    </message>
    <message>
        <source>%1 rows written to %2. Fix them there and import that file again.</source>
        <translation>%1 baris ditulis ke %2. Perbaiki di sana lalu impor berkas itu lagi.</translation>
    </message>
</context>
<context>
    <name>IntakeFilePage</name>
    <message>
        <source>Choose the file to import</source>
        <translation>Pilih berkas yang akan diimpor</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>Read file</source>
        <translation>Baca berkas</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Pembacaan berkas dibatalkan.</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>lembar “%1”</translation>
    </message>
    <message>
        <source>CSV, separated by “%1”</source>
        <translation>CSV, pemisah “%1”</translation>
    </message>
    <message>
        <source>%1: %2 data rows and %3 columns (%4; column names in row %5).</source>
        <translation>%1: %2 baris data dan %3 kolom (%4; nama kolom di baris %5).</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Pilih berkas</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file, for example the “Export Data ASN” file downloaded from SIASN.</source>
        <translation>Buku kerja Excel (.xlsx) atau berkas CSV, misalnya berkas “Export Data ASN” yang diunduh dari SIASN.</translation>
    </message>
    <message>
        <source>Columns are recognised by their names, in any order. Rows are matched with employees by NIP: new employees are added, existing ones get the values that changed, and an empty cell never erases stored data. Nothing is changed until you press Apply after the preview.</source>
        <translation>Kolom dikenali dari namanya, urutannya bebas. Baris dicocokkan dengan pegawai melalui NIP: pegawai baru ditambahkan, pegawai yang sudah ada mendapat nilai yang berubah, dan sel kosong tidak pernah menghapus data tersimpan. Tidak ada yang berubah sebelum Anda menekan Terapkan setelah pratinjau.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>Add work units the organisation tree does not have yet</source>
        <translation>Tambahkan unit kerja yang belum ada di struktur organisasi</translation>
    </message>
    <message>
        <source>Add positions the position catalogue does not have yet</source>
        <translation>Tambahkan jabatan yang belum ada di katalog jabatan</translation>
    </message>
</context>
<context>
    <name>IntakeMappingPage</name>
    <message>
        <source>SIASN column</source>
        <translation>Kolom SIASN</translation>
    </message>
    <message>
        <source>Known column name</source>
        <translation>Nama kolom dikenal</translation>
    </message>
    <message>
        <source>Guess — please check</source>
        <translation>Tebakan — mohon periksa</translation>
    </message>
    <message>
        <source>Remembered from an earlier import</source>
        <translation>Diingat dari impor sebelumnya</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Pilihan Anda</translation>
    </message>
    <message>
        <source>Review column (ignored)</source>
        <translation>Kolom tinjauan (diabaikan)</translation>
    </message>
    <message>
        <source>Not recognised (ignored)</source>
        <translation>Tidak dikenal (diabaikan)</translation>
    </message>
    <message>
        <source>— Employee —</source>
        <translation>— Data pegawai —</translation>
    </message>
    <message>
        <source>— Golongan record —</source>
        <translation>— Riwayat golongan —</translation>
    </message>
    <message>
        <source>— Position and work unit —</source>
        <translation>— Jabatan dan unit kerja —</translation>
    </message>
    <message>
        <source>— Education record —</source>
        <translation>— Riwayat pendidikan —</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom di berkas</translation>
    </message>
    <message>
        <source>Example values</source>
        <translation>Contoh isi</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Dibaca sebagai</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Keyakinan</translation>
    </message>
    <message>
        <source>Read column %1 as</source>
        <translation>Baca kolom %1 sebagai</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(abaikan kolom ini)</translation>
    </message>
    <message>
        <source>%1 columns are read, %2 ignored.</source>
        <translation>%1 kolom dibaca, %2 diabaikan.</translation>
    </message>
    <message>
        <source>%1 guesses are highlighted: please check them.</source>
        <translation>%1 tebakan ditandai kuning: mohon periksa.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Cocokkan kolom</translation>
    </message>
    <message>
        <source>Check what each column of the file is read as. Highlighted rows are guesses; change any choice with its list.</source>
        <translation>Periksa setiap kolom berkas dibaca sebagai apa. Baris yang ditandai adalah tebakan; ubah pilihan lewat daftarnya.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Kolom-kolom berkas</translation>
    </message>
    <message>
        <source>&amp;Suggest again</source>
        <translation>&amp;Sarankan ulang</translation>
    </message>
    <message>
        <source>Forget the changes and read the column names again</source>
        <translation>Lupakan perubahan dan baca ulang nama-nama kolom</translation>
    </message>
</context>
<context>
    <name>IntakePreviewPage</name>
    <message>
        <source>Checking every row…</source>
        <translation>Memeriksa setiap baris…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>The preview was cancelled; nothing was changed.</source>
        <translation>Pratinjau dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Nothing to apply: every row is unchanged or has a problem.</source>
        <translation>Tidak ada yang dapat diterapkan: setiap baris tidak berubah atau bermasalah.</translation>
    </message>
    <message>
        <source>Nothing new: the data already matches the file.</source>
        <translation>Tidak ada yang baru: data sudah sama dengan berkas.</translation>
    </message>
    <message>
        <source>Apply saves %1 rows.</source>
        <translation>Terapkan akan menyimpan %1 baris.</translation>
    </message>
    <message>
        <source>%1 rows with problems are left out: see the tab “Rows with problems”.</source>
        <translation>%1 baris bermasalah tidak diikutkan: lihat tab “Baris bermasalah”.</translation>
    </message>
    <message>
        <source>New employees (%1)</source>
        <translation>Pegawai baru (%1)</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Perubahan (%1)</translation>
    </message>
    <message>
        <source>New units, positions, golongan (%1)</source>
        <translation>Unit, jabatan, golongan baru (%1)</translation>
    </message>
    <message>
        <source>Rows with problems (%1)</source>
        <translation>Baris bermasalah (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Catatan (%1)</translation>
    </message>
    <message>
        <source>What the import would do. Nothing has been changed yet.</source>
        <translation>Yang akan dilakukan impor ini. Belum ada yang diubah.</translation>
    </message>
    <message>
        <source>new employees</source>
        <translation>pegawai baru</translation>
    </message>
    <message>
        <source>employees with changes</source>
        <translation>pegawai berubah</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <source>rows with problems</source>
        <translation>baris bermasalah</translation>
    </message>
    <message>
        <source>Rows with problems are not imported. Export them, fix the cells in Excel and import that file again.</source>
        <translation>Baris bermasalah tidak diimpor. Ekspor, perbaiki selnya di Excel, lalu impor berkas itu lagi.</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Ekspor ke Excel…</translation>
    </message>
    <message>
        <source>&amp;Run the preview again</source>
        <translation>&amp;Ulangi pratinjau</translation>
    </message>
    <message>
        <source>Preview details</source>
        <translation>Rincian pratinjau</translation>
    </message>
</context>
<context>
    <name>IntakeTables</name>
    <message>
        <source>Golongan record</source>
        <translation>Riwayat golongan</translation>
    </message>
    <message>
        <source>Position record</source>
        <translation>Riwayat jabatan</translation>
    </message>
    <message>
        <source>Education record</source>
        <translation>Riwayat pendidikan</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>di bawah %1</translation>
    </message>
    <message>
        <source>(from the name — check)</source>
        <translation>(dari namanya — periksa)</translation>
    </message>
    <message>
        <source>new golongan record</source>
        <translation>riwayat golongan baru</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Records added</source>
        <translation>Riwayat dicatat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Menjadi</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Langkah %1 dari %2: %3</translation>
    </message>
    <message>
        <source>Import employees from Excel or SIASN</source>
        <translation>Impor pegawai dari Excel atau SIASN</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Terapkan</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <source>Choose a backup file</source>
        <translation>Pilih berkas cadangan</translation>
    </message>
    <message>
        <source>SIMPEG backups (*.db);;All files (*)</source>
        <translation>Cadangan SIMPEG (*.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Buka basis data lain</translation>
    </message>
    <message>
        <source>SIMPEG databases (*.db);;All files (*)</source>
        <translation>Basis data SIMPEG (*.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Basis data rusak</translation>
    </message>
    <message>
        <source>SIMPEG found damage in the database %1, so it was not opened: working on it could lose more data. Restore the latest good backup (the damaged file is kept beside it for a technician, nothing is deleted), open another database, or quit.</source>
        <translation>SIMPEG menemukan kerusakan pada basis data %1, sehingga basis data itu tidak dibuka: bekerja dengannya dapat menghilangkan lebih banyak data. Pulihkan cadangan terakhir yang baik (berkas yang rusak disimpan di sebelahnya untuk diperiksa teknisi, tidak ada yang dihapus), buka basis data lain, atau keluar.</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Rincian teknis: %1</translation>
    </message>
    <message>
        <source>&amp;Backups of this database (newest first):</source>
        <translation>&amp;Cadangan basis data ini (terbaru di atas):</translation>
    </message>
    <message>
        <source>No backup of this database was found in its backup folder; choose a backup file if you have one.</source>
        <translation>Tidak ada cadangan basis data ini di folder cadangannya; pilih berkas cadangan bila Anda memilikinya.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup</source>
        <translation>&amp;Pulihkan cadangan terpilih</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Pulihkan dari &amp;berkas…</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>B&amp;uka basis data lain…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
</context>
<context>
    <name>IntegrityStartup</name>
    <message>
        <source>Checking the database</source>
        <translation>Memeriksa basis data</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Memeriksa %1…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Memulihkan</translation>
    </message>
    <message>
        <source>The database was restored from the backup. The damaged file was kept as %1 for a technician.</source>
        <translation>Basis data telah dipulihkan dari cadangan. Berkas yang rusak disimpan sebagai %1 untuk diperiksa teknisi.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Dipulihkan</translation>
    </message>
</context>
<context>
    <name>JabatanDialog</name>
    <message>
        <source>choose the level first</source>
        <translation>pilih jenjangnya dahulu</translation>
    </message>
    <message>
        <source>by rule: %1</source>
        <translation>menurut aturan: %1</translation>
    </message>
    <message>
        <source>New jabatan</source>
        <translation>Jabatan baru</translation>
    </message>
    <message>
        <source>Change jabatan</source>
        <translation>Ubah jabatan</translation>
    </message>
    <message>
        <source>An entry of the province&apos;s shared catalogue: it goes to every office with the next bundle.</source>
        <translation>Entri katalog bersama provinsi: dikirim ke semua kantor bersama paket sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>An entry of this office&apos;s own catalogue, for a local post.</source>
        <translation>Entri katalog milik kantor ini, untuk jabatan setempat.</translation>
    </message>
    <message>
        <source>Leave the BUP empty unless the jabatan&apos;s own law sets another age (guru 60, dosen 65).</source>
        <translation>Kosongkan BUP kecuali undang-undang jabatan itu menetapkan usia lain (guru 60, dosen 65).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>JabatanPicker</name>
    <message>
        <source>Taken from the jabatan catalogue.</source>
        <translation>Diambil dari katalog jabatan.</translation>
    </message>
    <message>
        <source>From the jabatan catalogue (%1 entries to choose from).</source>
        <translation>Dari katalog jabatan (%1 jabatan untuk dipilih).</translation>
    </message>
    <message>
        <source>%1 catalogue entries contain this text: choose one from the list, or keep the name as typed.</source>
        <translation>%1 jabatan di katalog memuat teks ini: pilih salah satu dari daftar, atau biarkan nama seperti yang diketik.</translation>
    </message>
    <message>
        <source>Not in the jabatan catalogue: saved as typed; choose the kind of position yourself.</source>
        <translation>Tidak ada di katalog jabatan: disimpan seperti yang diketik; pilih sendiri jenis jabatannya.</translation>
    </message>
    <message>
        <source>Type part of the name to search the jabatan catalogue.</source>
        <translation>Ketik sebagian nama untuk mencari di katalog jabatan.</translation>
    </message>
</context>
<context>
    <name>JabatanTab</name>
    <message>
        <source>%1 jabatan: %2 from the province&apos;s catalogue, %3 of this office.</source>
        <translation>%1 jabatan: %2 dari katalog provinsi, %3 milik kantor ini.</translation>
    </message>
    <message>
        <source>%1 shown.</source>
        <translation>%1 ditampilkan.</translation>
    </message>
    <message>
        <source>Only the first %1 are listed; choose a kind to narrow the list.</source>
        <translation>Hanya %1 yang pertama ditampilkan; pilih jenis jabatan untuk mempersempit daftar.</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Semua jenis jabatan</translation>
    </message>
    <message>
        <source>Select a jabatan first.</source>
        <translation>Pilih jabatan dahulu.</translation>
    </message>
    <message>
        <source>This jabatan is part of the province&apos;s shared catalogue; only the provincial data steward changes it. Add an entry of your own office for a local post.</source>
        <translation>Jabatan ini bagian katalog bersama provinsi; hanya Pengelola Data Provinsi yang mengubahnya. Untuk jabatan setempat, tambahkan entri milik kantor Anda sendiri.</translation>
    </message>
    <message>
        <source>This entry belongs to office %1; only that office changes it.</source>
        <translation>Entri ini milik kantor %1; hanya kantor itu yang mengubahnya.</translation>
    </message>
    <message>
        <source>Jabatan catalogue</source>
        <translation>Katalog jabatan</translation>
    </message>
    <message>
        <source>Acti&amp;vate</source>
        <translation>Akti&amp;fkan</translation>
    </message>
    <message>
        <source>Deacti&amp;vate</source>
        <translation>Nonakti&amp;fkan</translation>
    </message>
    <message>
        <source>Find a jabatan by name</source>
        <translation>Cari jabatan menurut nama</translation>
    </message>
    <message>
        <source>Find a jabatan</source>
        <translation>Cari jabatan</translation>
    </message>
    <message>
        <source>Kind of jabatan</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <source>Show &amp;inactive entries</source>
        <translation>Tampilkan yang &amp;nonaktif</translation>
    </message>
    <message>
        <source>&amp;New jabatan…</source>
        <translation>&amp;Jabatan baru…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ubah…</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>The file system reported a problem: %1</source>
        <translation>Sistem berkas melaporkan masalah: %1</translation>
    </message>
    <message>
        <source>Unexpected error (%1). The details were written to the log.</source>
        <translation>Terjadi kesalahan tak terduga (%1). Rinciannya dicatat di berkas log.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>JpTab</name>
    <message>
        <source>All units</source>
        <translation>Seluruh unit kerja</translation>
    </message>
    <message>
        <source>20-JP recap</source>
        <translation>Rekap 20 JP</translation>
    </message>
    <message>
        <source>20-JP recap %1</source>
        <translation>Rekap 20 JP %1</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Ekspor ke Excel</translation>
    </message>
    <message>
        <source>JP recap %1</source>
        <translation>Rekap JP %1</translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation>%1 baris diekspor ke %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 employees with a JP minimum met it (%4); %5 are below. %6 JP in all for %7 employees.</source>
        <translation>%1: %2 dari %3 pegawai wajib JP sudah memenuhi target (%4); %5 belum. Seluruhnya %6 JP untuk %7 pegawai.</translation>
    </message>
    <message>
        <source>Choose a unit above to see its employees.</source>
        <translation>Pilih unit kerja di atas untuk melihat pegawainya.</translation>
    </message>
    <message>
        <source>Employees of %1 below the target in %2</source>
        <translation>Pegawai %1 yang belum memenuhi target tahun %2</translation>
    </message>
    <message>
        <source>Employees of %1 in %2</source>
        <translation>Pegawai %1 tahun %2</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Belum ada yang ditampilkan.</translation>
    </message>
    <message>
        <source>Choose a unit first.</source>
        <translation>Pilih unit kerja dahulu.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit kerja:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Only those &amp;below the target</source>
        <translation>Hanya yang &amp;belum memenuhi target</translation>
    </message>
    <message>
        <source>&amp;Print the recap…</source>
        <translation>&amp;Cetak rekap…</translation>
    </message>
    <message>
        <source>Print the &amp;employee list…</source>
        <translation>Cetak daftar &amp;pegawai…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;kspor ke Excel…</translation>
    </message>
    <message>
        <source>JP per unit</source>
        <translation>JP per unit kerja</translation>
    </message>
    <message>
        <source>JP per employee</source>
        <translation>JP per pegawai</translation>
    </message>
    <message>
        <source>The JP of a training counts in the year of its last day.</source>
        <translation>JP pelatihan dihitung pada tahun hari terakhirnya.</translation>
    </message>
</context>
<context>
    <name>LegacyDialog</name>
    <message>
        <source>Old appraisal of %1 (%2), as on paper or in SIASN: DP3 until 2013, PP 46/2011 for 2014–2020, PermenPANRB 8/2021 for 2021. Totals and ratings are computed.</source>
        <translation>Penilaian lama %1 (%2), sesuai dokumen atau SIASN: DP3 sampai 2013, PP 46/2011 untuk 2014–2020, PermenPANRB 8/2021 untuk 2021. Jumlah dan sebutan dihitung otomatis.</translation>
    </message>
    <message>
        <source>Old appraisal score</source>
        <translation>Nilai penilaian lama</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <source>%1 entries.</source>
        <translation>%1 entri.</translation>
    </message>
    <message>
        <source>These texts are set by regulation; they are not changed here.</source>
        <translation>Teks ini ditetapkan peraturan; tidak diubah di sini.</translation>
    </message>
    <message>
        <source>Select an entry first.</source>
        <translation>Pilih entri dahulu.</translation>
    </message>
    <message>
        <source>Acti&amp;vate</source>
        <translation>Akti&amp;fkan</translation>
    </message>
    <message>
        <source>Deacti&amp;vate</source>
        <translation>Nonakti&amp;fkan</translation>
    </message>
    <message>
        <source>Reference lists</source>
        <translation>Daftar referensi</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Reference list</source>
        <translation>Daftar referensi</translation>
    </message>
    <message>
        <source>BerAKHLAK core values</source>
        <translation>Nilai dasar BerAKHLAK</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — SIMPEG Luring</source>
        <translation>Masuk — SIMPEG Luring</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Demo office: pick an account below (click fills the form, double-click logs in). These accounts exist only in the demo database.</source>
        <translation>Kantor demo: pilih akun di bawah (klik mengisi formulir, klik ganda langsung masuk). Akun ini hanya ada di basis data demo.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Akun demo</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Isi nama pengguna Anda.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Isi kata sandi Anda.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SIMPEG Luring — %1</source>
        <translation>SIMPEG Luring — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Ganti &amp;kata sandi…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Keluar akun</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Tutup aplikasi</translation>
    </message>
    <message>
        <source>&amp;Import from Excel/SIASN…</source>
        <translation>&amp;Impor dari Excel/SIASN…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Baru</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Cancel edit</source>
        <translation>B&amp;atalkan perubahan</translation>
    </message>
    <message>
        <source>&amp;About SIMPEG Luring</source>
        <translation>&amp;Tentang SIMPEG Luring</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Kinerja</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Users &amp;&amp; Audit</source>
        <translation>Pengguna &amp;&amp; Audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <source>All units</source>
        <translation>Seluruh unit kerja</translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation>Kebutuhan pengembangan</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Ekspor ke Excel</translation>
    </message>
    <message>
        <source>Training needs %1</source>
        <translation>Kebutuhan pengembangan %1</translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation>%1 baris diekspor ke %2</translation>
    </message>
    <message>
        <source>No development need found for this year.</source>
        <translation>Tidak ditemukan kebutuhan pengembangan untuk tahun ini.</translation>
    </message>
    <message>
        <source>%1 employees: %2 below the JP target, %3 with low work results, %4 with low work behaviour, %5 without the programme their position needs.</source>
        <translation>%1 pegawai: %2 belum memenuhi target JP, %3 hasil kerja di bawah ekspektasi, %4 perilaku kerja di bawah ekspektasi, %5 belum mengikuti pelatihan yang dibutuhkan jabatannya.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit kerja:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Below the JP target</source>
        <translation>Belum memenuhi target JP</translation>
    </message>
    <message>
        <source>Work results below expectation</source>
        <translation>Hasil kerja di bawah ekspektasi</translation>
    </message>
    <message>
        <source>Behaviour (BerAKHLAK) below expectation</source>
        <translation>Perilaku (BerAKHLAK) di bawah ekspektasi</translation>
    </message>
    <message>
        <source>Programme for the position missing</source>
        <translation>Belum mengikuti pelatihan jabatan</translation>
    </message>
    <message>
        <source>Every reason</source>
        <translation>Semua alasan</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;kspor ke Excel…</translation>
    </message>
</context>
<context>
    <name>NewEmployeeDialog</name>
    <message>
        <source>New employee</source>
        <translation>Pegawai baru</translation>
    </message>
    <message>
        <source>Fill in the identity and employment data. The histories (rank, position, education, family…) are added on the employee&apos;s record after saving.</source>
        <translation>Isi data identitas dan kepegawaian. Riwayat (pangkat, jabatan, pendidikan, keluarga…) ditambahkan pada data pegawai setelah disimpan.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>NewOfficeDialog</name>
    <message>
        <source>New office database</source>
        <translation>Basis data kantor baru</translation>
    </message>
    <message>
        <source>No database was found on this computer. Choose the office this computer works for; its database is created at %1 with the offices and reference data of Jambi province. The first administrator is created next.</source>
        <translation>Belum ada basis data di komputer ini. Pilih kantor tempat komputer ini bekerja; basis datanya dibuat di %1 beserta data kantor dan referensi Provinsi Jambi. Setelah itu administrator pertama dibuat.</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Kantor:</translation>
    </message>
    <message>
        <source>choose the office</source>
        <translation>pilih kantor</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>&amp;Buat basis data</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Choose the office first.</source>
        <translation>Pilih kantor dahulu.</translation>
    </message>
</context>
<context>
    <name>NewSkpDialog</name>
    <message>
        <source>Employee of the new SKP</source>
        <translation>Pegawai untuk SKP baru</translation>
    </message>
    <message>
        <source>No employee chosen yet.</source>
        <translation>Belum ada pegawai yang dipilih.</translation>
    </message>
    <message>
        <source>Choose &amp;employee…</source>
        <translation>Pilih &amp;pegawai…</translation>
    </message>
    <message>
        <source>New SKP</source>
        <translation>SKP baru</translation>
    </message>
    <message>
        <source>The appraising official and the superior are taken from the unit structure; change them on the Plan tab if needed.</source>
        <translation>Pejabat penilai dan atasannya diambil dari struktur unit kerja; ubah di tab Rencana bila perlu.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Buat</translation>
    </message>
</context>
<context>
    <name>NineBox</name>
    <message>
        <source>Box %1</source>
        <translation>Kotak %1</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 orang</translation>
    </message>
    <message>
        <source>Performance ↓</source>
        <translation>Kinerja ↓</translation>
    </message>
    <message>
        <source>Potential →</source>
        <translation>Potensial →</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <source>Objection (keberatan)</source>
        <translation>Keberatan</translation>
    </message>
    <message>
        <source>%1 objects to the evaluation; the appraiser&apos;s superior decides.</source>
        <translation>%1 mengajukan keberatan atas penilaian; atasan pejabat penilai yang memutuskan.</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Ajukan</translation>
    </message>
</context>
<context>
    <name>OfficialDialog</name>
    <message>
        <source>No employee chosen yet.</source>
        <translation>Belum ada pegawai yang dipilih.</translation>
    </message>
    <message>
        <source>Choose the official</source>
        <translation>Pilih pejabat</translation>
    </message>
    <message>
        <source>The unit structure suggests nobody: choose an employee or type the official in.</source>
        <translation>Struktur unit kerja tidak menunjuk siapa pun: pilih pegawai atau ketik identitas pejabat.</translation>
    </message>
    <message>
        <source>An employee of this office</source>
        <translation>Pegawai kantor ini</translation>
    </message>
    <message>
        <source>Someone outside the database</source>
        <translation>Di luar basis data</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Choose &amp;employee…</source>
        <translation>Pilih &amp;pegawai…</translation>
    </message>
    <message>
        <source>As the &amp;structure suggests</source>
        <translation>Sesuai &amp;struktur</translation>
    </message>
    <message>
        <source>Appraising official (pejabat penilai kinerja)</source>
        <translation>Pejabat penilai kinerja</translation>
    </message>
    <message>
        <source>Appraiser&apos;s superior (atasan pejabat penilai)</source>
        <translation>Atasan pejabat penilai kinerja</translation>
    </message>
    <message>
        <source>The identity is printed on the SKP and the evaluation as it is saved now.</source>
        <translation>Identitas dicetak pada SKP dan evaluasi sebagaimana disimpan sekarang.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>OrgLabels</name>
    <message>
        <source>Regional secretariat</source>
        <translation>Sekretariat Daerah</translation>
    </message>
    <message>
        <source>DPRD secretariat</source>
        <translation>Sekretariat DPRD</translation>
    </message>
    <message>
        <source>Inspectorate</source>
        <translation>Inspektorat</translation>
    </message>
    <message>
        <source>Department (dinas)</source>
        <translation>Dinas</translation>
    </message>
    <message>
        <source>Agency (badan)</source>
        <translation>Badan</translation>
    </message>
    <message>
        <source>Office (kantor)</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Urban village (kelurahan)</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Section (bagian)</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Division (bidang)</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Sekretariat</translation>
    </message>
    <message>
        <source>Sub-section (subbagian)</source>
        <translation>Subbagian</translation>
    </message>
    <message>
        <source>Unit (seksi)</source>
        <translation>Seksi</translation>
    </message>
    <message>
        <source>Technical unit (UPT)</source>
        <translation>UPT</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Sekolah</translation>
    </message>
    <message>
        <source>Health centre (puskesmas)</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Rumah sakit</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Clerical (klerek)</source>
        <translation>Klerek</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Technician (teknisi)</source>
        <translation>Teknisi</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Klasikal</translation>
    </message>
    <message>
        <source>Non-classroom</source>
        <translation>Nonklasikal</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
</context>
<context>
    <name>OrgResultDialog</name>
    <message>
        <source>Organisation result</source>
        <translation>Capaian kinerja organisasi</translation>
    </message>
    <message>
        <source>The capaian kinerja organisasi of a unit for a year (empty unit: the whole office). Sub-units without their own take the nearest one above; it is printed on the evaluation and checks the spread of predikat.</source>
        <translation>Capaian kinerja organisasi sebuah unit untuk satu tahun (unit kosong: seluruh kantor). Sub-unit tanpa capaian sendiri memakai capaian terdekat di atasnya; capaian dicetak pada evaluasi dan dipakai memeriksa sebaran predikat.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>OrgTab</name>
    <message>
        <source>This tree belongs to office %1; only that office may change it.</source>
        <translation>Struktur ini milik kantor %1; hanya kantor itu yang boleh mengubahnya.</translation>
    </message>
    <message>
        <source>Select a unit first.</source>
        <translation>Pilih unit kerja dahulu.</translation>
    </message>
    <message>
        <source>Activate unit</source>
        <translation>Aktifkan unit kerja</translation>
    </message>
    <message>
        <source>Activate “%1” again, with %2 sub-unit(s) below it? It is offered again in the pick lists.</source>
        <translation>Aktifkan lagi “%1” beserta %2 sub-unit di bawahnya? Unit itu kembali muncul di daftar pilihan.</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <source>Deactivate unit</source>
        <translation>Nonaktifkan unit kerja</translation>
    </message>
    <message>
        <source>Deactivate “%1” and the %2 sub-unit(s) below it? Employees and their history keep it; it is no longer offered in the pick lists.</source>
        <translation>Nonaktifkan “%1” beserta %2 sub-unit di bawahnya? Data pegawai dan riwayatnya tetap menyimpannya; unit itu tidak lagi muncul di daftar pilihan.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Hapus unit kerja</translation>
    </message>
    <message>
        <source>Delete the unit “%1”? It is kept as deleted with the reason, and leaves the tree.</source>
        <translation>Hapus unit kerja “%1”? Unit disimpan sebagai terhapus beserta alasannya dan hilang dari struktur.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>“%1” sudah dihapus.</translation>
    </message>
    <message>
        <source>Unit %1 (%2)</source>
        <translation>Unit %1 (%2)</translation>
    </message>
    <message>
        <source>%1 units, %2 of them OPDs (top level).</source>
        <translation>%1 unit kerja, %2 di antaranya OPD (tingkat teratas).</translation>
    </message>
    <message>
        <source>eselon %1</source>
        <translation>eselon %1</translation>
    </message>
    <message>
        <source>%1 on duty here, %2 including sub-units</source>
        <translation>%1 pegawai di unit ini, %2 termasuk sub-unit</translation>
    </message>
    <message>
        <source>%1 sub-unit(s)</source>
        <translation>%1 sub-unit</translation>
    </message>
    <message>
        <source>SIASN id %1</source>
        <translation>ID SIASN %1</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>Acti&amp;vate</source>
        <translation>Akti&amp;fkan</translation>
    </message>
    <message>
        <source>Deacti&amp;vate</source>
        <translation>Nonakti&amp;fkan</translation>
    </message>
    <message>
        <source>Find a unit by name</source>
        <translation>Cari unit kerja menurut nama</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation>Cari unit kerja</translation>
    </message>
    <message>
        <source>Show &amp;inactive units</source>
        <translation>Tampilkan unit &amp;nonaktif</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>The province may look at the tree of any office; only that office changes it.</source>
        <translation>Provinsi boleh melihat struktur setiap kantor; hanya kantor itu yang mengubahnya.</translation>
    </message>
    <message>
        <source>New &amp;OPD…</source>
        <translation>&amp;OPD baru…</translation>
    </message>
    <message>
        <source>Add &amp;sub-unit…</source>
        <translation>Tambah &amp;sub-unit…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Pindahkan…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Show its &amp;employees</source>
        <translation>Lihat &amp;pegawai unit ini</translation>
    </message>
    <message>
        <source>Organisation units</source>
        <translation>Unit organisasi</translation>
    </message>
</context>
<context>
    <name>OrgTreeModel</name>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Incl. sub-units</source>
        <translation>Termasuk sub-unit</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (nonaktif)</translation>
    </message>
    <message>
        <source>%1 on duty in this unit, %2 including its sub-units.</source>
        <translation>%1 pegawai dalam dinas di unit ini, %2 termasuk sub-unitnya.</translation>
    </message>
    <message>
        <source>%1 more record(s) here are no longer on duty (retired, moved out…).</source>
        <translation>%1 data pegawai lain di sini sudah tidak dalam dinas (pensiun, pindah keluar…).</translation>
    </message>
</context>
<context>
    <name>OrgUnitDialog</name>
    <message>
        <source>Change unit</source>
        <translation>Ubah unit kerja</translation>
    </message>
    <message>
        <source>Add sub-unit</source>
        <translation>Tambah sub-unit</translation>
    </message>
    <message>
        <source>New OPD</source>
        <translation>OPD baru</translation>
    </message>
    <message>
        <source>Below: %1.</source>
        <translation>Di bawah: %1.</translation>
    </message>
    <message>
        <source>At the top of the tree (an OPD of the office).</source>
        <translation>Di tingkat teratas struktur (sebuah OPD).</translation>
    </message>
    <message>
        <source>To put it elsewhere, use Move.</source>
        <translation>Untuk memindahkannya, pakai Pindahkan.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>OrgUnitMoveDialog</name>
    <message>
        <source>Moving…</source>
        <translation>Sedang memindahkan…</translation>
    </message>
    <message>
        <source>Choose the new parent unit, or make it an OPD.</source>
        <translation>Pilih unit induk yang baru, atau jadikan OPD.</translation>
    </message>
    <message>
        <source>The unit is already there.</source>
        <translation>Unit itu sudah berada di sana.</translation>
    </message>
    <message>
        <source>Move unit</source>
        <translation>Pindahkan unit kerja</translation>
    </message>
    <message>
        <source>Move “%1” and everything below it. Now: %2.</source>
        <translation>Pindahkan “%1” beserta semua unit di bawahnya. Sekarang: %2.</translation>
    </message>
    <message>
        <source>Find the new parent unit by name</source>
        <translation>Cari unit induk yang baru menurut nama</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation>Cari unit kerja</translation>
    </message>
    <message>
        <source>Make it an &amp;OPD (top of the tree, no parent)</source>
        <translation>Jadikan &amp;OPD (tingkat teratas, tanpa induk)</translation>
    </message>
    <message>
        <source>New parent unit</source>
        <translation>Unit induk baru</translation>
    </message>
    <message>
        <source>&amp;Move here</source>
        <translation>&amp;Pindahkan ke sini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Save the PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Tidak dapat menyimpan: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Disimpan ke %1</translation>
    </message>
    <message>
        <source>%1 page(s) sent to the printer</source>
        <translation>%1 halaman dikirim ke pencetak</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Simpan sebagai…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Selebar layar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>%1 halaman</translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Terakhir dikirim</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Terakhir diterima</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Menunggu konfirmasi</translation>
    </message>
    <message>
        <source>On hold here</source>
        <translation>Ditunda di sini</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sidik jari</translation>
    </message>
</context>
<context>
    <name>PeriodicDialog</name>
    <message>
        <source>Only open periods of %1 are listed; a second evaluation of the same period replaces the first.</source>
        <translation>Hanya periode tahun %1 yang masih dibuka; penilaian kedua untuk periode yang sama menggantikan yang pertama.</translation>
    </message>
    <message>
        <source>Periodic evaluation</source>
        <translation>Penilaian periodik</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>PeriodsDialog</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Row %1: give the first and the last day.</source>
        <translation>Baris %1: isi tanggal mulai dan tanggal akhir.</translation>
    </message>
    <message>
        <source>Evaluation periods</source>
        <translation>Periode penilaian</translation>
    </message>
    <message>
        <source>The periodic evaluations of the year and the annual one (Akhir, 1 January – 31 December). New periods are open; close a period when its evaluations are done.</source>
        <translation>Penilaian periodik dalam setahun dan penilaian akhir (Akhir, 1 Januari – 31 Desember). Periode baru langsung dibuka; tutup periode bila penilaiannya selesai.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Tanggal akhir</translation>
    </message>
    <message>
        <source>Own periods</source>
        <translation>Periode sendiri</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Buat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>PeriodsTab</name>
    <message>
        <source>Open or close the period</source>
        <translation>Buka atau tutup periode</translation>
    </message>
    <message>
        <source>Remove the periods</source>
        <translation>Hapus periode</translation>
    </message>
    <message>
        <source>Remove every period of %1 to choose another scheme? Only possible while no periodic evaluation uses them.</source>
        <translation>Hapus semua periode tahun %1 untuk memilih pola lain? Hanya dapat dilakukan selama belum ada penilaian periodik yang memakainya.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Remove the organisation result</source>
        <translation>Hapus capaian organisasi</translation>
    </message>
    <message>
        <source>Remove the organisation result %1 of %2?</source>
        <translation>Hapus capaian organisasi %1 untuk %2?</translation>
    </message>
    <message>
        <source>the whole office</source>
        <translation>seluruh kantor</translation>
    </message>
    <message>
        <source>&amp;Create periods…</source>
        <translation>&amp;Buat periode…</translation>
    </message>
    <message>
        <source>The periods of this year exist; remove them first to choose another scheme.</source>
        <translation>Periode tahun ini sudah ada; hapus dahulu untuk memilih pola lain.</translation>
    </message>
    <message>
        <source>&amp;Close period</source>
        <translation>&amp;Tutup periode</translation>
    </message>
    <message>
        <source>&amp;Open period</source>
        <translation>B&amp;uka periode</translation>
    </message>
    <message>
        <source>Remove the year&apos;s periods…</source>
        <translation>Hapus periode tahun ini…</translation>
    </message>
    <message>
        <source>&amp;Set result…</source>
        <translation>&amp;Tetapkan capaian…</translation>
    </message>
    <message>
        <source>Remove result…</source>
        <translation>Hapus capaian…</translation>
    </message>
    <message>
        <source>Evaluation periods %1</source>
        <translation>Periode penilaian %1</translation>
    </message>
    <message>
        <source>Organisation result (capaian kinerja organisasi)</source>
        <translation>Capaian kinerja organisasi</translation>
    </message>
    <message>
        <source>Evaluation periods</source>
        <translation>Periode penilaian</translation>
    </message>
    <message>
        <source>Not recorded for %1: the evaluation prints no organisation result and the spread of predikat cannot be checked.</source>
        <translation>Belum diisi untuk %1: evaluasi tidak mencetak capaian organisasi dan sebaran predikat tidak dapat diperiksa.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>— taken from above: this unit has no result of its own.</source>
        <translation>— diambil dari unit di atasnya: unit ini belum mempunyai capaian sendiri.</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <source>Whose appraisal history?</source>
        <translation>Riwayat kinerja siapa?</translation>
    </message>
    <message>
        <source>Remove old score</source>
        <translation>Hapus nilai lama</translation>
    </message>
    <message>
        <source>Remove the %1 score?</source>
        <translation>Hapus nilai tahun %1?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>&amp;Choose employee…</source>
        <translation>Pilih &amp;pegawai…</translation>
    </message>
    <message>
        <source>&amp;Open SKP</source>
        <translation>&amp;Buka SKP</translation>
    </message>
    <message>
        <source>&amp;Add old score…</source>
        <translation>&amp;Tambah nilai lama…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>&amp;Place in the 9-box…</source>
        <translation>Tempatkan di &amp;9-box…</translation>
    </message>
    <message>
        <source>Choose an employee to see their appraisal history.</source>
        <translation>Pilih pegawai untuk melihat riwayat penilaian kinerjanya.</translation>
    </message>
    <message>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <source>Old scores (before 2022)</source>
        <translation>Nilai lama (sebelum 2022)</translation>
    </message>
    <message>
        <source>Talent placements</source>
        <translation>Penempatan talenta</translation>
    </message>
    <message>
        <source>Public feedback</source>
        <translation>Umpan balik masyarakat</translation>
    </message>
</context>
<context>
    <name>PersonnelListPanel</name>
    <message>
        <source>%1 deleted: select one to restore it</source>
        <translation>%1 yang dihapus: pilih satu untuk memulihkannya</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Menampilkan: %1</translation>
    </message>
    <message>
        <source>Select an employee first.</source>
        <translation>Pilih dulu seorang pegawai.</translation>
    </message>
    <message>
        <source>Select a deleted employee first.</source>
        <translation>Pilih dulu pegawai yang dihapus.</translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>Daftarnya kosong.</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Ekspor ke Excel</translation>
    </message>
    <message>
        <source>Employee list</source>
        <translation>Daftar pegawai</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 dari %2 baris</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation>%1 baris diekspor ke %2</translation>
    </message>
    <message>
        <source>&amp;New employee…</source>
        <translation>Pegawai &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;kspor ke Excel…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Pulihkan…</translation>
    </message>
    <message>
        <source>Show the whole list</source>
        <translation>Tampilkan seluruh daftar</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
</context>
<context>
    <name>PersonnelPage</name>
    <message>
        <source>Nothing to save: no employee record has unsaved changes.</source>
        <translation>Tidak ada yang perlu disimpan: tidak ada perubahan data pegawai yang belum disimpan.</translation>
    </message>
</context>
<context>
    <name>PetaJabatanDialog</name>
    <message>
        <source>Row %1: &apos;%2&apos; is not a whole number.</source>
        <translation>Baris %1: &apos;%2&apos; bukan bilangan bulat.</translation>
    </message>
    <message>
        <source>Replace the lines shown with the unit&apos;s present holders?</source>
        <translation>Ganti baris yang tampil dengan pemangku jabatan unit ini sekarang?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <source>Saving the peta jabatan</source>
        <translation>Menyimpan peta jabatan</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Import a peta jabatan</source>
        <translation>Impor peta jabatan</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Membaca %1</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… dan %1 lainnya.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>%1 lines for %2 unit(s) in %3. Their peta jabatan will be replaced by the file&apos;s:
%4</source>
        <translation>%1 baris untuk %2 unit kerja di %3. Peta jabatan unit berikut akan diganti dengan isi berkas:
%4</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <source>Discard the changes to this peta jabatan?</source>
        <translation>Buang perubahan pada peta jabatan ini?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>%1 jabatan, %2 employees needed</source>
        <translation>%1 jabatan, kebutuhan %2 pegawai</translation>
    </message>
    <message>
        <source>, %1 holders now.</source>
        <translation>, %1 pemangku saat ini.</translation>
    </message>
    <message>
        <source>Peta jabatan</source>
        <translation>Peta jabatan</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit kerja:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Jabatan kind</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <source>Kelas</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Holders now</source>
        <translation>Pemangku sekarang</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Planned positions</source>
        <translation>Jabatan yang direncanakan</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Tambah baris</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Hapus baris</translation>
    </message>
    <message>
        <source>&amp;Fill from present holders</source>
        <translation>&amp;Isi dari pemangku sekarang</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>I&amp;mpor dari Excel…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Save the SKP header</source>
        <translation>Simpan kepala SKP</translation>
    </message>
    <message>
        <source>Remove the RHK &quot;%1&quot; with its indicators?</source>
        <translation>Hapus RHK &quot;%1&quot; beserta indikatornya?</translation>
    </message>
    <message>
        <source>Remove the indicator &quot;%1&quot;?</source>
        <translation>Hapus indikator &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Remove from the plan</source>
        <translation>Hapus dari rencana</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Save &amp;header</source>
        <translation>Simpan &amp;kepala</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Add RHK &amp;utama…</source>
        <translation>Tambah RHK &amp;utama…</translation>
    </message>
    <message>
        <source>Add RHK &amp;tambahan…</source>
        <translation>Tambah RHK t&amp;ambahan…</translation>
    </message>
    <message>
        <source>Add &amp;indicator…</source>
        <translation>Tambah &amp;indikator…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>U&amp;bah…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>SKP header</source>
        <translation>Kepala SKP</translation>
    </message>
    <message>
        <source>Approach:</source>
        <translation>Pendekatan:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Appraising official:</source>
        <translation>Pejabat penilai:</translation>
    </message>
    <message>
        <source>Appraiser&apos;s superior:</source>
        <translation>Atasan pejabat penilai:</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Pendekatan</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Tanggal mulai periode</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Tanggal akhir periode</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>Work plan (RHK) / indicator</source>
        <translation>Rencana hasil kerja (RHK) / indikator</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspek</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Leader&apos;s RHK supported</source>
        <translation>RHK pimpinan yang diintervensi</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Rencana hasil kerja</translation>
    </message>
</context>
<context>
    <name>PredikatMatrix</name>
    <message>
        <source>Work results ↓ / behaviour →</source>
        <translation>Hasil kerja ↓ / perilaku →</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Pratinjau</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>New training programme</source>
        <translation>Program pelatihan baru</translation>
    </message>
    <message>
        <source>Change training programme</source>
        <translation>Ubah program pelatihan</translation>
    </message>
    <message>
        <source>The catalogue lists the programmes the office runs or records. A session takes its name, JP and organiser from here unless you change them.</source>
        <translation>Katalog memuat program yang diselenggarakan atau dicatat kantor. Sesi mengambil nama, JP dan penyelenggara dari sini kecuali Anda mengubahnya.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <source>Remove feedback</source>
        <translation>Hapus umpan balik</translation>
    </message>
    <message>
        <source>Remove the feedback of %1?</source>
        <translation>Hapus umpan balik tanggal %1?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Realisation of the indicators</source>
        <translation>Realisasi indikator</translation>
    </message>
    <message>
        <source>Continuous feedback</source>
        <translation>Umpan balik berkelanjutan</translation>
    </message>
    <message>
        <source>Enter &amp;realisation…</source>
        <translation>Isi &amp;realisasi…</translation>
    </message>
    <message>
        <source>&amp;Add feedback…</source>
        <translation>&amp;Tambah umpan balik…</translation>
    </message>
    <message>
        <source>Remove feedback…</source>
        <translation>Hapus umpan balik…</translation>
    </message>
</context>
<context>
    <name>ProvinceTab</name>
    <message>
        <source>Choose an office in the table first.</source>
        <translation>Pilih dulu kantor di tabel.</translation>
    </message>
    <message>
        <source>Your role may not read the status of the offices.</source>
        <translation>Peran Anda tidak berwenang melihat status kantor.</translation>
    </message>
    <message>
        <source>%1 of %2 offices have sent a bundle; %3 employees are held here (%4 of the province itself).</source>
        <translation>%1 dari %2 kantor sudah mengirim bundel; %3 pegawai tersimpan di sini (%4 milik provinsi sendiri).</translation>
    </message>
    <message>
        <source>%1 offices are late (last bundle older than %2 days).</source>
        <translation>%1 kantor terlambat (bundel terakhir lebih lama dari %2 hari).</translation>
    </message>
    <message>
        <source>%1 open conflicts wait in the Conflicts tab.</source>
        <translation>%1 konflik terbuka menunggu di tab Konflik.</translation>
    </message>
    <message>
        <source>Double-click an office to see its employees.</source>
        <translation>Klik dua kali sebuah kantor untuk melihat pegawainya.</translation>
    </message>
    <message>
        <source>Office status</source>
        <translation>Status kantor</translation>
    </message>
    <message>
        <source>Show employees</source>
        <translation>Lihat pegawai</translation>
    </message>
</context>
<context>
    <name>ProvinceTableModel</name>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>No bundle of this office has been applied here yet.</source>
        <translation>Belum ada bundel kantor ini yang diterapkan di sini.</translation>
    </message>
    <message>
        <source>Bundle made by the office on %1.</source>
        <translation>Bundel dibuat kantor pada %1.</translation>
    </message>
    <message>
        <source>Older than %1 days: ask the office for a new bundle.</source>
        <translation>Lebih lama dari %1 hari: minta kantor mengirim bundel baru.</translation>
    </message>
    <message>
        <source>%1 changes the office announced have not arrived here yet.</source>
        <translation>%1 perubahan yang diumumkan kantor belum sampai di sini.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Bundel terakhir diterima</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Keterlambatan</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Konflik terbuka</translation>
    </message>
    <message>
        <source>Bundles on hold</source>
        <translation>Bundel tertahan</translation>
    </message>
</context>
<context>
    <name>PublicFeedbackDialog</name>
    <message>
        <source>Public feedback</source>
        <translation>Umpan balik masyarakat</translation>
    </message>
    <message>
        <source>What the public said about a unit or an employee (or both). It appears in the unit&apos;s and the employee&apos;s appraisal view.</source>
        <translation>Apa yang disampaikan masyarakat tentang unit kerja atau pegawai (atau keduanya). Tampil pada tampilan kinerja unit dan pegawai.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>PublicTab</name>
    <message>
        <source>Remove public feedback</source>
        <translation>Hapus umpan balik masyarakat</translation>
    </message>
    <message>
        <source>Remove the feedback of %1 about %2?</source>
        <translation>Hapus umpan balik tanggal %1 tentang %2?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>&amp;Record feedback…</source>
        <translation>&amp;Catat umpan balik…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>%1 entries in %2, average satisfaction %3 of 5 — about the unit, its sub-units and its people.</source>
        <translation>%1 umpan balik pada %2, rata-rata kepuasan %3 dari 5 — tentang unit, sub-unit dan pegawainya.</translation>
    </message>
    <message>
        <source>No public feedback recorded for %1.</source>
        <translation>Belum ada umpan balik masyarakat tahun %1.</translation>
    </message>
    <message>
        <source>Public feedback</source>
        <translation>Umpan balik masyarakat</translation>
    </message>
</context>
<context>
    <name>RealisationDialog</name>
    <message>
        <source>RHK: %1
Indicator: %2
Target: %3</source>
        <translation>RHK: %1
Indikator: %2
Target: %3</translation>
    </message>
    <message>
        <source>Realisation</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>ReceiptTableModel</name>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Nilai kantor ini</translation>
    </message>
    <message>
        <source>Value that stands</source>
        <translation>Nilai yang berlaku</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Diputuskan oleh</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
</context>
<context>
    <name>ReferenceListsTab</name>
    <message>
        <source>Golongan and pangkat (PNS)</source>
        <translation>Golongan dan pangkat PNS</translation>
    </message>
    <message>
        <source>Golongan/ruang I/a to IV/e with their pangkat, in rank order (the DUK sorts by it).</source>
        <translation>Golongan/ruang I/a sampai IV/e dengan pangkatnya, urut tingkat (dasar urutan DUK).</translation>
    </message>
    <message>
        <source>Golongan (PPPK)</source>
        <translation>Golongan PPPK</translation>
    </message>
    <message>
        <source>PPPK golongan I to XVII (Perpres 98/2020); PPPK have no pangkat. The PNS equivalent is the usual salary reading.</source>
        <translation>Golongan PPPK I sampai XVII (Perpres 98/2020); PPPK tidak berpangkat. Kesetaraan dengan golongan PNS adalah pembacaan gaji yang lazim.</translation>
    </message>
    <message>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <source>Eselon I.a to V.a, still recorded in SIASN, with the jabatan each usually goes with.</source>
        <translation>Eselon I.a sampai V.a, masih dicatat di SIASN, dengan jabatan yang lazim menyertainya.</translation>
    </message>
    <message>
        <source>Education levels</source>
        <translation>Tingkat pendidikan</translation>
    </message>
    <message>
        <source>From SD to S3; the rank decides the entry golongan of a new CPNS.</source>
        <translation>Dari SD sampai S3; tingkatnya menentukan golongan awal CPNS.</translation>
    </message>
    <message>
        <source>Religions</source>
        <translation>Agama</translation>
    </message>
    <message>
        <source>Marital statuses</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <source>Training types</source>
        <translation>Jenis pelatihan</translation>
    </message>
    <message>
        <source>Forms of competence development (Peraturan LAN 10/2018), classroom or not.</source>
        <translation>Bentuk pengembangan kompetensi (Peraturan LAN 10/2018), klasikal atau nonklasikal.</translation>
    </message>
    <message>
        <source>BerAKHLAK core values</source>
        <translation>Nilai dasar BerAKHLAK</translation>
    </message>
    <message>
        <source>The ASN core values (SE MenPANRB 20/2021) and their behaviour guide, the perilaku kerja of every SKP.</source>
        <translation>Nilai dasar ASN (SE MenPANRB 20/2021) dan panduan perilakunya, yaitu perilaku kerja di setiap SKP.</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <source>This tab has no search box.</source>
        <translation>Tab ini tidak mempunyai kotak pencarian.</translation>
    </message>
    <message>
        <source>&amp;Organisation units</source>
        <translation>&amp;Unit organisasi</translation>
    </message>
    <message>
        <source>&amp;Jabatan</source>
        <translation>&amp;Jabatan</translation>
    </message>
    <message>
        <source>Reference &amp;lists</source>
        <translation>&amp;Daftar referensi</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Referensi</translation>
    </message>
</context>
<context>
    <name>ReferenceRowDialog</name>
    <message>
        <source>Add to %1</source>
        <translation>Tambah ke %1</translation>
    </message>
    <message>
        <source>Change in %1</source>
        <translation>Ubah di %1</translation>
    </message>
    <message>
        <source>Reference lists belong to the province and go to every office with the next bundle.</source>
        <translation>Daftar referensi milik provinsi dan dikirim ke semua kantor bersama paket sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>The codes of this list drive the rules: only the name, order and active flag change.</source>
        <translation>Kode daftar ini dipakai aturan: hanya nama, urutan dan status aktif yang dapat diubah.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ReferenceTab</name>
    <message>
        <source>Nothing to add on this tab.</source>
        <translation>Tidak ada yang dapat ditambahkan pada tab ini.</translation>
    </message>
</context>
<context>
    <name>ReferenceTables</name>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <source>BUP</source>
        <translation>BUP</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Set for this jabatan (e.g. by the law of its profession).</source>
        <translation>Ditetapkan khusus untuk jabatan ini (mis. oleh undang-undang profesinya).</translation>
    </message>
    <message>
        <source>Fill in the level to know the BUP.</source>
        <translation>Isi jenjangnya agar BUP diketahui.</translation>
    </message>
    <message>
        <source>By the rule for its kind (PP 11/2017 Article 239).</source>
        <translation>Menurut aturan jenis jabatannya (PP 11/2017 Pasal 239).</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>Kantor ini</translation>
    </message>
    <message>
        <source>The province&apos;s shared nomenclature; only the provincial data steward changes it.</source>
        <translation>Nomenklatur bersama provinsi; hanya Pengelola Data Provinsi yang mengubahnya.</translation>
    </message>
    <message>
        <source>An entry of office %1 for a local post.</source>
        <translation>Entri kantor %1 untuk jabatan setempat.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Golongan/ruang</source>
        <translation>Golongan/ruang</translation>
    </message>
    <message>
        <source>Pangkat</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>PPPK golongan</source>
        <translation>Golongan PPPK</translation>
    </message>
    <message>
        <source>Paid like PNS golongan</source>
        <translation>Setara golongan PNS</translation>
    </message>
    <message>
        <source>Usual jabatan</source>
        <translation>Jabatan yang lazim</translation>
    </message>
    <message>
        <source>Core value</source>
        <translation>Nilai dasar</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Makna</translation>
    </message>
    <message>
        <source>Behaviour guide</source>
        <translation>Panduan perilaku</translation>
    </message>
</context>
<context>
    <name>ReportParams</name>
    <message>
        <source>All units of the office</source>
        <translation>Seluruh unit kerja</translation>
    </message>
    <message>
        <source>All golongan</source>
        <translation>Semua golongan</translation>
    </message>
    <message>
        <source>All jabatan kinds</source>
        <translation>Semua jenis jabatan</translation>
    </message>
    <message>
        <source>PNS, CPNS and PPPK</source>
        <translation>PNS, CPNS dan PPPK</translation>
    </message>
    <message>
        <source>Choose the employee</source>
        <translation>Pilih pegawai</translation>
    </message>
    <message>
        <source>Choose the employee first (Choose…).</source>
        <translation>Pilih pegawainya dahulu (Pilih…).</translation>
    </message>
    <message>
        <source>Tick at least one column to print.</source>
        <translation>Centang paling sedikit satu kolom untuk dicetak.</translation>
    </message>
    <message>
        <source>Appraisal &amp;year:</source>
        <translation>&amp;Tahun penilaian:</translation>
    </message>
    <message>
        <source>Formasi &amp;year:</source>
        <translation>&amp;Tahun formasi:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>Retiring in &amp;year:</source>
        <translation>Pensiun &amp;tahun:</translation>
    </message>
    <message>
        <source>Data as &amp;of:</source>
        <translation>Keadaan &amp;data:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Keadaan:</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>&amp;Kantor:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit kerja:</translation>
    </message>
    <message>
        <source>&amp;Employee:</source>
        <translation>&amp;Pegawai:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <source>KP &amp;period:</source>
        <translation>&amp;Periode KP:</translation>
    </message>
    <message>
        <source>&amp;Golongan:</source>
        <translation>&amp;Golongan:</translation>
    </message>
    <message>
        <source>&amp;Jabatan kind:</source>
        <translation>&amp;Jenis jabatan:</translation>
    </message>
    <message>
        <source>Employee &amp;kind:</source>
        <translation>J&amp;enis pegawai:</translation>
    </message>
    <message>
        <source>Overdue:</source>
        <translation>Terlewat:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>K&amp;olom:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Ke&amp;rtas:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Pi&amp;lih…</translation>
    </message>
    <message>
        <source>search by name or NIP with Choose…</source>
        <translation>cari menurut nama atau NIP dengan Pilih…</translation>
    </message>
    <message>
        <source>Also list those whose period has passed</source>
        <translation>Sertakan yang periodenya sudah lewat</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Print reports</source>
        <translation>Cetak laporan</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>The PNS in rank order (PP 15/1979) as of a date, for the office or one unit.</source>
        <translation>PNS menurut urutan kepangkatan (PP 15/1979) pada suatu tanggal, untuk seluruh kantor atau satu unit kerja.</translation>
    </message>
    <message>
        <source>The curriculum vitae of one employee with photo, histories and family.</source>
        <translation>Daftar riwayat hidup seorang pegawai dengan pas foto, riwayat dan keluarga.</translation>
    </message>
    <message>
        <source>A list of employees by unit, golongan or jabatan kind with the columns you choose.</source>
        <translation>Daftar pegawai menurut unit kerja, golongan atau jenis jabatan dengan kolom pilihan Anda.</translation>
    </message>
    <message>
        <source>Employees whose periodic pay rise (KGB) falls due in a month.</source>
        <translation>Pegawai yang kenaikan gaji berkalanya (KGB) jatuh tempo pada suatu bulan.</translation>
    </message>
    <message>
        <source>PNS due a regular promotion (KP) in a period.</source>
        <translation>PNS yang jatuh tempo kenaikan pangkat reguler (KP) pada suatu periode.</translation>
    </message>
    <message>
        <source>Employees reaching their retirement age (BUP) in a year.</source>
        <translation>Pegawai yang mencapai batas usia pensiun (BUP) pada suatu tahun.</translation>
    </message>
    <message>
        <source>Headcount per unit by golongan, sex and education.</source>
        <translation>Jumlah pegawai per unit kerja menurut golongan, jenis kelamin dan pendidikan.</translation>
    </message>
    <message>
        <source>Training hours (JP) per unit in a year against the 20-JP target.</source>
        <translation>Jam pelajaran (JP) pengembangan kompetensi per unit kerja dalam setahun terhadap target 20 JP.</translation>
    </message>
    <message>
        <source>Performance ratings (predikat) of a year&apos;s SKPs per unit.</source>
        <translation>Predikat kinerja hasil evaluasi SKP suatu tahun per unit kerja.</translation>
    </message>
    <message>
        <source>Planned positions (peta jabatan) against those filled and the retirements ahead: what to ask for in the next recruitment round.</source>
        <translation>Peta jabatan dibandingkan dengan yang terisi dan pegawai yang akan pensiun: formasi yang perlu diusulkan pada pengadaan berikutnya.</translation>
    </message>
    <message>
        <source>Gathering the data…</source>
        <translation>Mengumpulkan data…</translation>
    </message>
    <message>
        <source>Laying out page %1…</source>
        <translation>Menyusun halaman %1…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>%1: %2 page(s).</source>
        <translation>%1: %2 halaman.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Simpan laporan sebagai PDF</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <source>Export the report to Excel</source>
        <translation>Ekspor laporan ke Excel</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Ekspor ke Excel</translation>
    </message>
    <message>
        <source>Written to %1 (%2 rows).</source>
        <translation>Ditulis ke %1 (%2 baris).</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Daftar laporan</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Pratinjau</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Simpan P&amp;DF…</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>Ekspor E&amp;xcel…</translation>
    </message>
    <message>
        <source>Peta &amp;jabatan…</source>
        <translation>Peta &amp;jabatan…</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>New password for %1 (%2). A lock-out is lifted; the user must choose their own password at the next login.</source>
        <translation>Kata sandi baru untuk %1 (%2). Kuncian akun dibuka; pengguna wajib membuat kata sandinya sendiri saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>minimal 8 karakter</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Restore the database from this backup?</source>
        <translation>Pulihkan basis data dari cadangan ini?</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>Dibuat:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Kantor:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Ukuran:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>Di cadangan</translation>
    </message>
    <message>
        <source>In the database now</source>
        <translation>Di basis data sekarang</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Isi cadangan</translation>
    </message>
    <message>
        <source>The database will be replaced by the backup; whatever was entered after %1 is lost. A safety backup of the present database is made first, so this can be undone. Everyone is logged out and logs in again.</source>
        <translation>Basis data akan diganti dengan cadangan ini; semua yang dimasukkan setelah %1 hilang. Sebelumnya dibuat cadangan pengaman basis data sekarang, sehingga langkah ini dapat dibatalkan. Semua pengguna keluar dan perlu masuk lagi.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RhkDialog</name>
    <message>
        <source>New work plan item (RHK)</source>
        <translation>RHK baru</translation>
    </message>
    <message>
        <source>Change work plan item (RHK)</source>
        <translation>Ubah RHK</translation>
    </message>
    <message>
        <source>An RHK utama supports one of the appraiser&apos;s own RHK: pick it from the list (from the appraiser&apos;s SKP of the same year).</source>
        <translation>RHK utama mengintervensi salah satu RHK pejabat penilai: pilih dari daftar (dari SKP pejabat penilai tahun yang sama).</translation>
    </message>
    <message>
        <source>The appraiser has no SKP with RHK in this database for the year: type the leader&apos;s RHK this item supports, if any.</source>
        <translation>Pejabat penilai belum mempunyai SKP ber-RHK tahun ini di basis data: ketik RHK pimpinan yang diintervensi, bila ada.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <source>Take off the session</source>
        <translation>Keluarkan dari sesi</translation>
    </message>
    <message>
        <source>Take %1 participant(s) off this session: %2? Any JP credited for it goes too.</source>
        <translation>Keluarkan %1 peserta dari sesi ini: %2? JP yang sudah diakui dari sesi ini ikut hilang.</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Keluarkan</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Catat kehadiran</translation>
    </message>
    <message>
        <source>Declare completed</source>
        <translation>Nyatakan lulus</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Daftar peserta</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Daftar hadir</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Belum ada sesi yang dipilih</translation>
    </message>
    <message>
        <source>Choose a session in the list above, or open a new one.</source>
        <translation>Pilih sesi pada daftar di atas, atau buka sesi baru.</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>angkatan %1</translation>
    </message>
    <message>
        <source>%1 JP (counts in %2)</source>
        <translation>%1 JP (dihitung tahun %2)</translation>
    </message>
    <message>
        <source>participants %1, completed %2</source>
        <translation>peserta %1, lulus %2</translation>
    </message>
    <message>
        <source>Choose a session first.</source>
        <translation>Pilih sesi dahulu.</translation>
    </message>
    <message>
        <source>The session is cancelled.</source>
        <translation>Sesi ini dibatalkan.</translation>
    </message>
    <message>
        <source>Select one or more participants first.</source>
        <translation>Pilih satu atau beberapa peserta dahulu.</translation>
    </message>
    <message>
        <source>The session is full.</source>
        <translation>Sesi sudah penuh.</translation>
    </message>
    <message>
        <source>The selected participants have completed already.</source>
        <translation>Peserta yang dipilih sudah lulus.</translation>
    </message>
    <message>
        <source>Select one participant.</source>
        <translation>Pilih satu peserta.</translation>
    </message>
    <message>
        <source>Nobody has completed yet.</source>
        <translation>Belum ada peserta yang lulus.</translation>
    </message>
    <message>
        <source>Attendance to record</source>
        <translation>Kehadiran yang dicatat</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Cetak:</translation>
    </message>
    <message>
        <source>&amp;Add participants…</source>
        <translation>&amp;Tambah peserta…</translation>
    </message>
    <message>
        <source>Take o&amp;ff…</source>
        <translation>&amp;Keluarkan…</translation>
    </message>
    <message>
        <source>Record a&amp;ttendance</source>
        <translation>Catat &amp;kehadiran</translation>
    </message>
    <message>
        <source>Declare com&amp;pleted</source>
        <translation>Nyatakan &amp;lulus</translation>
    </message>
    <message>
        <source>Completion &amp;&amp; certificate…</source>
        <translation>Kelulusan &amp;&amp; sertifikat…</translation>
    </message>
    <message>
        <source>Participant &amp;list</source>
        <translation>Daftar &amp;peserta</translation>
    </message>
    <message>
        <source>Attendance &amp;sheet</source>
        <translation>Daftar &amp;hadir</translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation>S&amp;ertifikat</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New training session</source>
        <translation>Sesi pelatihan baru</translation>
    </message>
    <message>
        <source>Change training session</source>
        <translation>Ubah sesi pelatihan</translation>
    </message>
    <message>
        <source>The JP of a session counts in the year of its last day: a session of 28 December to 3 January counts in the new year.</source>
        <translation>JP sesi dihitung pada tahun hari terakhirnya: sesi 28 Desember s.d. 3 Januari dihitung pada tahun yang baru.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>%1 session(s).</source>
        <translation>%1 sesi.</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation>Status sesi</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Hapus sesi</translation>
    </message>
    <message>
        <source>Delete the session “%1” with its %2 participant(s)? A session whose participants completed it cannot be deleted.</source>
        <translation>Hapus sesi “%1” beserta %2 pesertanya? Sesi yang pesertanya sudah lulus tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select a session first.</source>
        <translation>Pilih sesi dahulu.</translation>
    </message>
    <message>
        <source>%1 participant(s) completed it; undo their completion first.</source>
        <translation>%1 peserta sudah lulus; batalkan kelulusan mereka dahulu.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>semua tahun</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Status baru</translation>
    </message>
    <message>
        <source>Find a session</source>
        <translation>Cari sesi</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>Sesi &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Set stat&amp;us</source>
        <translation>Tetapkan stat&amp;us</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Sesi pelatihan</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>PostgreSQL (database server)</source>
        <translation>PostgreSQL (server basis data)</translation>
    </message>
    <message>
        <source>SQLite file on this computer, %1 MB</source>
        <translation>Berkas SQLite di komputer ini, %1 MB</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Bahasa tampilan:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Bahasa tampilan</translation>
    </message>
    <message>
        <source>The change applies at once and is remembered for this computer&apos;s user.</source>
        <translation>Perubahan langsung berlaku dan diingat untuk pengguna komputer ini.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Kantor:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Basis data:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Folder data:</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Folder cadangan:</translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message>
        <source>Office: %1 (%2)</source>
        <translation>Kantor: %1 (%2)</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Pengguna: %1 (%2)</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Belum masuk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Sinkronisasi terakhir: %1</translation>
    </message>
</context>
<context>
    <name>SkpListTab</name>
    <message>
        <source>Reading the SKPs of the unit</source>
        <translation>Membaca SKP unit kerja</translation>
    </message>
    <message>
        <source>%1 of %2 SKP shown</source>
        <translation>%1 dari %2 SKP ditampilkan</translation>
    </message>
    <message>
        <source>%1 employees on duty · without SKP %2 · draft %3 · agreed %4 · evaluated %5 · final %6</source>
        <translation>%1 pegawai aktif · belum ada SKP %2 · draf %3 · disepakati %4 · dinilai %5 · final %6</translation>
    </message>
    <message>
        <source>%p% final</source>
        <translation>%p% final</translation>
    </message>
    <message>
        <source>Organisation result %1: not recorded.</source>
        <translation>Capaian organisasi %1: belum diisi.</translation>
    </message>
    <message>
        <source>the whole office</source>
        <translation>seluruh kantor</translation>
    </message>
    <message>
        <source>Organisation result %1: %2 (set for %3).</source>
        <translation>Capaian organisasi %1: %2 (ditetapkan untuk %3).</translation>
    </message>
    <message>
        <source>%1 SKP started, %2 already had one; %3 without an appraiser from the structure (fill in by hand).</source>
        <translation>%1 SKP dibuat, %2 sudah mempunyai SKP; %3 tanpa pejabat penilai dari struktur (isi manual).</translation>
    </message>
    <message>
        <source>Delete SKP</source>
        <translation>Hapus SKP</translation>
    </message>
    <message>
        <source>Delete the %1 SKP of %2? It is kept as deleted with the reason.</source>
        <translation>Hapus SKP %1 milik %2? SKP disimpan sebagai terhapus beserta alasannya.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>%1 SKP chosen.</source>
        <translation>%1 SKP dipilih.</translation>
    </message>
    <message>
        <source>Every final SKP of the unit and year in one PDF: %1 SKP.</source>
        <translation>Semua SKP final unit dan tahun ini dalam satu PDF: %1 SKP.</translation>
    </message>
    <message>
        <source>&amp;New SKP…</source>
        <translation>SKP &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>B&amp;uka</translation>
    </message>
    <message>
        <source>SKPs for the &amp;unit…</source>
        <translation>SKP satu &amp;unit…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>An evaluated or final SKP is not deleted.</source>
        <translation>SKP yang sudah dinilai atau final tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>&amp;Print chosen…</source>
        <translation>&amp;Cetak terpilih…</translation>
    </message>
    <message>
        <source>Print all &amp;final (%1)…</source>
        <translation>Cetak semua &amp;final (%1)…</translation>
    </message>
    <message>
        <source>Filter by name or NIP…</source>
        <translation>Saring nama atau NIP…</translation>
    </message>
    <message>
        <source>Filter the SKP list</source>
        <translation>Saring daftar SKP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>SKP list</source>
        <translation>Daftar SKP</translation>
    </message>
    <message>
        <source>Share of final SKPs</source>
        <translation>Persentase SKP final</translation>
    </message>
</context>
<context>
    <name>SkpPanel</name>
    <message>
        <source>The SKP is still being read.</source>
        <translation>SKP sedang dibaca.</translation>
    </message>
    <message>
        <source>The SKP is final: it changes only through a logged correction (Correct…).</source>
        <translation>SKP sudah final: hanya dapat diubah melalui koreksi tercatat (Koreksi…).</translation>
    </message>
    <message>
        <source>The plan is agreed; take the SKP back to draft to change it.</source>
        <translation>Rencana sudah disepakati; kembalikan SKP ke draf untuk mengubahnya.</translation>
    </message>
    <message>
        <source>Realisation and feedback come after the SKP is agreed.</source>
        <translation>Realisasi dan umpan balik diisi setelah SKP disepakati.</translation>
    </message>
    <message>
        <source>Agree the SKP with the appraiser before evaluating it.</source>
        <translation>Sepakati SKP dengan pejabat penilai sebelum dinilai.</translation>
    </message>
    <message>
        <source>The employee responds after the evaluation.</source>
        <translation>Tanggapan pegawai diisi setelah penilaian.</translation>
    </message>
    <message>
        <source>An objection needs an evaluated SKP and no objection still pending.</source>
        <translation>Keberatan memerlukan SKP yang sudah dinilai dan tidak ada keberatan lain yang belum diputus.</translation>
    </message>
    <message>
        <source>No objection is pending.</source>
        <translation>Tidak ada keberatan yang menunggu keputusan.</translation>
    </message>
    <message>
        <source>Only an evaluated SKP without a pending objection can be finalised.</source>
        <translation>Hanya SKP yang sudah dinilai dan tanpa keberatan tertunda yang dapat difinalkan.</translation>
    </message>
    <message>
        <source>Only a final SKP is corrected; until then it is changed directly.</source>
        <translation>Koreksi hanya untuk SKP final; sebelum itu ubah langsung.</translation>
    </message>
    <message>
        <source>The SKP is already agreed.</source>
        <translation>SKP sudah disepakati.</translation>
    </message>
    <message>
        <source>Only an agreed SKP that is not yet evaluated goes back to draft.</source>
        <translation>Hanya SKP berstatus disepakati yang belum dinilai yang dapat dikembalikan ke draf.</translation>
    </message>
    <message>
        <source>An evaluated or final SKP is not deleted.</source>
        <translation>SKP yang sudah dinilai atau final tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>Agree the SKP</source>
        <translation>Sepakati SKP</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Kembalikan ke draf</translation>
    </message>
    <message>
        <source>Take the agreed plan back to draft to change it?</source>
        <translation>Kembalikan rencana yang sudah disepakati ke draf untuk diubah?</translation>
    </message>
    <message>
        <source>Back to &amp;draft</source>
        <translation>Kembalikan ke &amp;draf</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>&amp;Alasan (dicatat di log audit):</translation>
    </message>
    <message>
        <source>Finalise the SKP</source>
        <translation>Finalkan SKP</translation>
    </message>
    <message>
        <source>Finalise the %1 SKP of %2 with predikat %3? A final SKP changes only through a logged correction.</source>
        <translation>Finalkan SKP %1 milik %2 dengan predikat %3? SKP final hanya dapat diubah melalui koreksi tercatat.</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Finalkan</translation>
    </message>
    <message>
        <source>Delete SKP</source>
        <translation>Hapus SKP</translation>
    </message>
    <message>
        <source>Delete the %1 SKP of %2? It is kept as deleted with the reason.</source>
        <translation>Hapus SKP %1 milik %2? SKP disimpan sebagai terhapus beserta alasannya.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>← SKP &amp;list</source>
        <translation>← &amp;Daftar SKP</translation>
    </message>
    <message>
        <source>&amp;Agree plan</source>
        <translation>&amp;Sepakati rencana</translation>
    </message>
    <message>
        <source>Back to &amp;draft…</source>
        <translation>Kembalikan ke &amp;draf…</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finalkan…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Koreksi…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Work behaviour</source>
        <translation>Perilaku kerja</translation>
    </message>
    <message>
        <source>Realisation &amp;&amp; feedback</source>
        <translation>Realisasi &amp;&amp; umpan balik</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <source>Response &amp;&amp; objection</source>
        <translation>Tanggapan &amp;&amp; keberatan</translation>
    </message>
    <message>
        <source>Public feedback</source>
        <translation>Umpan balik masyarakat</translation>
    </message>
    <message>
        <source>Reading the SKP…</source>
        <translation>Membaca SKP…</translation>
    </message>
    <message>
        <source>SKP %1 · %2</source>
        <translation>SKP %1 · %2</translation>
    </message>
    <message>
        <source>Agreed %1 by %2</source>
        <translation>Disepakati %1 oleh %2</translation>
    </message>
    <message>
        <source>Agreed %1</source>
        <translation>Disepakati %1</translation>
    </message>
    <message>
        <source>Evaluated %1 by %2</source>
        <translation>Dinilai %1 oleh %2</translation>
    </message>
    <message>
        <source>Evaluated %1</source>
        <translation>Dinilai %1</translation>
    </message>
    <message>
        <source>Final %1 by %2</source>
        <translation>Final %1 oleh %2</translation>
    </message>
    <message>
        <source>Final %1</source>
        <translation>Final %1</translation>
    </message>
    <message>
        <source>Draft: the plan is being written.</source>
        <translation>Draf: rencana sedang disusun.</translation>
    </message>
    <message>
        <source>This SKP is final and read-only. A change goes through Correct…, which needs a reason and is written to the audit log.</source>
        <translation>SKP ini sudah final dan hanya dapat dibaca. Perubahan melalui Koreksi…, yang memerlukan alasan dan dicatat di log audit.</translation>
    </message>
</context>
<context>
    <name>SkpPublicTab</name>
    <message>
        <source>What the public said about this employee (%1). Recorded on the Public feedback tab of the Performance screen.</source>
        <translation>Umpan balik masyarakat tentang pegawai ini (%1). Dicatat pada tab Umpan balik masyarakat di layar Kinerja.</translation>
    </message>
    <message>
        <source>Public feedback about the employee</source>
        <translation>Umpan balik masyarakat tentang pegawai</translation>
    </message>
</context>
<context>
    <name>SkpTableModel</name>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Work results</source>
        <translation>Hasil kerja</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Perilaku</translation>
    </message>
    <message>
        <source>Performance rating (predikat)</source>
        <translation>Predikat kinerja</translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation>Pejabat penilai</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Demo office</source>
        <translation>Kantor demo</translation>
    </message>
    <message>
        <source>This version of SIMPEG Luring has no demo data generator yet, so the demo office cannot be created. Open an office database with --db instead.</source>
        <translation>Versi SIMPEG Luring ini belum memiliki pembuat data demo, sehingga kantor demo tidak dapat dibuat. Buka basis data kantor dengan --db.</translation>
    </message>
    <message>
        <source>Creating the demo office</source>
        <translation>Membuat kantor demo</translation>
    </message>
    <message>
        <source>Filling the demo office of Kabupaten Merangin with about %1 employees…</source>
        <translation>Mengisi kantor demo Kabupaten Merangin dengan sekitar %1 pegawai…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Membuka basis data</translation>
    </message>
    <message>
        <source>Opening %1 (a backup is made before any upgrade)…</source>
        <translation>Membuka %1 (cadangan dibuat sebelum pembaruan)…</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Masuk</translation>
    </message>
</context>
<context>
    <name>SyncExportDialog</name>
    <message>
        <source>Export a bundle</source>
        <translation>Ekspor bundel</translation>
    </message>
    <message>
        <source>For office</source>
        <translation>Untuk kantor</translation>
    </message>
    <message>
        <source>Folder or USB drive</source>
        <translation>Folder atau flashdisk</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>The bundle holds every change the office has not confirmed yet. After writing, the file is read back and checked before it is reported done.</source>
        <translation>Bundel berisi semua perubahan yang belum dikonfirmasi kantor itu. Setelah ditulis, berkas dibaca ulang dan diperiksa sebelum dinyatakan selesai.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>No trusted office to send to: trust its identity card first.</source>
        <translation>Belum ada kantor tepercaya untuk dikirimi: percayai dulu kartu identitasnya.</translation>
    </message>
    <message>
        <source>This folder does not exist: choose a folder or plug in the USB drive.</source>
        <translation>Folder ini tidak ada: pilih folder atau pasang flashdisk.</translation>
    </message>
    <message>
        <source>Office key</source>
        <translation>Kunci kantor</translation>
    </message>
    <message>
        <source>Passphrase of this office&apos;s key:</source>
        <translation>Kata sandi kunci kantor ini:</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>edited at both offices</source>
        <translation>diubah di dua kantor</translation>
    </message>
    <message>
        <source>edited a deleted record</source>
        <translation>mengubah data yang sudah dihapus</translation>
    </message>
    <message>
        <source>duplicate / missing reference</source>
        <translation>ganda / rujukan tidak ada</translation>
    </message>
    <message>
        <source>not the sender&apos;s record</source>
        <translation>bukan data milik pengirim</translation>
    </message>
    <message>
        <source>record not found here</source>
        <translation>data tidak ada di sini</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>terkirim</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>diterapkan</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>tidak ada yang baru</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>ditunda</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>your value stands</source>
        <translation>nilai kantor ini berlaku</translation>
    </message>
    <message>
        <source>your value lost</source>
        <translation>nilai kantor ini kalah</translation>
    </message>
    <message>
        <source>held for review</source>
        <translation>ditahan untuk ditinjau</translation>
    </message>
    <message>
        <source>all confirmed</source>
        <translation>semua sudah dikonfirmasi</translation>
    </message>
    <message>
        <source>%1 bundles, %2 changes</source>
        <translation>%1 bundel, %2 perubahan</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>belum dipercaya</translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation>dikirim ke %1</translation>
    </message>
    <message>
        <source>received from %1</source>
        <translation>diterima dari %1</translation>
    </message>
    <message>
        <source>automatic (latest write)</source>
        <translation>otomatis (penulisan terakhir)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Import a bundle</source>
        <translation>Impor bundel</translation>
    </message>
    <message>
        <source>SIMPEG bundles (*.hrb)</source>
        <translation>Bundel SIMPEG (*.hrb)</translation>
    </message>
    <message>
        <source>Identity card of another office</source>
        <translation>Kartu identitas kantor lain</translation>
    </message>
    <message>
        <source>Identity cards (*.json *.card);;All files (*)</source>
        <translation>Kartu identitas (*.json *.card);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Save this office&apos;s identity card</source>
        <translation>Simpan kartu identitas kantor ini</translation>
    </message>
    <message>
        <source>Identity cards (*.json)</source>
        <translation>Kartu identitas (*.json)</translation>
    </message>
    <message>
        <source>Export identity card…</source>
        <translation>Ekspor kartu identitas…</translation>
    </message>
    <message>
        <source>Trust a card…</source>
        <translation>Percayai kartu…</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>Ekspor bundel…</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Impor bundel…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>This office&apos;s fingerprint</source>
        <translation>Sidik jari kantor ini</translation>
    </message>
    <message>
        <source>Outcome of the last action</source>
        <translation>Hasil tindakan terakhir</translation>
    </message>
    <message>
        <source>This office has no keys yet.</source>
        <translation>Kantor ini belum punya kunci.</translation>
    </message>
    <message>
        <source>Office %1 — fingerprint: &lt;b style=&apos;font-family:monospace&apos;&gt;%2&lt;/b&gt;</source>
        <translation>Kantor %1 — sidik jari: &lt;b style=&apos;font-family:monospace&apos;&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Identity card written to %1. Send it to the other office and read them the fingerprint %2 by phone or in a signed letter.</source>
        <translation>Kartu identitas ditulis ke %1. Kirim ke kantor lain dan bacakan sidik jari %2 lewat telepon atau surat resmi bertanda tangan.</translation>
    </message>
    <message>
        <source>Office %1 (%2) is trusted now.</source>
        <translation>Kantor %1 (%2) kini dipercaya.</translation>
    </message>
    <message>
        <source>Writing the bundle for %1</source>
        <translation>Menulis bundel untuk %1</translation>
    </message>
    <message>
        <source>Bundle %1 for %2 written to %3 and checked: the file was read back and is complete (%4 changes). Take it to %2.</source>
        <translation>Bundel %1 untuk %2 ditulis ke %3 dan sudah diperiksa: berkas dibaca ulang dan lengkap (%4 perubahan). Bawa ke %2.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Checking the bundle</source>
        <translation>Memeriksa bundel</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Impor dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Importing the bundle</source>
        <translation>Mengimpor bundel</translation>
    </message>
    <message>
        <source>Your bundle %1 was applied there.</source>
        <translation>Bundel %1 kantor ini sudah diterapkan di sana.</translation>
    </message>
    <message>
        <source>%1 of your changes lost a conflict there: see Receipts.</source>
        <translation>%1 perubahan kantor ini kalah dalam konflik di sana: lihat Tanda terima.</translation>
    </message>
    <message>
        <source>Employees of %1 (%2)</source>
        <translation>Pegawai %1 (%2)</translation>
    </message>
    <message>
        <source>Conflict on %1 resolved; the decision goes out with the next bundles.</source>
        <translation>Konflik pada %1 diselesaikan; keputusan ikut terkirim pada bundel berikutnya.</translation>
    </message>
</context>
<context>
    <name>SyncPreviewDialog</name>
    <message>
        <source>Import preview — nothing changed yet</source>
        <translation>Pratinjau impor — belum ada yang diubah</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Dikirim oleh</translation>
    </message>
    <message>
        <source>Sender fingerprint</source>
        <translation>Sidik jari pengirim</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Bundle number</source>
        <translation>Nomor bundel</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 deleted; %4 conflicts expected; %5 changes already here.</source>
        <translation>%1 baru, %2 diubah, %3 dihapus; %4 konflik diperkirakan; %5 perubahan sudah ada di sini.</translation>
    </message>
    <message>
        <source>Changes per table</source>
        <translation>Perubahan per tabel</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>SyncTabs</name>
    <message>
        <source>Office status</source>
        <translation>Status kantor</translation>
    </message>
    <message>
        <source>Peer offices</source>
        <translation>Kantor mitra</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflik (%1)</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <source>Bundle history</source>
        <translation>Riwayat bundel</translation>
    </message>
    <message>
        <source>Per office: the last bundle sent and received, what it has not confirmed yet, and its bundles waiting here for an earlier one (%1).</source>
        <translation>Per kantor: bundel terakhir yang dikirim dan diterima, yang belum dikonfirmasi, dan bundelnya yang ditunda di sini menunggu bundel sebelumnya (%1).</translation>
    </message>
    <message>
        <source>What the province did with this office&apos;s changes: %1 lost a conflict there. The value that stands and who decided are shown.</source>
        <translation>Apa yang dilakukan provinsi dengan perubahan kantor ini: %1 kalah dalam konflik di sana. Nilai yang berlaku dan siapa yang memutuskan ditampilkan.</translation>
    </message>
    <message>
        <source>Every bundle sent and received, newest first.</source>
        <translation>Semua bundel yang dikirim dan diterima, terbaru di atas.</translation>
    </message>
</context>
<context>
    <name>TalentDialog</name>
    <message>
        <source>Talent placement (9-box)</source>
        <translation>Penempatan talenta (9-box)</translation>
    </message>
    <message>
        <source>The potential level from an assessment; the performance level comes from the evaluated SKP of the year unless you choose it. A second placement for the year replaces the first.</source>
        <translation>Tingkat potensial dari hasil asesmen; tingkat kinerja diambil dari SKP tahun itu yang sudah dinilai kecuali dipilih di sini. Penempatan kedua pada tahun yang sama menggantikan yang pertama.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>TalentTab</name>
    <message>
        <source>Remove the placement</source>
        <translation>Hapus penempatan</translation>
    </message>
    <message>
        <source>Remove the %1 talent placement of %2?</source>
        <translation>Hapus penempatan talenta %1 milik %2?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Box numbering</source>
        <translation>Penomoran kotak</translation>
    </message>
    <message>
        <source>&amp;Place an employee…</source>
        <translation>&amp;Tempatkan pegawai…</translation>
    </message>
    <message>
        <source>&amp;Remove placement…</source>
        <translation>&amp;Hapus penempatan…</translation>
    </message>
    <message>
        <source>Which box numbering the office uses (domain data: A by default).</source>
        <translation>Penomoran kotak yang dipakai kantor (bawaan: A).</translation>
    </message>
    <message>
        <source>%1 people placed for %2. Click a box to list them.</source>
        <translation>%1 pegawai ditempatkan untuk %2. Klik kotak untuk melihat daftarnya.</translation>
    </message>
    <message>
        <source>Numbering:</source>
        <translation>Penomoran:</translation>
    </message>
    <message>
        <source>A (performance first)</source>
        <translation>A (kinerja lebih berat)</translation>
    </message>
    <message>
        <source>B (potential first)</source>
        <translation>B (potensial lebih berat)</translation>
    </message>
    <message>
        <source>Box %1: %2 people</source>
        <translation>Kotak %1: %2 orang</translation>
    </message>
    <message>
        <source>Choose a box</source>
        <translation>Pilih kotak</translation>
    </message>
    <message>
        <source>People in the box</source>
        <translation>Pegawai dalam kotak</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>TrainingJp</name>
    <message>
        <source>(no unit)</source>
        <translation>(tanpa unit kerja)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>With target</source>
        <translation>Wajib target</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Belum memenuhi</translation>
    </message>
    <message>
        <source>% met</source>
        <translation>% memenuhi</translation>
    </message>
    <message>
        <source>Total JP</source>
        <translation>Jumlah JP</translation>
    </message>
    <message>
        <source>Average JP</source>
        <translation>Rata-rata JP</translation>
    </message>
    <message>
        <source>Over the yearly ceiling</source>
        <translation>Melebihi batas tahunan</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Tanpa target minimal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Kekurangan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Suggested development</source>
        <translation>Saran pengembangan</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Memenuhi</translation>
    </message>
</context>
<context>
    <name>TrainingLabels</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (nonaktif)</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Klasikal</translation>
    </message>
    <message>
        <source>Non-classroom</source>
        <translation>Nonklasikal</translation>
    </message>
    <message>
        <source>Latsar CPNS (basic training)</source>
        <translation>Latsar CPNS (pelatihan dasar)</translation>
    </message>
    <message>
        <source>PKP (supervisor leadership)</source>
        <translation>PKP (kepemimpinan pengawas)</translation>
    </message>
    <message>
        <source>PKA (administrator leadership)</source>
        <translation>PKA (kepemimpinan administrator)</translation>
    </message>
    <message>
        <source>PKN II (national leadership II)</source>
        <translation>PKN Tingkat II (kepemimpinan nasional)</translation>
    </message>
    <message>
        <source>PKN I (national leadership I)</source>
        <translation>PKN Tingkat I (kepemimpinan nasional)</translation>
    </message>
    <message>
        <source>Structural (older leadership courses)</source>
        <translation>Struktural (Diklatpim lama)</translation>
    </message>
    <message>
        <source>Managerial</source>
        <translation>Manajerial</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Teknis</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Fungsional</translation>
    </message>
    <message>
        <source>Socio-cultural</source>
        <translation>Sosial kultural</translation>
    </message>
    <message>
        <source>Seminar / workshop</source>
        <translation>Seminar / lokakarya</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Open for enrolment</source>
        <translation>Pendaftaran dibuka</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Berlangsung</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Partly present</source>
        <translation>Hadir sebagian</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Izin</translation>
    </message>
    <message>
        <source>Our session</source>
        <translation>Sesi kantor</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Di luar kantor</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Nothing to add on this tab.</source>
        <translation>Tidak ada yang dapat ditambahkan pada tab ini.</translation>
    </message>
    <message>
        <source>Find and select an employee first.</source>
        <translation>Cari dan pilih pegawai dahulu.</translation>
    </message>
    <message>
        <source>This tab has no search box.</source>
        <translation>Tab ini tidak mempunyai kotak pencarian.</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesi</translation>
    </message>
    <message>
        <source>Training &amp;elsewhere</source>
        <translation>Pelatihan &amp;eksternal</translation>
    </message>
    <message>
        <source>20-&amp;JP recap</source>
        <translation>Rekap 20 &amp;JP</translation>
    </message>
    <message>
        <source>Development &amp;needs</source>
        <translation>Kebutuhan &amp;pengembangan</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
</context>
<context>
    <name>TrainingPersonDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>No training is recorded for this employee.</source>
        <translation>Belum ada pelatihan yang tercatat untuk pegawai ini.</translation>
    </message>
    <message>
        <source>%1: %2 JP</source>
        <translation>%1: %2 JP</translation>
    </message>
    <message>
        <source>JP per year — %1</source>
        <translation>JP per tahun — %1</translation>
    </message>
    <message>
        <source>Training of %1</source>
        <translation>Pelatihan %1</translation>
    </message>
    <message>
        <source>target %1 JP</source>
        <translation>target %1 JP</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>tanpa target minimal</translation>
    </message>
    <message>
        <source>%1 — NIP %2 — %3: %4 JP in %5 (%6)</source>
        <translation>%1 — NIP %2 — %3: %4 JP tahun %5 (%6)</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>Riwayat pelatihan</translation>
    </message>
    <message>
        <source>&amp;Open the employee record</source>
        <translation>&amp;Buka data pegawai</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>TrainingRecordTableModel</name>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Nomor sertifikat</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Sumber</translation>
    </message>
</context>
<context>
    <name>TrainingTables</name>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Competency area</source>
        <translation>Bidang kompetensi</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Pemakaian</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>JP credited</source>
        <translation>JP diakui</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>No. sertifikat</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Tgl. sertifikat</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>Counts in</source>
        <translation>Tahun JP</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust an office&apos;s identity card</source>
        <translation>Percayai kartu identitas kantor</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Fingerprint on the card</source>
        <translation>Sidik jari pada kartu</translation>
    </message>
    <message>
        <source>Fingerprint from the letter or phone</source>
        <translation>Sidik jari dari surat atau telepon</translation>
    </message>
    <message>
        <source>Call the office (or read its official letter) and have its fingerprint read out. Type it here: the card is trusted only if every digit matches. A file can be swapped on the way; a phone call to a known number cannot.</source>
        <translation>Telepon kantor itu (atau baca surat resminya) dan minta sidik jarinya dibacakan. Ketik di sini: kartu hanya dipercaya bila semua digit sama. Berkas bisa ditukar di jalan; telepon ke nomor yang dikenal tidak.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Percayai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved yet. Save them now?</source>
        <translation>Perubahan pada %1 belum disimpan. Simpan sekarang?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>Active (must change password)</source>
        <translation>Aktif (wajib ganti kata sandi)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
</context>
<context>
    <name>UsersAuditPage</name>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Disable the account %1 (%2)? The user can no longer log in; the account and its history stay.</source>
        <translation>Nonaktifkan akun %1 (%2)? Pengguna tidak dapat masuk lagi; akun dan riwayatnya tetap tersimpan.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Enable the account %1 (%2) again?</source>
        <translation>Aktifkan kembali akun %1 (%2)?</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <source>Select a user in the list first.</source>
        <translation>Pilih pengguna di daftar dahulu.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktifkan</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Tambah pengguna…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Atur &amp;ulang kata sandi…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Muat ulang</translation>
    </message>
</context>
<context>
    <name>VoiceTab</name>
    <message>
        <source>Response</source>
        <translation>Tanggapan</translation>
    </message>
    <message>
        <source>The employee&apos;s response</source>
        <translation>Tanggapan pegawai</translation>
    </message>
    <message>
        <source>What the employee says about the evaluation.</source>
        <translation>Tanggapan pegawai atas penilaian.</translation>
    </message>
    <message>
        <source>Employee&apos;s response</source>
        <translation>Tanggapan pegawai</translation>
    </message>
    <message>
        <source>No response recorded.</source>
        <translation>Belum ada tanggapan.</translation>
    </message>
    <message>
        <source>Objections (keberatan)</source>
        <translation>Keberatan</translation>
    </message>
    <message>
        <source>&amp;Response…</source>
        <translation>&amp;Tanggapan…</translation>
    </message>
    <message>
        <source>Submit &amp;objection…</source>
        <translation>Ajukan &amp;keberatan…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Putuskan…</translation>
    </message>
</context>
<context>
    <name>_EmployeeLine</name>
    <message>
        <source>Choose the employee</source>
        <translation>Pilih pegawai</translation>
    </message>
    <message>
        <source>Employee: %1 (%2)</source>
        <translation>Pegawai: %1 (%2)</translation>
    </message>
    <message>
        <source>Employee: none chosen</source>
        <translation>Pegawai: belum dipilih</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
</context>
<context>
    <name>_PredikatDialog</name>
    <message>
        <source>Predikat: %1</source>
        <translation>Predikat: %1</translation>
    </message>
</context>
</TS>
