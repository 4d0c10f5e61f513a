#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian machine: the npm packages (npm ci, exactly the lock file)
# and, when missing, Debian's chromium (browser tests) and LibreOffice Calc (the second spreadsheet engine).
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
# Word documents (LHE, proposal letter) are opened by LibreOffice Writer in the report tests; Carlito has
# Calibri's metrics, so a printed sheet is laid out as Excel lays it out.
dpkg -s libreoffice-writer >/dev/null 2>&1 || need+=(libreoffice-writer)
fc-list 2>/dev/null | grep -qi carlito || need+=(fonts-crosextra-carlito)
if ((${#need[@]})); then
  if [ "$(id -u)" = 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null
  else
    echo "setup: please install ${need[*]} (sudo apt-get install ${need[*]})" >&2
    exit 1
  fi
fi
npm ci --no-audit --no-fund
