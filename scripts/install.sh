#!/usr/bin/env bash
# Installs what the toolkit needs on a fresh Debian machine: Apertium and its fr-es / eng-spa pairs
# from Debian, then the toolkit with the engines asked for.
#   bash scripts/install.sh core          # Apertium + the toolkit alone (what scripts/demo.sh uses)
#   bash scripts/install.sh argos         # ... + the argos engine (CTranslate2; no torch)
#   bash scripts/install.sh transformers  # ... + the transformers engine (PyTorch CPU first)
#   bash scripts/install.sh [all]         # every engine (PyTorch CPU first)
#   bash scripts/install.sh dev           # every engine + what the tests and benchmarks need
#
# PyTorch is needed only by the transformers engine (and by the tests and benchmarks, which also
# install argostranslate, whose stanza dependency needs torch). `pip install torch` from the public
# index gives the CUDA build on Linux and pulls several GB of nvidia-* wheels; the CPU build comes
# from PyTorch's own index (override it with TORCH_INDEX_URL). A machine whose pip configuration
# already carries a torch wheel (find-links) uses that one and needs no network for it.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-all}
case "$mode" in
  core) extra="" torch=no ;;
  argos) extra="[argos]" torch=no ;;
  transformers | all | dev) extra="[$mode]" torch=yes ;;
  *) echo "install.sh: unknown mode '$mode': use core, argos, transformers, all or dev" >&2; exit 2 ;;
esac

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v apertium >/dev/null || [ ! -e /usr/share/apertium/modes/fr-es.mode ] \
   || [ ! -e /usr/share/apertium/modes/spa-eng.mode ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq apertium apertium-fr-es apertium-eng-spa >/dev/null
fi
# dev: the HTML brief is checked in a real headless browser (tests/test_brief_html_chromium.py),
# with Noto fonts so Arabic, Devanagari and the rest render.
if [ "$mode" = dev ] && ! command -v chromium >/dev/null; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null
fi
if [ "$torch" = yes ]; then
  # Before anything that depends on torch, so that nothing pulls the CUDA build in its place.
  if ! python3 -m pip install -q --no-index --no-deps torch==2.13.0 2>/dev/null; then
    python3 -m pip install -q torch==2.13.0 --index-url "${TORCH_INDEX_URL:-https://download.pytorch.org/whl/cpu}"
  fi
  python3 -m pip install -q torch==2.13.0  # its small dependencies (sympy, networkx, ...)
fi
python3 -m pip install -q -e ".$extra"
# The language-identification model is rebuilt from Lingua's PyPI wheel, not kept in git.
python3 scripts/build_langid_model.py --fetch --if-missing
