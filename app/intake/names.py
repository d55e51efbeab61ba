"""A name cell that carries the academic titles too: ``"Dr. H. Ahmad Yani, S.E., M.M."``.

Office lists often write the name as printed. When the file has no gelar columns, the titles
are split off so that ``nama`` holds the name alone (the search key and the DUK sort on it):
titles after the first comma are the gelar belakang, title words before the name (``Dr.``,
``Drs.``, ``Ir.``, ``H.``, ``Hj.``, ``Prof.``…) the gelar depan. A comma followed by anything
that does not look like titles is left alone.
"""

from __future__ import annotations

import re

_FRONT = frozenset({"DR", "DRS", "DRA", "IR", "H", "HJ", "PROF", "DRG", "DRH", "HC", "KH",
                    "NS", "APT", "BD", "RD"})
_TITLE = re.compile(r"^[A-Za-z]{1,6}(?:[.\-][A-Za-z]{0,8})*\.?(?:\s*\([A-Za-z. ]+\))?$")


def _looks_like_titles(text: str) -> bool:
    parts = [p.strip() for p in text.split(",") if p.strip()]
    return bool(parts) and all("." in p and _TITLE.match(p.replace(" ", "")) for p in parts)


def split_titles(text: str) -> tuple[str | None, str, str | None]:
    """``(gelar_depan, nama, gelar_belakang)``."""
    name, back = text.strip(), None
    if "," in name:
        head, tail = name.split(",", 1)
        if _looks_like_titles(tail):
            name, back = head.strip(), ", ".join(p.strip() for p in tail.split(",") if p.strip())
    words = name.split()
    front: list[str] = []
    while len(words) > 1 and words[0].rstrip(".").replace(".", "").upper() in _FRONT \
            and words[0].endswith("."):
        front.append(words.pop(0))
    return (" ".join(front) or None), " ".join(words), back
