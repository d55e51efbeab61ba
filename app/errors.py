"""Structured errors of the core.

The core never builds user-facing sentences inline: it raises an error with a stable ``code``,
the ``field`` it concerns and ``params``; the message catalog turns that into Indonesian (the
default) or English for the CLI, the reports and the UI. Modules register their own messages
with :func:`register_messages` at import time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

_CATALOG: dict[str, dict[str, str]] = {}
_language = "id"
LANGUAGES = ("id", "en")


def register_messages(messages: Mapping[str, tuple[str, str]]) -> None:
    """Register ``code -> (indonesian, english)`` templates (``str.format`` placeholders)."""
    for code, (text_id, text_en) in messages.items():
        _CATALOG[code] = {"id": text_id, "en": text_en}


def set_language(lang: str) -> None:
    """Choose the default language of messages (``"id"`` or ``"en"``)."""
    global _language
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    _language = lang


def get_language() -> str:
    return _language


def message(code: str, lang: str | None = None, **params: object) -> str:
    """The text for ``code`` in ``lang`` (default: the current language)."""
    entry = _CATALOG.get(code)
    if entry is None:
        detail = ", ".join(f"{k}={v}" for k, v in sorted(params.items()))
        return f"{code}" + (f" ({detail})" if detail else "")
    template = entry.get(lang or _language) or entry["id"]
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


@dataclass(frozen=True)
class FieldError:
    """One problem with one field of a form or record."""

    field: str
    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self, lang: str | None = None) -> str:
        return message(self.code, lang, **self.params)


class SimpegError(Exception):
    """Base of every error the core raises on purpose."""

    code = "error"

    def __init__(self, code: str | None = None, /, **params: object) -> None:
        self.code = code or type(self).code
        self.params = params
        super().__init__(self.text())

    def text(self, lang: str | None = None) -> str:
        return message(self.code, lang, **self.params)


class ValidationError(SimpegError):
    """Input is wrong; ``errors`` says which field and why. Nothing was changed."""

    code = "validation.failed"

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = tuple(errors)
        super().__init__(self.code, count=len(self.errors))

    def text(self, lang: str | None = None) -> str:
        errors = getattr(self, "errors", ())
        if len(errors) == 1:
            e = errors[0]
            return f"{e.field}: {e.text(lang)}"
        return "; ".join(f"{e.field}: {e.text(lang)}" for e in errors) or message(self.code, lang)

    def by_field(self, lang: str | None = None) -> dict[str, str]:
        """First message per field, for a form that marks the wrong field."""
        out: dict[str, str] = {}
        for e in self.errors:
            out.setdefault(e.field, e.text(lang))
        return out


class PermissionDenied(SimpegError):
    code = "auth.denied"


class NotFound(SimpegError):
    code = "record.not_found"


class Conflict(SimpegError):
    """The write clashes with existing data (e.g. a duplicate NIP)."""

    code = "record.conflict"


register_messages(
    {
        "error": ("Terjadi kesalahan.", "An error occurred."),
        "validation.failed": ("Ada {count} isian yang salah.", "{count} field(s) are invalid."),
        "auth.denied": (
            "Peran Anda ({role}) tidak boleh melakukan: {action}.",
            "Your role ({role}) may not: {action}.",
        ),
        "record.not_found": ("Data {what} tidak ditemukan.", "{what} not found."),
        "record.conflict": ("Data bentrok dengan data lain.", "The data clashes with other data."),
        "field.required": ("Wajib diisi.", "Required."),
    }
)
