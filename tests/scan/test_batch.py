"""The intake batch keeps what was scanned across a restart and removes a page image only
once no document uses it."""

import json

from PIL import Image

from app.scan.batch import MANIFEST, Batch
from app.scan.pages import Page


def _page(batch: Batch, shade: int = 255) -> Page:
    path = batch.page_path(".png")
    Image.new("L", (40, 60), shade).save(path)
    return Page(path, source="test:0")


def test_a_batch_reopens_as_it_was_with_rotations_and_order(tmp_path):
    batch = Batch.open(tmp_path / "intake")
    a, b, c = (_page(batch) for _ in range(3))
    batch.add_document([a, b])
    batch.add_document([c])
    batch.set_pages(0, [b.rotated(90), a])
    again = Batch.open(tmp_path / "intake")
    assert [[(p.image, p.rotation) for p in d.pages] for d in again.documents] == [
        [(b.image, 90), (a.image, 0)], [(c.image, 0)]]


def test_pages_no_document_lists_are_kept_as_a_document_of_their_own(tmp_path):
    batch = Batch.open(tmp_path / "intake")
    listed = _page(batch)
    batch.add_document([listed])
    loose = _page(batch)  # written by a scan cut off before its page was listed
    again = Batch.open(tmp_path / "intake")
    assert [[p.image for p in d.pages] for d in again.documents] == [[listed.image],
                                                                     [loose.image]]


def test_a_broken_list_loses_no_page(tmp_path):
    batch = Batch.open(tmp_path / "intake")
    page = _page(batch)
    batch.add_document([page])
    (tmp_path / "intake" / MANIFEST).write_text("{not json", encoding="utf-8")
    again = Batch.open(tmp_path / "intake")
    assert [[p.image for p in d.pages] for d in again.documents] == [[page.image]]


def test_deleted_and_registered_pages_leave_the_folder_and_the_rest_stays(tmp_path):
    batch = Batch.open(tmp_path / "intake")
    a, b, c = (_page(batch) for _ in range(3))
    batch.add_document([a, b])
    batch.add_document([c])
    batch.set_pages(0, [a])
    assert not b.image.exists() and a.image.exists()
    batch.take(0)
    assert not a.image.exists() and c.image.exists()
    data = json.loads((tmp_path / "intake" / MANIFEST).read_text(encoding="utf-8"))
    assert [[p["image"] for p in d["pages"]] for d in data["documents"]] == [[c.image.name]]


def test_a_split_keeps_every_page(tmp_path):
    batch = Batch.open(tmp_path / "intake")
    pages = [_page(batch) for _ in range(4)]
    batch.add_document(pages)
    batch.replace_all([pages[:1], pages[1:]])
    assert [len(d.pages) for d in batch.documents] == [1, 3]
    assert all(p.image.exists() for p in pages)
