#!/usr/bin/env bash
# Regenerates every test fixture from its committed generator (python3 with numpy and scipy).
# Usage: tools/gen-fixtures.sh [module-dir ...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export PYTHONPATH="$root/tools${PYTHONPATH:+:$PYTHONPATH}"
dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && dirs=($(cd "$root" && find . -path '*/src/test/python' -type d | sed 's#/src/test/python##' | sort))
for d in "${dirs[@]}"; do
  for g in "$root/$d"/src/test/python/gen_*.py; do
    [ -e "$g" ] || continue
    echo "== $g" >&2
    python3 "$g"
  done
done
