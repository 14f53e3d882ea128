"""Review of a batch: turning, reordering, deleting, inserting and replacing pages, splitting by
hand, and the blank pages suggested for removal."""

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageOps

from app.scan import review
from app.scan.pages import Page
from tests.scan.scanned import ENGLISH, letter, paper, save, scanned, text_page


def pages(n: int) -> list[Page]:
    return [Page(Path(f"p{i}.png"), source=f"test:{i}") for i in range(n)]


def names(seq) -> list[str]:
    return [p.source for p in seq]


def test_turning_a_page_keeps_the_image_and_adds_quarter_turns():
    batch = pages(3)
    turned = review.rotate(batch, 1, 90)
    turned = review.rotate(turned, 1, 270 + 90)
    assert [p.rotation for p in turned] == [0, 90, 0]
    assert turned[1].image == batch[1].image
    assert [p.rotation for p in batch] == [0, 0, 0]  # the list given is left as it was
    assert [p.rotation for p in review.rotate_all(batch, -90)] == [270, 270, 270]
    with pytest.raises(ValueError):
        review.rotate(batch, 0, 45)
    with pytest.raises(IndexError):
        review.rotate(batch, 3, 90)


def test_a_dragged_page_lands_where_it_was_dropped():
    batch = pages(4)
    assert names(review.move(batch, 0, 2)) == ["test:1", "test:2", "test:0", "test:3"]
    assert names(review.move(batch, 3, 0)) == ["test:3", "test:0", "test:1", "test:2"]
    assert names(batch) == ["test:0", "test:1", "test:2", "test:3"]
    with pytest.raises(IndexError):
        review.move(batch, 0, 4)


def test_deleting_inserting_and_replacing_pages():
    batch = pages(4)
    again = [Page(batch[0].image.with_name("new.png"), source="again")]
    assert names(review.delete(batch, [0, 2])) == ["test:1", "test:3"]
    assert names(review.insert(batch, 1, again)) == [
        "test:0", "again", "test:1", "test:2", "test:3"]
    assert names(review.insert(batch, 4, again))[-1] == "again"
    assert names(review.replace(batch, 3, again)) == ["test:0", "test:1", "test:2", "again"]
    assert names(review.replace(batch, 0, again + again)) == [
        "again", "again", "test:1", "test:2", "test:3"]
    for bad in (lambda: review.delete(batch, [4]), lambda: review.insert(batch, 5, again),
                lambda: review.replace(batch, -1, again)):
        with pytest.raises(IndexError):
            bad()


def test_splitting_by_hand_and_joining_again():
    batch = pages(5)
    documents = review.split_at(batch, [3, 1])
    assert [names(d) for d in documents] == [["test:0"], ["test:1", "test:2"],
                                             ["test:3", "test:4"]]
    assert [names(d) for d in review.join(documents, 1)] == [
        ["test:0"], ["test:1", "test:2", "test:3", "test:4"]]
    assert [names(d) for d in review.split_at(batch, [])] == [names(batch)]
    with pytest.raises(IndexError):
        review.split_at(batch, [0])
    with pytest.raises(IndexError):
        review.join(documents, 2)


@pytest.mark.parametrize(("dpi", "suffix"), [(300, ".jpg"), (200, ".png"), (150, ".jpg")])
def test_blank_pages_are_suggested_despite_dust_holes_and_noise(tmp_path, dpi, suffix):
    looks = {
        "clean": paper(dpi),
        "dusty, punched, skewed": scanned(paper(dpi), dust=60, holes=True, noise=10, skew=1.5,
                                          seed=1),
        "very noisy, upside down": scanned(paper(dpi), dust=150, noise=16, turn=180, seed=2),
        # The back of a printed sheet: the other side's text shows through, faint and mirrored.
        "show-through": scanned(ImageOps.mirror(text_page([ENGLISH] * 20, dpi, ink=205)),
                                noise=6),
    }
    for n, (look, image) in enumerate(looks.items()):
        page = save(image, tmp_path / f"{n}{suffix}", dpi)
        assert review.is_blank(page), look


@pytest.mark.parametrize(("dpi", "suffix"), [(300, ".jpg"), (200, ".png"), (150, ".jpg")])
def test_a_page_with_a_few_words_is_not_blank(tmp_path, dpi, suffix):
    looks = {
        "one line": scanned(text_page(["Lugupeetud härra Tamm"], dpi), dust=30, holes=True),
        "two lines at the foot": scanned(text_page(["Lugupidamisega", "Mari Maasikas"], dpi,
                                                   top_mm=250), noise=12),
        "a letter upside down": scanned(letter(dpi), turn=180, skew=1),
        "a dark photo": Image.new("L", paper(dpi).size, 60),
    }
    for n, (look, image) in enumerate(looks.items()):
        page = save(image, tmp_path / f"{n}{suffix}", dpi)
        assert not review.is_blank(page), look


def test_a_blank_page_in_colour_with_a_stamp_is_not_blank(tmp_path):
    image = Image.new("RGB", paper(200).size, (245, 243, 238))
    ImageDraw.Draw(image).ellipse((500, 700, 800, 1000), outline=(40, 40, 160), width=12)
    assert not review.is_blank(save(image, tmp_path / "stamp.jpg", 200))
    assert review.is_blank(save(Image.new("RGB", image.size, (245, 243, 238)),
                                tmp_path / "plain.jpg", 200))


def test_an_image_that_cannot_be_read_is_neither_blank_nor_a_separator(tmp_path):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8 cut off")
    for page in (Page(broken), Page(tmp_path / "gone.png")):
        assert not review.is_blank(page)
        assert review.separator_kind(page) is None
        assert review.split_documents([page]) == [[page]]
