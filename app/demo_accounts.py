"""The accounts of the demo office — one place for the demo generator and the login screen.

They exist only in a demo database (``simpeg-gui --demo`` / ``simpeg demo``); the demo
generator creates them (bypassing the password policy: ``admin123`` is on the common-password
list on purpose, no real account may use it), and the login screen lists them in demo mode.
"""

from __future__ import annotations

from dataclasses import dataclass

DEMO_OFFICE_CODE = "15.02"
DEMO_OFFICE_NAME = "BKPSDM Kabupaten Merangin"
DEMO_EMPLOYEES = 3000


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: str  # an app.services.auth.Role value
    full_name: str


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("admin", "admin123", "admin", "Admin Demo"),
    DemoAccount("operator", "operator123", "operator", "Operator Demo"),
    DemoAccount("verifikator", "verif123", "verifikator", "Verifikator Demo"),
)


def demo_account(username: str) -> DemoAccount | None:
    """The demo account named ``username`` (case-insensitive), or None."""
    name = username.strip().lower()
    return next((a for a in DEMO_ACCOUNTS if a.username == name), None)
