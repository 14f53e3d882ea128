#!/usr/bin/env bash
# System libraries Lett's Qt windows, chime and CUPS printing need on Debian/Ubuntu, and
# poppler-utils, whose pdftotext the tests read notices with; the PC/SC service and
# vsmartcard's virtual reader for the ID card (the tests put a virtual card in it), and the
# PC/SC headers and swig that pyscard's build needs where no wheel fits the Python; SANE's
# scanimage (and its `test` backend, which the tests scan from), tesseract with Estonian,
# Russian and English and Ghostscript for OCRmyPDF's text layer and PDF/A; chromium and its
# driver, in which the tests open the ticket's page on a phone-sized screen.
set -euo pipefail
need=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libpulse0
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 cups-client
      poppler-utils libpcsclite1 pcscd vsmartcard-vpcd libpcsclite-dev swig
      sane-utils libsane1 tesseract-ocr tesseract-ocr-est tesseract-ocr-rus tesseract-ocr-eng
      ghostscript chromium chromium-driver)
# With --with-cups: the CUPS scheduler and its backends, for the raw-queue printing test.
[ "${1:-}" = "--with-cups" ] && need+=(cups)
missing=()
for p in "${need[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y --no-install-recommends "${missing[@]}" \
  || { $sudo apt-get update && $sudo apt-get install -y --no-install-recommends "${missing[@]}"; }
