#!/usr/bin/env bash
# Create bench/.venv and install the pinned reference-side dependencies
# (Pillow, numpy, PyPI pdqhash = Meta's C++ PDQ core, faiss-cpu, pypng).
#
# Idempotent: re-running only (re)installs what is missing or at the wrong version.
# Quiet: prints one line on success; pip output goes to bench/.venv/setup.log.
#
# Usage: bash bench/setup.sh            (from anywhere)
#        PYTHON=python3.11 bash bench/setup.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
py="${PYTHON:-python3}"

if [ ! -x "$venv/bin/python" ]; then
    "$py" -m venv "$venv"
fi
log="$venv/setup.log"
# Skip pip entirely when the pinned set is already satisfied (fast re-runs).
stamp="$venv/.requirements.sha256"
want="$(sha256sum "$here/requirements.txt" | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] \
    && "$venv/bin/python" -c 'import PIL, numpy, pdqhash, faiss, png' 2>/dev/null; then
    echo "bench/.venv up to date"
    exit 0
fi
{
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$here/requirements.txt"
} >"$log" 2>&1 || { cat "$log" >&2; echo "bench/setup.sh: pip install failed" >&2; exit 1; }
"$venv/bin/python" -c 'import PIL, numpy, pdqhash, faiss, png' 
echo "$want" >"$stamp"
echo "bench/.venv ready: $("$venv/bin/python" -c 'import PIL, numpy, faiss; print("pillow", PIL.__version__, "numpy", numpy.__version__, "faiss", faiss.__version__)')"
