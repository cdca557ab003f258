-- wrk script: realistic POST /deployment-events/ bodies. Products: a mix of known ones
-- (bench-p1..bench-pN, seeded before the run) and new ones; every request has a unique invoke_id.
local counter = 0
local thread_id = 0
local products = tonumber(os.getenv("BENCH_PRODUCTS") or "1000")
local new_share = tonumber(os.getenv("BENCH_NEW_SHARE") or "0.1")
local key = os.getenv("BENCH_KEY")
local envs = { "dev", "test", "staging", "production", "qa-eu", "prod-eu" }
local statuses = { "started", "success", "success", "failed" }

function setup(thread)
  thread:set("thread_id", thread_id)
  thread_id = thread_id + 1
end

function init(args)
  math.randomseed(os.time() + thread_id * 7919)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. key
end

function request()
  counter = counter + 1
  local product
  if math.random() < new_share then
    product = string.format("bench-new-%d-%d-%d", thread_id, counter, math.random(1, 1e9))
  else
    product = "bench-p" .. math.random(1, products)
  end
  local body = string.format(
    '{"product_name":"%s","version":"1.%d.%d","environment_name":"%s","status":"%s",' ..
    '"invoke_id":"run-%d-%d-%d","source_system":"bench","deployed_by":"bench",' ..
    '"scm_branch":"main","extra_metadata":{"vi_gh_workflow":"deploy","vi_gh_run_attempt":"1"}}',
    product, math.random(0, 20), math.random(0, 50), envs[math.random(#envs)],
    statuses[math.random(#statuses)], thread_id, counter, math.random(1, 1e9))
  return wrk.format(nil, nil, nil, body)
end

function done(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("RESULT requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    non2xx + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
