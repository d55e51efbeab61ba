"""Errors of the sync layer, each with a stable code and Indonesian + English text.

* :class:`BundleRejected` — a bundle failed a check; nothing may be written. ``security`` is
  true for rejections the importer must log as security events (forged or foreign bundles).
* :class:`BundleStagingFailed` — the bundle could not be checked because *our* side failed
  (disk full in the staging folder…): not the bundle's fault, keep it in the inbox.
* :class:`BundleWriteFailed` — writing a bundle failed; no final file was left behind.
* :class:`KeyFileError` — the office key file cannot be opened (wrong passphrase, damaged…).
* :class:`CardError` — an identity card or an endorsement is malformed or altered.
"""

from __future__ import annotations

from app.errors import SimpegError, register_messages

SECURITY_CODES = frozenset(
    {"bundle.unknown_sender", "bundle.bad_signature", "bundle.not_for_us"}
)


class BundleRejected(SimpegError):
    """The bundle failed a check before anything was written."""

    code = "bundle.rejected"

    @property
    def security(self) -> bool:
        """True when the importer must record a security event (sync.md T09–T11)."""
        return self.code in SECURITY_CODES


class BundleStagingFailed(BundleRejected):
    """Our own staging failed (disk full, no permission): retry later, the bundle may be fine."""

    code = "bundle.staging_failed"


class BundleWriteFailed(SimpegError):
    """Writing a bundle failed; only a ``.part`` file or nothing is left."""

    code = "bundle.write_failed"


class KeyFileError(SimpegError):
    """The office key file cannot be created or opened."""

    code = "keys.file_damaged"


class CardError(SimpegError):
    """An identity card or endorsement is malformed, altered or does not match."""

    code = "card.invalid"


_AGAIN_ID = "Salin ulang berkas dari pengirim (USB/e-mail) lalu coba lagi."
_AGAIN_EN = "Copy the file from the sender (USB/e-mail) again and retry."

