"""Small helpers for visible text."""

from __future__ import annotations


def plain(text: str) -> str:
    """``text`` without Qt mnemonic markers: "&Simpan" -> "Simpan", "A && B" -> "A & B"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
