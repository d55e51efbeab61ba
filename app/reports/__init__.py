"""PDF forms and lists (reportlab) and Excel export (openpyxl); labels come from the caller."""
