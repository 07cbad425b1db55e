#!/usr/bin/env bash
# The scanner compiled by mypyc (the service's install) against the plain one (the development
# install): both record their findings on the same 738 texts, and not one may differ.
# Usage: scripts/check-compiled.sh PLAIN_PYTHON COMPILED_PYTHON
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
plain="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
compiled="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Run from elsewhere, so that the compiled install, not the checkout, is what `mailgate` is.
cd "$work"
"$compiled" -c 'import mailgate.scan.engine as e, sys; sys.exit(0 if e.__file__.endswith(".so") else "scanner not compiled: " + e.__file__)'
"$plain" "$root/bench/poison/findings.py" record "$work/plain.json"
"$compiled" "$root/bench/poison/findings.py" record "$work/compiled.json"
"$plain" "$root/bench/poison/findings.py" compare "$work/plain.json" "$work/compiled.json"
