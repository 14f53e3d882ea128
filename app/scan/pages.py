"""A batch of pages under review: each page an image file in the batch's work folder.

Sources (scanners, the watch folder, imported files) write the pages they bring into a batch's
folder and return them as `Page`s; review rotates, reorders, deletes and splits them; output
turns the pages of one document into one PDF. Nothing is removed from the folder until the
document made from it is registered, so a crash or a closed window loses no page.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

ROTATIONS = (0, 90, 180, 270)


@dataclass(frozen=True)
class Page:
    # A PNG, JPEG or TIFF image of one page (never modified: rotation is kept aside).
    image: Path
    # Degrees clockwise to turn the image when it is shown or put into the PDF.
    rotation: int = 0
    # The image's resolution in dots per inch (for the page size in the PDF).
    dpi: int = 300
    # Where it came from, for a person: "test:0", "scan.pdf p. 3", "eSCL 192.168.1.20".
    source: str = ""

    def rotated(self, degrees: int) -> Page:
        return replace(self, rotation=(self.rotation + degrees) % 360)
