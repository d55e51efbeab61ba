"""Deterministic row keys for the demo: same seed and day, same ids, same digest.

Keys have the UUIDv7 layout of :func:`app.db.base.new_id` (48-bit milliseconds, version 7,
variant, random bits) so they sort in creation order like every other key: the millisecond
field counts up from midnight UTC of the demo's ``today`` and the random bits come from a
generator seeded with the demo seed.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

_VERSION = 0x7 << 76
_VARIANT = 0b10 << 62
_LOW = (1 << 62) - 1


class DemoIds:
    """Hands out UUIDv7-shaped text keys, one millisecond apart, from a seeded generator."""

    def __init__(self, seed: int, today: date) -> None:
        midnight = datetime(today.year, today.month, today.day, tzinfo=UTC)
        self._ms = int(midnight.timestamp() * 1000)
        self._bits = random.Random(f"demo-ids:{seed}").getrandbits

    def __call__(self) -> str:
        self._ms += 1
        rand = self._bits(74)
        value = ((self._ms & 0xFFFFFFFFFFFF) << 80) | _VERSION | ((rand >> 62) << 64) \
            | _VARIANT | (rand & _LOW)
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
