"""Spreadsheet intake: header mapping, preview (dry run), apply through the services."""
