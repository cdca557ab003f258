-- wrk script: authenticated GETs of one path; prints p50/p99 and errors in one line.
local key = os.getenv("BENCH_KEY")
function init(args)
  wrk.headers["Authorization"] = "Bearer " .. key
end
function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
