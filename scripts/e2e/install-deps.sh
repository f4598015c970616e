#!/usr/bin/env bash
# System packages for `npm run test:e2e` on Debian 12: Chromium (driven by playwright-core; no browser download),
# LibreOffice Calc without GUI, poppler-utils (pdfinfo, pdftotext) and fonts. Idempotent: installs only what is
# missing; runs apt-get update only then. Works as root (CI containers) or through sudo.
set -euo pipefail

# Carlito has the metrics of Calibri (the font exceljs writes), so Calc lays the pages out as Excel would.
PACKAGES=(chromium libreoffice-calc-nogui poppler-utils fonts-dejavu-core fonts-crosextra-carlito)

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: semua paket sudah terpasang (${PACKAGES[*]})"
else
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
  elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "install-deps: perlu root atau sudo untuk memasang: ${missing[*]}" >&2
    exit 1
  fi
  echo "install-deps: memasang ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -q
  "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

for tool in chromium soffice pdfinfo pdftotext; do
  command -v "$tool" >/dev/null 2>&1 || { echo "install-deps: $tool tidak ditemukan setelah pemasangan" >&2; exit 1; }
done
echo "install-deps: $(chromium --version 2>/dev/null | head -1); $(soffice --version 2>/dev/null | head -1); $(pdfinfo -v 2>&1 | head -1)"
