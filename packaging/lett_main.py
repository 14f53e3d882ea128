"""Entry script of the frozen app. `lett --ocrmypdf ARGS` runs OCRmyPDF itself: a frozen app
has no `python -m ocrmypdf`, and the text layer of a scanned document runs in a process of its
own (app.scan.ocr)."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--ocrmypdf"]:
        from ocrmypdf.__main__ import run

        del sys.argv[1]
        sys.exit(run())
    from app.cli import main

    sys.exit(main())
