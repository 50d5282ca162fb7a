-- wrk script: POST message events with unique idempotency keys.
-- Used by bench/load_bench.sh; the key comes from LW_KEY. LW_BATCH (default
-- 1) events go in each request: 1 sends one event object, more send a JSON
-- array (the batch form of POST /v1/events).
local key = os.getenv("LW_KEY")
local batch = tonumber(os.getenv("LW_BATCH") or "1")
-- Keys must not repeat across wrk runs against the same server (the
-- warm-up, then the measured run): a repeated key is a retry, answered
-- from the store, and would be counted as ingest.
local run = os.getenv("LW_RUN") or "0"
-- LW_KEYS=random puts a random prefix on each key (still unique: the
-- counter follows), as a platform's UUIDs would be: each event's entry then
-- lands in a random leaf of the store's dedupe index instead of next to the
-- previous one (the default, near-sequential keys, favour the store).
local random_keys = os.getenv("LW_KEYS") == "random"
local texts = {
  "hey how was school today?",
  "lol same, i cant sleep",
  "practice moved to 5pm tomorrow",
  "u seem really mature for ur age",
  "add me on snap, its easier",
  "did u finish the homework",
  "i can get u a modelling job, ticket paid",
  "whats ur fav song rn",
  "dont tell ur parents about this ok",
  "see you at the game tonight",
}
-- LW_TEXTS=FILE takes the texts from FILE instead (one JSON-escaped text per
-- line; load_bench.sh writes the corpus's messages there with
-- LW_TEXTS=corpus): varied text reaches states of the lexicons' regex set
-- that ten texts never do, as real traffic does.
local texts_file = os.getenv("LW_TEXTS")
if texts_file and texts_file ~= "" then
  local f = assert(io.open(texts_file, "r"))
  local loaded = {}
  for line in f:lines() do
    if line ~= "" then loaded[#loaded + 1] = line end
  end
  f:close()
  if #loaded > 0 then texts = loaded end
end
local thread_ids = 0
function setup(thread)
  thread:set("tid", thread_ids)
  thread_ids = thread_ids + 1
end
function init(args)
  n = 0
end
local function event()
  n = n + 1
  local c = n % 2000
  local prefix = random_keys and string.format("%08x", math.random(0, 0x7fffffff)) or "w"
  return string.format(
    '{"idempotency_key":"%s%s-%d-%d","type":"message","conversation":"c%d-%d","sender":"u%d","recipients":["v%d"],"text":"%s"}',
    prefix, run, tid, n, tid, c, c, c, texts[(n % #texts) + 1])
end
function request()
  local body
  if batch <= 1 then
    body = event()
  else
    local parts = {}
    for i = 1, batch do parts[i] = event() end
    body = "[" .. table.concat(parts, ",") .. "]"
  end
  return wrk.format("POST", "/v1/events", {["Authorization"] = "Bearer " .. key, ["Content-Type"] = "application/json"}, body)
end
