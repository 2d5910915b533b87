-- wrk script: POSTs the request bodies of a file (one JSON object a line) in turn, so a run is a realistic mix.
-- Usage: wrk -s bench/requests.lua URL -- BODIES_FILE PATH
-- Sends Authorization: Bearer $SPINETRIAGE_BENCH_KEY when that variable is set.
local requests = {}
local next_index = 1

function init(args)
  local headers = { ["Content-Type"] = "application/json" }
  local key = os.getenv("SPINETRIAGE_BENCH_KEY")
  if key and key ~= "" then
    headers["Authorization"] = "Bearer " .. key
  end
  for line in io.lines(args[1]) do
    if line ~= "" then
      requests[#requests + 1] = wrk.format("POST", args[2], headers, line)
    end
  end
  -- Threads start at different bodies, so the mix is the same whatever the thread count.
  next_index = (math.random(#requests) - 1) % #requests + 1
end

function request()
  local r = requests[next_index]
  next_index = next_index % #requests + 1
  return r
end

-- One machine-readable line; latency in microseconds. Errors: socket errors plus HTTP statuses >= 400.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK requests=%d duration_us=%d rps=%.1f p50_us=%d p99_us=%d p999_us=%d errors=%d\n",
    summary.requests, summary.duration, summary.requests / summary.duration * 1e6,
    latency:percentile(50), latency:percentile(99), latency:percentile(99.9),
    e.connect + e.read + e.write + e.status + e.timeout))
end
