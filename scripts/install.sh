#!/usr/bin/env bash
# Installs what the toolkit needs on a fresh Debian machine: Apertium and its fr-es / eng-spa pairs
# from Debian, PyTorch (CPU, pinned, before anything that depends on it) and the toolkit itself.
#   bash scripts/install.sh          # the toolkit with every engine
#   bash scripts/install.sh dev      # ... plus what the tests and benchmarks need
set -euo pipefail
cd "$(dirname "$0")/.."
extra=${1:-all}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v apertium >/dev/null || [ ! -e /usr/share/apertium/modes/fr-es.mode ] \
   || [ ! -e /usr/share/apertium/modes/spa-eng.mode ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq apertium apertium-fr-es apertium-eng-spa >/dev/null
fi
# A plain `torch` requirement would pull a multi-GB CUDA build: pin the CPU wheel first.
python3 -m pip install -q torch==2.13.0
python3 -m pip install -q -e ".[$extra]"
