"""Small shared pieces of the domain: warnings and value-error base class.

A *warning* is something a clerk should look at but may keep (e.g. an age above 35 at
appointment); an *error* rejects the input. Both carry a stable code and parameters; the text
comes from the message catalog of :mod:`app.errors` (Indonesian first, English second).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from app.errors import FieldError, SimpegError, message


@dataclass(frozen=True)
class DomainWarning:
    """A finding that does not reject the value: ``code``, the ``field`` it concerns, params."""

    code: str
    field: str = ""
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)

    def text(self, lang: str | None = None) -> str:
        return message(self.code, lang, **self.params)


class InvalidValue(SimpegError, ValueError):
    """A value breaks a rule of the field. ``code`` is stable, ``part`` names the wrong part.

    It is both a :class:`~app.errors.SimpegError` (catalog text) and a ``ValueError``.
    """

    code = "value.invalid"
    default_field = ""

    def __init__(self, code: str | None = None, /, *, part: str = "", **params: object) -> None:
        self.part = part
        super().__init__(code, **params)

    def to_field_error(self, field_name: str | None = None) -> FieldError:
        """The same problem as a :class:`~app.errors.FieldError` for a form or import."""
        return FieldError(field_name or self.default_field, self.code, dict(self.params))
