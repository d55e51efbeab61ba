"""What the ``cli_*`` modules share (app.cli_base): contexts, secrets, option-named errors."""

from __future__ import annotations

import argparse
import os
import sys

import pytest

from app.cli_base import office_context, read_secret, system_context, with_flags
from app.errors import FieldError, SimpegError, ValidationError, set_language
from app.services.context import ServiceContext
from app.services.office import init_office

ENV = "SIMPEG_TEST_SECRET"


@pytest.fixture(autouse=True)
def _indonesian():
    set_language("id")
    yield
    set_language("id")


@pytest.fixture
def no_terminal(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # noqa: SIM115 - not a terminal


def _secret(given=None, **kw):
    return read_secret(given, ENV, missing="cli.password_needed",
                       prompt="cli.password_prompt", **kw)


def test_the_option_wins_over_the_environment(monkeypatch):
    monkeypatch.setenv(ENV, "dari-lingkungan")
    assert _secret("dari-opsi") == "dari-opsi"
    assert _secret(None) == "dari-lingkungan"


def test_no_secret_is_asked_for_when_none_is_needed(no_terminal):
    assert _secret(needed=lambda: False) is None


def test_without_a_terminal_the_reason_names_the_variable(no_terminal):
    with pytest.raises(SimpegError) as caught:
        _secret(needed=lambda: True)
    assert ENV in caught.value.text()
    assert "--password" in caught.value.text()


def test_errors_are_named_by_their_option():
    exc = ValidationError([FieldError("unit", "field.required"), FieldError("x", "field.required")])
    text = with_flags(exc, {"unit": "--unit"})
    assert text.startswith("--unit: ")
    assert "; x: " in text


def test_a_database_without_an_office_is_refused_with_how_to_set_it_up(tmp_path):
    db = tmp_path / "kosong.db"
    ServiceContext.open(db, create=True).close()
    args = argparse.Namespace(db=str(db))
    with system_context(args) as ctx:  # reports and intake only need the system user
        assert ctx.user is not None and ctx.user.username == "system"
    with pytest.raises(SimpegError) as caught:
        office_context(args)
    assert "simpeg init --office" in caught.value.text()


def test_an_office_database_is_opened_as_its_system_user(tmp_path):
    db = tmp_path / "kantor.db"
    init_office(db, "15.02")
    with office_context(argparse.Namespace(db=str(db))) as ctx:
        assert ctx.user is not None
        assert (ctx.user.username, ctx.user.office_code) == ("system", "15.02")
