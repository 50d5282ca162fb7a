-- wrk script: POST message events with unique idempotency keys.
-- Used by bench/load_bench.sh; the key comes from LW_KEY.
local key = os.getenv("LW_KEY")
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
local thread_ids = 0
function setup(thread)
  thread:set("tid", thread_ids)
  thread_ids = thread_ids + 1
end
function init(args)
  n = 0
end
function request()
  n = n + 1
  local c = n % 2000
  local body = string.format(
    '{"idempotency_key":"w%d-%d","type":"message","conversation":"c%d-%d","sender":"u%d","recipients":["v%d"],"text":"%s"}',
    tid, n, tid, c, c, c, texts[(n % #texts) + 1])
  return wrk.format("POST", "/v1/events", {["Authorization"] = "Bearer " .. key, ["Content-Type"] = "application/json"}, body)
end
