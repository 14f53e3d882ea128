"""Scan intake: pages from scanners (SANE, eSCL), a watch folder and imported files, reviewed
(rotate, reorder, delete, split at separator sheets) and turned into one PDF per document."""
