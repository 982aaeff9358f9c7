#!/usr/bin/env bash
# Installs from Debian what the site tests need, checking each on its own, since a machine may have one and not
# another: Chromium for the browser tests, a CJK font so that Chinese text has real glyphs to measure (without one,
# Chromium draws boxes and every size in the layout tests is meaningless), and poppler's pdftotext to read printed
# PDFs. CI and fresh machines run as root; elsewhere sudo is used if there is one.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list :lang=zh family 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0

run() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
echo "Installing from Debian for the tests: ${missing[*]}…"
export DEBIAN_FRONTEND=noninteractive
run apt-get update -qq
# fontconfig brings fc-list, which the check above needs next time.
run apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig >/dev/null
/usr/bin/chromium --version
fc-list :lang=zh family | head -n 1
pdftotext -v 2>&1 | head -n 1
