"""Where the pages of a batch come from: imported files (PDF, TIFF, JPEG, PNG), scanners through
SANE, eSCL network scanners, and a watch folder that multifunction printers scan into.

Each source writes the page images it brings into the batch's work folder and returns them as
`Page`s. A source that fails says why in a `LettError` the person can act on; one that stops
mid-job (a jam, a scanner that goes away) keeps the pages it brought in the error's `pages`.
"""
