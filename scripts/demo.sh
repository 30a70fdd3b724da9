#!/usr/bin/env bash
# Installs Apertium and the core toolkit (no neural engine, no torch) and briefs the bundled French
# dispatch in English, offline, through Apertium with the Syria and wire glossaries.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh core
toolkit brief examples/alep-offensive-fr.txt --to en --engine apertium \
  --glossary glossaries/syria-fr-en.yaml --glossary glossaries/wire-fr-en.yaml
