"""The watch folder: a file is taken once it has stopped growing, imported, and moved to taken/
(or failed/ with the reason); partial and temporary names are left alone; nothing is lost."""

import os

import pytest
from PIL import Image

from app.core.errors import IntakeError
from app.scan.sources.watch import WatchFolder
from tests.scan.test_import_files import make_pdf


@pytest.fixture
def folder(tmp_path):
    inbox = tmp_path / "scans"
    inbox.mkdir()
    return inbox


@pytest.fixture
def watch(folder, tmp_path):
    return WatchFolder(folder, tmp_path / "batch", settle_s=2.0)


def test_a_file_that_arrives_in_pieces_is_taken_once_and_complete(watch, folder, tmp_path):
    whole = make_pdf(tmp_path / "original.pdf", pages=5).read_bytes()
    arriving = folder / "scan_0001.pdf"
    with arriving.open("wb") as f:
        f.write(whole[: len(whole) // 2])
        f.flush()
        assert watch.poll(now=0.0) == []
        assert watch.poll(now=1.5) == []
        f.write(whole[len(whole) // 2:])
    # a later modification time, as a slow printer's next write gives
    os.utime(arriving, ns=(arriving.stat().st_atime_ns, arriving.stat().st_mtime_ns + 10**9))
    assert watch.poll(now=1.9) == []
    # two seconds after the last change, not after the first sighting
    assert watch.poll(now=3.5) == []
    (arrival,) = watch.poll(now=4.0)
    assert arrival.name == "scan_0001.pdf" and arrival.error is None
    assert len(arrival.pages) == 5
    assert arrival.path == folder / "taken" / "scan_0001.pdf"
    assert arrival.path.read_bytes() == whole
    assert not arriving.exists()
    assert watch.poll(now=10.0) == []


def test_temporary_and_partial_names_are_left_alone(watch, folder):
    names = [".scan_0002.pdf", "~$letter.pdf", "scan_0003.pdf.part", "scan_0004.tmp",
             "Thumbs.db"]
    for name in names:
        (folder / name).write_bytes(b"%PDF-1.4 still coming")
    for now in (0.0, 5.0, 10.0, 100.0):
        assert watch.poll(now=now) == []
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)


def test_a_bad_file_goes_to_failed_with_its_reason_and_the_others_go_on(watch, folder,
                                                                       tmp_path):
    make_pdf(folder / "a_good.pdf", pages=2)
    locked = folder / "b_notes.pdf"
    locked.write_text("not a PDF at all")
    Image.new("L", (800, 1100), 255).save(folder / "c_photo.png", dpi=(100, 100))
    assert watch.poll(now=0.0) == []
    arrivals = {a.name: a for a in watch.poll(now=2.0)}
    assert sorted(arrivals) == ["a_good.pdf", "b_notes.pdf", "c_photo.png"]
    assert len(arrivals["a_good.pdf"].pages) == 2
    assert len(arrivals["c_photo.png"].pages) == 1
    bad = arrivals["b_notes.pdf"]
    assert bad.pages == [] and bad.error.code == "scan_file_format"
    assert bad.path == folder / "failed" / "b_notes.pdf"
    assert bad.path.read_text() == "not a PDF at all"
    reason = folder / "failed" / "b_notes.pdf.error.txt"
    assert reason.read_text() == (
        "The file b_notes.pdf is not a PDF, TIFF, JPEG or PNG file, so it cannot be taken in. "
        "Save or export it as PDF and try again.\n")
    assert sorted(p.name for p in (folder / "taken").iterdir()) == ["a_good.pdf",
                                                                    "c_photo.png"]


def test_an_empty_file_is_given_time_to_be_filled_before_it_is_refused(watch, folder):
    empty = folder / "scan_0005.pdf"
    empty.write_bytes(b"")
    assert watch.poll(now=0.0) == []
    assert watch.poll(now=5.0) == []
    (arrival,) = watch.poll(now=25.0)
    assert arrival.error.code == "scan_file_empty"
    assert arrival.path == folder / "failed" / "scan_0005.pdf"


def test_the_same_name_arriving_again_is_kept_beside_the_first(watch, folder):
    make_pdf(folder / "scan.pdf", pages=1)
    watch.poll(now=0.0)
    (first,) = watch.poll(now=2.0)
    make_pdf(folder / "scan.pdf", pages=3)
    watch.poll(now=3.0)
    (second,) = watch.poll(now=5.0)
    assert first.path.name == "scan.pdf" and second.path.name == "scan (2).pdf"
    assert len(second.pages) == 3 and first.path.exists()


def test_a_watch_folder_that_is_gone_says_to_check_the_share(tmp_path):
    gone = tmp_path / "share"
    watch = WatchFolder(gone, tmp_path / "batch")
    with pytest.raises(IntakeError) as caught:
        watch.poll(now=0.0)
    assert str(caught.value) == (f"The watch folder {gone} cannot be read (No such file or "
                                 "directory). Check that the network share is connected.")