register_messages(
    {
        # --- bundles: the envelope ----------------------------------------------------------
        "bundle.rejected": ("Bundle ditolak.", "The bundle was rejected."),
        "bundle.too_large": (
            "Berkas bundle terlalu besar ({size} byte; batas {limit} byte). Bundle tidak dibuka.",
            "The bundle file is too large ({size} bytes; limit {limit}). It was not opened.",
        ),
        "bundle.partial_file": (
            "Berkas {name} belum selesai disalin (berakhiran .part). " + _AGAIN_ID,
            "The file {name} was not copied completely (it ends in .part). " + _AGAIN_EN,
        ),
        "bundle.not_a_bundle": (
            "Berkas ini bukan bundle SIMPEG Luring ({detail}).",
            "This file is not a SIMPEG Luring bundle ({detail}).",
        ),
        "bundle.wrong_recipient": (
            "Bundle ini bukan untuk kantor ini: tidak dapat dibuka dengan kunci kantor {office}. "
            "Jika bundle memang untuk kantor ini, berkasnya rusak. " + _AGAIN_ID,
            "This bundle is not for this office: the key of office {office} cannot open it. "
            "If it really is for this office, the file is damaged. " + _AGAIN_EN,
        ),
        "bundle.damaged": (
            "Berkas bundle tidak lengkap atau rusak ({detail}). " + _AGAIN_ID,
            "The bundle file is incomplete or damaged ({detail}). " + _AGAIN_EN,
        ),
        "bundle.staging_failed": (
            "Bundle tidak dapat diperiksa karena folder kerja sementara gagal ditulis "
            "({detail}). Periksa ruang disk lalu coba lagi; bundle tetap disimpan.",
            "The bundle could not be checked because the temporary work folder could not be "
            "written ({detail}). Check the free disk space and retry; the bundle is kept.",
        ),
        # --- bundles: the ZIP inside --------------------------------------------------------
        "bundle.zip_invalid": (
            "Isi bundle rusak: arsip ZIP tidak sah ({detail}).",
            "The bundle content is damaged: invalid ZIP archive ({detail}).",
        ),
        "bundle.zip_too_many_members": (
            "Isi bundle mencurigakan: {count} berkas di dalamnya (batas {limit}).",
            "Suspicious bundle content: {count} files inside (limit {limit}).",
        ),
        "bundle.zip_bad_name": (
            "Isi bundle mencurigakan: nama berkas tidak diizinkan \"{name}\".",
            "Suspicious bundle content: file name not allowed \"{name}\".",
        ),
        "bundle.zip_duplicate": (
            "Isi bundle mencurigakan: berkas \"{name}\" ada lebih dari sekali.",
            "Suspicious bundle content: the file \"{name}\" appears more than once.",
        ),
        "bundle.zip_too_big": (
            "Isi bundle terlalu besar: \"{name}\" {size} byte (batas {limit} byte).",
            "Bundle content too large: \"{name}\" is {size} bytes (limit {limit}).",
        ),
        "bundle.zip_ratio": (
            "Isi bundle mencurigakan: \"{name}\" mengembang {ratio}× saat dibuka "
            "(batas {limit}×; kemungkinan \"zip bomb\").",
            "Suspicious bundle content: \"{name}\" expands {ratio}× (limit {limit}×; "
            "possibly a zip bomb).",
        ),
        "bundle.zip_unsupported": (
            "Isi bundle memakai fitur ZIP yang tidak didukung ({detail}).",
            "The bundle content uses an unsupported ZIP feature ({detail}).",
        ),
        # --- bundles: manifest and members --------------------------------------------------
        "bundle.manifest_missing": (
            "Bundle tidak memiliki daftar isi (manifest.json/manifest.sig).",
            "The bundle has no manifest (manifest.json/manifest.sig).",
        ),
        "bundle.manifest_invalid": (
            "Daftar isi bundle tidak sah: {detail}.",
            "The bundle manifest is invalid: {detail}.",
        ),
        "bundle.format_unsupported": (
            "Format bundle tidak dikenal ({format} versi {version}). Perbarui aplikasi.",
            "Unknown bundle format ({format} version {version}). Update the application.",
        ),
        "bundle.unknown_sender": (
            "Bundle dikirim oleh kantor yang tidak Anda percayai ({office}). Impor kartu "
            "identitas kantor itu dan cocokkan sidik jarinya dahulu.",
            "The bundle was sent by an office you do not trust ({office}). Import that "
            "office's identity card and check its fingerprint first.",
        ),
        "bundle.bad_signature": (
            "Tanda tangan bundle tidak sah: bundle ini tidak dibuat oleh kantor {office} atau "
            "telah diubah. Bundle ditolak.",
            "Invalid bundle signature: this bundle was not made by office {office} or was "
            "altered. The bundle was rejected.",
        ),
        "bundle.not_for_us": (
            "Bundle ini ditujukan ke kantor {to_site}, bukan ke kantor ini ({office}).",
            "This bundle is addressed to office {to_site}, not to this office ({office}).",
        ),
        "bundle.schema_newer": (
            "Bundle dibuat oleh versi aplikasi yang lebih baru (skema {schema}) — perbarui "
            "aplikasi, lalu impor lagi. Bundle tetap disimpan.",
            "The bundle was made by a newer version of the application (schema {schema}) — "
            "update the application, then import again. The bundle is kept.",
        ),
        "bundle.schema_older": (
            "Bundle dibuat oleh versi aplikasi yang terlalu lama (skema {schema}; paling lama "
            "{oldest}). Minta kantor pengirim memperbarui aplikasinya.",
            "The bundle was made by a version of the application that is too old (schema "
            "{schema}; oldest readable {oldest}). Ask the sending office to update.",
        ),
        "bundle.already_imported": (
            "Bundle ini sudah pernah diimpor ({bundle_id}). Tidak ada yang diubah.",
            "This bundle was already imported ({bundle_id}). Nothing was changed.",
        ),
        "bundle.member_missing": (
            "Bundle tidak lengkap: berkas \"{name}\" yang tercantum di daftar isi tidak ada.",
            "Incomplete bundle: the file \"{name}\" listed in the manifest is missing.",
        ),
        "bundle.member_unlisted": (
            "Bundle berisi berkas \"{name}\" yang tidak tercantum di daftar isi.",
            "The bundle contains the file \"{name}\" which the manifest does not list.",
        ),
        "bundle.member_mismatch": (
            "Isi berkas \"{name}\" tidak cocok dengan daftar isi ({detail}). " + _AGAIN_ID,
            "The content of \"{name}\" does not match the manifest ({detail}). " + _AGAIN_EN,
        ),
        "bundle.record_invalid": (
            "Baris {line} dari \"{name}\" tidak sah: {detail}.",
            "Line {line} of \"{name}\" is invalid: {detail}.",
        ),
        # --- writing bundles ----------------------------------------------------------------
        "bundle.write_failed": (
            "Bundle gagal ditulis ke {path}: {detail}. Tidak ada berkas bundle yang dibuat.",
            "The bundle could not be written to {path}: {detail}. No bundle file was made.",
        ),
        "bundle.disk_full": (
            "Bundle gagal ditulis ke {path}: disk/USB penuh. Kosongkan ruang lalu ulangi.",
            "The bundle could not be written to {path}: the disk/USB stick is full. Free "
            "some space and retry.",
        ),
        "bundle.verify_failed": (
            "Bundle yang baru ditulis ke {path} gagal diperiksa ulang ({detail}); berkas "
            "dihapus. Coba lagi, sebaiknya ke disk/USB lain.",
            "The bundle just written to {path} failed its read-back check ({detail}); the "
            "file was deleted. Retry, preferably to another disk/USB stick.",
        ),
        "bundle.member_too_large": (
            "Tabel \"{table}\" terlalu besar untuk satu bundle ({size} byte; batas {limit}).",
            "Table \"{table}\" is too large for one bundle ({size} bytes; limit {limit}).",
        ),
        "bundle.content_too_large": (
            "Isi bundle terlalu besar ({size} byte; batas {limit} byte).",
            "The bundle content is too large ({size} bytes; limit {limit}).",
        ),
        # --- office keys --------------------------------------------------------------------
        "keys.wrong_passphrase": (
            "Kata sandi kunci kantor salah. Berkas kunci {path} tidak dibuka.",
            "Wrong passphrase for the office key. The key file {path} was not opened.",
        ),
        "keys.passphrase_required": (
            "Berkas kunci {path} dilindungi kata sandi: masukkan kata sandi kunci kantor.",
            "The key file {path} is protected by a passphrase: enter the office key passphrase.",
        ),
        "keys.passphrase_too_short": (
            "Kata sandi kunci kantor terlalu pendek: minimal {min} karakter.",
            "The office key passphrase is too short: at least {min} characters.",
        ),
        "keys.file_missing": (
            "Berkas kunci kantor tidak ditemukan: {path}.",
            "The office key file was not found: {path}.",
        ),
        "keys.file_damaged": (
            "Berkas kunci kantor {path} rusak atau telah diubah ({detail}). Pulihkan dari "
            "cadangan.",
            "The office key file {path} is damaged or was altered ({detail}). Restore it from "
            "a backup.",
        ),
        "keys.auto_secret_missing": (
            "Berkas rahasia pendamping {path} untuk kunci tanpa kata sandi tidak ditemukan.",
            "The companion secret file {path} of the passphrase-less key was not found.",
        ),
        "keys.bad_office": (
            "Kode kantor tidak sah: \"{office}\".",
            "Invalid office code: \"{office}\".",
        ),
        "keys.write_failed": (
            "Berkas kunci tidak dapat ditulis ke {path}: {detail}.",
            "The key file could not be written to {path}: {detail}.",
        ),
        # --- identity cards and endorsements ------------------------------------------------
        "card.invalid": (
            "Kartu identitas kantor tidak sah: {detail}.",
            "Invalid office identity card: {detail}.",
        ),
        "card.bad_signature": (
            "Kartu identitas kantor {office} telah diubah setelah dibuat (tanda tangan tidak "
            "cocok). Minta kartu baru dari kantor itu.",
            "The identity card of office {office} was altered after it was made (signature "
            "mismatch). Ask that office for a new card.",
        ),
        "card.endorsement_invalid": (
            "Pengesahan kartu tidak sah: {detail}.",
            "Invalid card endorsement: {detail}.",
        ),
        "card.endorsement_bad_signature": (
            "Pengesahan kartu kantor {office} tidak ditandatangani oleh provinsi {endorser}.",
            "The endorsement of office {office}'s card was not signed by province {endorser}.",
        ),
    }
)
