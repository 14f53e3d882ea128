"""Pages that look scanned: A4 paper a little off white with lines of text, scanner noise, a
slight skew, dust and the shadows of punched holes; and printed PDFs (separator sheets) turned
into such pages through pdftoppm."""

from __future__ import annotations

import functools
import random
import subprocess
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFont

import resources
from app.scan.pages import Page

A4_MM = (210, 297)
PAPER = 242

ESTONIAN = "Taotlus: õpilase sõidusoodustus, äriühingu öötöö, ülevaatus ja šokolaad"
RUSSIAN = "Заявление о выдаче справки: жилищный вопрос, льготы и пособие"
ENGLISH = "Request for information about the opening hours of the office"


def mm_to_px(mm: float, dpi: int) -> int:
    return round(mm / 25.4 * dpi)


def paper(dpi: int = 300) -> Image.Image:
    return Image.new("L", (mm_to_px(A4_MM[0], dpi), mm_to_px(A4_MM[1], dpi)), PAPER)


def text_page(lines: list[str], dpi: int = 300, size_pt: float = 11, top_mm: float = 30,
              leading: float = 1.5, ink: int = 25) -> Image.Image:
    """A4 paper with `lines` of text in grey level `ink` from 25 mm on the left, `top_mm`
    from the top."""
    page = paper(dpi)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(resources.path("fonts", "DejaVuSans.ttf")),
                              round(size_pt / 72 * dpi))
    y = mm_to_px(top_mm, dpi)
    for line in lines:
        draw.text((mm_to_px(25, dpi), y), line, fill=ink, font=font)
        y += round(size_pt * leading / 72 * dpi)
    return page


def letter(dpi: int = 300, n: int = 0) -> Image.Image:
    """A page of an ordinary letter: a heading and thirty lines of text."""
    body = [ESTONIAN, RUSSIAN, ENGLISH]
    lines = [f"Kiri nr {n + 1}/2026", ""] + [f"{body[i % 3]} {i + 1}." for i in range(30)]
    return text_page(lines, dpi)


def scanned(image: Image.Image, *, noise: float = 6, skew: float = 0.0, turn: int = 0,
            dust: int = 0, holes: bool = False, seed: int = 0) -> Image.Image:
    """`image` as a scanner gives it back: dust specks, punched holes' shadows at the left
    edge, a skew of `skew` degrees, turned by `turn` degrees, Gaussian noise of `noise` levels."""
    rng = random.Random(seed)
    out = image.copy()
    dpi_guess = out.width / (A4_MM[0] / 25.4)
    draw = ImageDraw.Draw(out)
    for _ in range(dust):
        x, y = rng.randrange(out.width), rng.randrange(out.height)
        r = max(1, round(rng.uniform(0.1, 0.35) / 25.4 * dpi_guess))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randrange(40, 120))
    if holes:
        r = mm_to_px(3, round(dpi_guess))
        x = mm_to_px(12, round(dpi_guess))
        for y_mm in (A4_MM[1] / 2 - 40, A4_MM[1] / 2 + 40):
            y = mm_to_px(y_mm, round(dpi_guess))
            draw.ellipse((x - r, y - r, x + r, y + r), fill=60)
    if skew:
        out = out.rotate(skew, resample=Image.Resampling.BILINEAR, fillcolor=PAPER)
    if turn:
        out = out.rotate(turn, expand=True)
    if noise:
        out = ImageChops.add(out, _grain(out.size, noise, seed), scale=1, offset=-128)
    return out


@functools.cache
def _tile(sigma: float) -> Image.Image:
    return Image.effect_noise((509, 509), sigma)


def _grain(size: tuple[int, int], sigma: float, seed: int) -> Image.Image:
    """Gaussian noise over `size`, a tile of it repeated (drawing it whole is slow at 300 dpi),
    shifted by `seed`."""
    tile = _tile(sigma)
    grain = Image.new("L", size)
    shift = (seed * 97) % tile.width
    for x in range(-shift, size[0], tile.width):
        for y in range(-shift, size[1], tile.height):
            grain.paste(tile, (x, y))
    return grain


def rasterise(pdf: bytes, dpi: int) -> Image.Image:
    """The first page of `pdf` as pdftoppm draws it in grey at `dpi`."""
    done = subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-singlefile", "-"],
                          input=pdf, capture_output=True, check=True)
    with Image.open(BytesIO(done.stdout)) as image:
        return image.convert("L")


def save(image: Image.Image, path: Path, dpi: int, *, source: str = "") -> Page:
    """`image` written to `path` (JPEG or PNG by its suffix) as a page of `dpi`."""
    if path.suffix.lower() in (".jpg", ".jpeg"):
        image.save(path, "JPEG", quality=85, dpi=(dpi, dpi))
    else:
        image.save(path, dpi=(dpi, dpi))
    return Page(path, dpi=dpi, source=source or path.name)
