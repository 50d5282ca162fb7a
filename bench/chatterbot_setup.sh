# Sourced by bench/outside_benign.sh and bench/long_chats.sh: goes to the
# repository root, sets `bin` (the lurewatch binary: $LW_BIN, or a release
# build) and `work` (a temporary directory removed on exit) and unpacks the
# chatterbot-corpus package (PyPI, 1.3.3) into "$work/x".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bin="${LW_BIN:-${CARGO_TARGET_DIR:-$root/target}/release/lurewatch}"
[ -n "${LW_BIN:-}" ] || cargo build --release -q -p lurewatch
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pip download -q --no-deps chatterbot-corpus==1.3.3 -d "$work" >/dev/null
python3 -c 'import yaml' 2>/dev/null || pip install -q pyyaml >/dev/null
(cd "$work" && python3 -m zipfile -e chatterbot_corpus-1.3.3-py2.py3-none-any.whl x)
