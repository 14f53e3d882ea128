"""The Scan intake tab of the staff window: bring pages in, review them, register each document
with its PDF.

tab.py wires the tab (the batch, the review's actions, registering); sources.py is the bar of
where pages come from (scanners, files, the scan folder); pages.py the list of a document's pages
as thumbnails; work.py what runs off the UI thread (scans, imports, thumbnails, registering).
Imports point one way: tab -> sources, pages -> work.
"""
