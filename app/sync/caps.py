"""Resource caps checked before any expensive crypto or decompression (sync.md §4.8, §5.3).

Sized for the province's worst case (sync.md §4.10): a full bundle of 100,000 employees plus
about 1,000,000 history rows is roughly 70 MB of JSONL for the employees and 400–700 MB for the
histories, 60–100 MB once deflated and encrypted. Every cap leaves several times that headroom
while still bounding what a hostile file can make us do.
"""

from __future__ import annotations

from dataclasses import dataclass

MiB = 1024 * 1024


@dataclass(frozen=True)
class BundleCaps:
    max_file_bytes: int = 1024 * MiB
    """The encrypted file as it arrives (age adds ~0.02 %, so this also bounds the ZIP)."""
    max_header_bytes: int = 8 * 1024
    """The age header (one stanza per recipient plus a random "grease" stanza)."""
    max_stanzas: int = 8
    max_members: int = 128
    """Files in the ZIP: one per table (about 40 synced tables today) plus the manifest pair."""
    max_member_bytes: int = 1536 * MiB
    """Uncompressed size of one member (a table's JSONL); below ZIP's 2 GiB non-ZIP64 limit."""
    max_total_bytes: int = 6 * 1024 * MiB
    """Uncompressed size of all members together."""
    max_ratio: int = 200
    """Uncompressed / compressed size of a member. Realistic JSONL deflates 5–20×; a bomb ~1000×."""
    max_manifest_bytes: int = 4 * MiB
    max_line_bytes: int = 8 * MiB
    """One JSONL row (a row may carry a base64 photo)."""
    max_central_directory_bytes: int = 128 * 1024


DEFAULT_CAPS = BundleCaps()
