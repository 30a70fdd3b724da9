#!/usr/bin/env bash
# Installs the toolkit and briefs the bundled French dispatch in English, offline, through Apertium
# with the Syria and wire glossaries.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh all
toolkit brief examples/alep-offensive-fr.txt --to en --engine apertium \
  --glossary glossaries/syria-fr-en.yaml --glossary glossaries/wire-fr-en.yaml
