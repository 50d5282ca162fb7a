#!/usr/bin/env bash
# Load test of `lurewatch serve` from a separate process (wrk, from Debian):
# sustained message events per second and latency percentiles, with the
# text detector, the behaviour tracker and the default rules on, and every
# event durable (SQLite WAL, synchronous=FULL, group commit) before its 2xx.
#
#   bash bench/load_bench.sh [DURATION_S=20] [CONNECTIONS=64] [WRK_THREADS=1] [BATCH=1]
#
# BATCH > 1 sends that many events per request (a JSON array); latencies are
# then per request (per batch), and events/s is events stored / duration.
# LW_KEYS=random gives idempotency keys a random prefix, as a platform's UUIDs
# would have (the default keys are near-sequential, which favours the store).
# LW_TEXTS=corpus sends the corpus's 51,000 message texts in turn instead of
# ten fixed ones (varied text, as real traffic: it reaches states of the
# lexicons' regex set that ten texts never do); LW_TEXTS=benign only those of
# its benign conversations (the corpus is 40 % risky conversations, real
# traffic far less, and every risky event writes case updates and jobs).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dur="${1:-20}"; conns="${2:-64}"; threads="${3:-1}"; export LW_BATCH="${4:-1}"
command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || (apt-get update >/dev/null && apt-get install -y wrk >/dev/null); }
[ -n "${LW_BIN:-}" ] || cargo build --release -q -p lurewatch
bin="${LW_BIN:-${CARGO_TARGET_DIR:-$root/target}/release/lurewatch}"
data="$(mktemp -d)"
if [ "${LW_TEXTS:-}" = corpus ] || [ "${LW_TEXTS:-}" = benign ]; then
  python3 - "$data/texts.txt" "$LW_TEXTS" <<'PY'
import json, sys
with open(sys.argv[1], "w") as out:
    for f in ("data/corpus/train.jsonl", "data/corpus/dev.jsonl"):
        for line in open(f):
            c = json.loads(line)
            if sys.argv[2] == "benign" and c.get("label"):
                continue
            for m in c["messages"]:
                out.write(json.dumps(m["text"], ensure_ascii=True)[1:-1] + "\n")
PY
  export LW_TEXTS="$data/texts.txt"
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export LW_KEY=$("$bin" key create --name load-test --scope ingest --data-dir "$data" 2>/dev/null)
metrics_key=$("$bin" key create --name load-test-metrics --scope review --data-dir "$data" 2>/dev/null)
LUREWATCH_RATE_PER_KEY=1000000 "$bin" serve --listen "127.0.0.1:$port" --data-dir "$data" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 200); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
# Context switches of all the server's threads (voluntary + involuntary).
ctx_switches() { cat /proc/$pid/task/*/status 2>/dev/null | awk '/ctxt_switches/ {n += $2} END {print n}'; }
# Warm up, then measure.
LW_RUN=warm wrk -t"$threads" -c"$conns" -d3s -s bench/wrk_events.lua "http://127.0.0.1:$port/v1/events" >/dev/null
# The machine's load next to the numbers: wall-clock results on a shared
# machine are pessimistic; the server's CPU time per event is not.
echo "before: $(uptime)"
# The server's own latency histograms (POST /v1/events in the handler; one
# group commit), read before and after the measured run.
scrape() { curl -sf -H "Authorization: Bearer $metrics_key" "http://127.0.0.1:$port/metrics" | grep -E '^lurewatch_(ingest|store_append)_seconds_(bucket|count)' || true; }
m0=$(scrape)
n0=$(sqlite3 "$data/lurewatch.db" 'select count(*) from events' 2>/dev/null || echo 0)
cpu0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
cs0=$(ctx_switches)
wchar0=$(awk '/^wchar/ {print $2}' "/proc/$pid/io")
LW_RUN=run /usr/bin/time -f 'wrk CPU: %U s user, %S s system' -o /tmp/lurewatch-wrk-cpu.txt \
  wrk -t"$threads" -c"$conns" -d"${dur}s" --latency -s bench/wrk_events.lua "http://127.0.0.1:$port/v1/events" | tee /tmp/lurewatch-wrk.txt
cpu1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
m1=$(scrape)
cs1=$(ctx_switches)
wchar1=$(awk '/^wchar/ {print $2}' "/proc/$pid/io")
cat /tmp/lurewatch-wrk-cpu.txt
echo "after: $(uptime)"
n1=$(sqlite3 "$data/lurewatch.db" 'select count(*) from events' 2>/dev/null || echo '?')
echo "events stored: $n1"
if [ "$n1" != "?" ] && [ "$n1" -gt "$n0" ]; then
  echo "events/s: $(( (n1 - n0) / dur )) (batch $LW_BATCH)"
  echo "server CPU per event: $(( (cpu1 - cpu0) * 1000000 / $(getconf CLK_TCK) / (n1 - n0) )) µs ($(( n1 - n0 )) events in the measured run)"
  echo "server bytes written per event (write syscalls: WAL, checkpoints, sockets): $(( (wchar1 - wchar0) / (n1 - n0) ))"
  echo "server context switches per event: $(awk -v a="$cs0" -v b="$cs1" -v n=$(( n1 - n0 )) 'BEGIN {printf "%.2f", (b - a) / n}')"
fi
# Server-side tail over the measured run: the share of requests (and of
# commits) slower than each bound, from the histograms' bucket differences.
awk -v before="$m0" '
  BEGIN { n = split(before, l, "\n"); for (i = 1; i <= n; i++) { split(l[i], f, " "); b[f[1]] = f[2] } }
  { d[$1] = $2 - b[$1] }
  END {
    split("ingest store_append", names, " ")
    for (j = 1; j <= 2; j++) {
      m = "lurewatch_" names[j] "_seconds"; total = d[m "_count"]
      if (total <= 0) continue
      line = sprintf("server-side %s (%d):", names[j] == "ingest" ? "POST /v1/events" : "commits", total)
      split("0.005 0.01 0.015 0.03", les, " ")
      for (k = 1; k <= 4; k++) {
        key = m "_bucket{le=\"" les[k] "\"}"
        line = line sprintf(" >%g ms %.2f%%", les[k] * 1000, 100 * (total - d[key]) / total)
      }
      print line
    }
  }' <<< "$m1"
