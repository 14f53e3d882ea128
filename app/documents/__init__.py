"""Notices as documents: templates, PDF/A rendering, files, signing containers and delivery."""
