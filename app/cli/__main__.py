"""`python -m app.cli`: the `lett` command."""

from app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
