#!/bin/sh
# Regenerates the goldens of test/conformance/programs/*.py by running each
# program with python3.12 (the oracle), then checks our runtime against them.
# It does not touch the syntax or dis goldens (see regen-syntax-goldens.py).
set -e
cd "$(dirname "$0")/.."
REFSCOPE_UPDATE_GOLDENS=1 PYENV_VERSION=3.12.1 node --import tsx --test test/conformance/programs.test.ts
