"""File-based sync between offices: keys and trust, the bundle container (this layer), and —
built on it — change export, import and merge (docs/sync.md).

The public API of this layer, importable from here:

* keys — :func:`generate_office_keys`, :func:`save_office_keys`, :func:`load_office_keys`,
  :func:`change_passphrase`, :func:`default_key_path`, :class:`OfficeKeys`,
  :func:`fingerprint_text`;
* trust — :func:`identity_card`, :func:`write_identity_card`, :func:`read_identity_card`,
  :func:`parse_identity_card`, :func:`verify_card_fingerprint`, :class:`PeerCard`,
  :class:`TrustedPeer`, :func:`trusted_self`, :func:`endorse_card`,
  :func:`verify_endorsement`, :func:`read_endorsement`;
* bundles — :class:`BundleWriter`, :class:`BundleHeader`, :class:`AuditAnchor`,
  :class:`WrittenBundle`, :func:`verify_written_bundle`, :func:`open_bundle`,
  :class:`OpenedBundle`, :class:`Manifest`, :class:`FileEntry`, :class:`BundleCaps`,
  :class:`SchemaSupport`;
* errors — :class:`BundleRejected`, :class:`BundleStagingFailed`, :class:`BundleWriteFailed`,
  :class:`KeyFileError`, :class:`CardError`.
"""

from app.sync.bundle import (
    BundleWriter,
    WrittenBundle,
    suggested_file_name,
    verify_written_bundle,
)
from app.sync.bundle_reader import OpenedBundle, open_bundle
from app.sync.caps import DEFAULT_CAPS, BundleCaps
from app.sync.cards import (
    Endorsement,
    PeerCard,
    TrustedPeer,
    endorse_card,
    identity_card,
    parse_identity_card,
    read_endorsement,
    read_identity_card,
    trusted_self,
    verify_card_fingerprint,
    verify_endorsement,
    write_identity_card,
)
from app.sync.errors import (
    BundleRejected,
    BundleStagingFailed,
    BundleWriteFailed,
    CardError,
    KeyFileError,
)
from app.sync.keys import (
    KdfParams,
    OfficeKeys,
    change_passphrase,
    default_key_path,
    fingerprint_text,
    generate_office_keys,
    load_office_keys,
    save_office_keys,
)
from app.sync.manifest import AuditAnchor, BundleHeader, FileEntry, Manifest
from app.sync.versions import SchemaSupport

__all__ = [
    "DEFAULT_CAPS", "AuditAnchor", "BundleCaps", "BundleHeader", "BundleRejected",
    "BundleStagingFailed", "BundleWriteFailed", "BundleWriter", "CardError", "Endorsement",
    "FileEntry", "KdfParams", "KeyFileError", "Manifest", "OfficeKeys", "OpenedBundle",
    "PeerCard", "SchemaSupport", "TrustedPeer", "WrittenBundle", "change_passphrase",
    "default_key_path", "endorse_card", "fingerprint_text", "generate_office_keys",
    "identity_card", "load_office_keys", "open_bundle", "parse_identity_card",
    "read_endorsement", "read_identity_card", "save_office_keys", "suggested_file_name",
    "trusted_self", "verify_card_fingerprint", "verify_endorsement", "verify_written_bundle",
    "write_identity_card",
]
