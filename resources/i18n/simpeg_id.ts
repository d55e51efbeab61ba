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
            <source>The change applies at once and is remembered for this computer's user.</source>
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
</TS>
