"""Greedy word wrapping measured in the report font (fast: whole-cell and per-word width caches).

Platypus ``Paragraph`` objects are too slow for lists of 15,000 employees (ten cells each);
table cells are plain text, so this wrapper measures words with reportlab's C-accelerated
``stringWidth`` and breaks lines at spaces, hard-breaking a word longer than the cell.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

Line = tuple[str, float]  # text and its width in points


class Measurer:
    """Widths of text in one font and size, with a cache for repeated words."""

    def __init__(self, font: str, size: float) -> None:
        self.font = font
        self.size = size
        self._cache: dict[str, float] = {}
        self.space = stringWidth(" ", font, size)

    def width(self, text: str) -> float:
        cache = self._cache
        found = cache.get(text)
        if found is None:
            found = stringWidth(text, self.font, self.size)
            if len(cache) < 200_000:
                cache[text] = found
        return found

    def wrap(self, text: str, width: float) -> list[Line]:
        """Lines of ``text`` (``\\n`` forces a break) no wider than ``width``."""
        lines: list[Line] = []
        for part in text.split("\n"):
            self._wrap_part(part.strip(), width, lines)
        return lines

    def _wrap_part(self, part: str, width: float, out: list[Line]) -> None:
        whole = self.width(part)
        if whole <= width or not part:
            out.append((part, whole))
            return
        line, line_w = "", 0.0
        for word in part.split():
            w = self.width(word)
            if not line:
                if w > width:
                    line, line_w = self._hard_break(word, width, out)
                else:
                    line, line_w = word, w
                continue
            if line_w + self.space + w <= width:
                line, line_w = f"{line} {word}", line_w + self.space + w
            else:
                out.append((line, line_w))
                if w > width:
                    line, line_w = self._hard_break(word, width, out)
                else:
                    line, line_w = word, w
        if line:
            out.append((line, line_w))

    def _hard_break(self, word: str, width: float, out: list[Line]) -> Line:
        """Break a word wider than the cell into pieces; returns the unfinished last piece."""
        piece = ""
        for ch in word:
            trial = piece + ch
            if piece and stringWidth(trial, self.font, self.size) > width:
                out.append((piece, stringWidth(piece, self.font, self.size)))
                piece = ch
            else:
                piece = trial
        return piece, stringWidth(piece, self.font, self.size)
