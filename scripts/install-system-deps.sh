#!/usr/bin/env bash
# System packages the tests and `npm run pdf` use, from Debian's archive:
# chromium (driven by playwright-core; never a downloaded browser) and
# poppler-utils (pdftoppm, pdfinfo, pdftotext to check the PDFs).
# Installs only what is missing; needs root (CI and these machines are root).
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)

if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages present: chromium, poppler-utils"
  exit 0
fi
echo "installing from Debian: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
