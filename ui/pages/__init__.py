"""Navigation pages, one screen per module; see :mod:`ui.pages.registry` for how they appear."""
