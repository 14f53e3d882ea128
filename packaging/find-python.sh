#!/usr/bin/env bash
# Prints a Python 3.12 or newer to build Lett's virtualenv with: on PATH, or one that pyenv has.
# (PySide6 needs 3.12+: on 3.11 it mishandles references to None, True and False.)
for v in 3.12 3.13 3.14; do
  for c in "python$v" $(ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/$v*/bin/python$v 2>/dev/null); do
    if "$c" -c 'import sys, venv; assert sys.version_info >= (3, 12)' >/dev/null 2>&1; then
      command -v "$c"
      exit 0
    fi
  done
done
if python3 -c 'import sys; assert sys.version_info >= (3, 12)' >/dev/null 2>&1; then
  command -v python3
  exit 0
fi
echo "Lett needs Python 3.12 or newer; install it (e.g. apt-get install python3.12)." >&2
exit 1
