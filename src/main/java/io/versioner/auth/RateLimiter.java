package io.versioner.auth;

import io.versioner.common.RetryableException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Per-key rate limiting: one token bucket per API key id, in memory. A bucket holds {@code burst} tokens and
 * refills at {@code requests-per-second}; a request takes one token or is answered 429 with Retry-After.
 * Off unless {@code versioner.rate-limit.requests-per-second} is above 0, so that CI and benchmarks are not
 * throttled. Each instance counts on its own: N instances allow N times the rate. Runs after
 * {@link AuthFilter}, so only authenticated keys are counted (unknown keys are 401 before this).
 */
@Singleton
public class RateLimiter {
    @ConfigProperty(name = "versioner.rate-limit.requests-per-second", defaultValue = "0")
    double perSecond;
    /** Bucket size: how many requests may come at once after a quiet spell; 0 means one second's worth. */
    @ConfigProperty(name = "versioner.rate-limit.burst", defaultValue = "0")
    int burst;

    @Inject
    Caller caller;

    // one entry per key that has made a request: bounded by the number of API keys
    private final ConcurrentHashMap<UUID, Bucket> buckets = new ConcurrentHashMap<>();

    @ServerRequestFilter(priority = Priorities.USER + 1)
    public void limit() {
        if (perSecond <= 0 || caller.anonymous()) {
            return;
        }
        long waitSeconds = buckets.computeIfAbsent(caller.keyId(), k -> new Bucket(capacity())).take(System.nanoTime());
        if (waitSeconds > 0) {
            throw new RetryableException(429, "Too many requests for API key '" + caller.name() + "': at most "
                    + perSecond + " per second (bursts of " + capacity() + "); retry after " + waitSeconds + " s", waitSeconds);
        }
    }

    private int capacity() {
        return burst > 0 ? burst : Math.max(1, (int) Math.ceil(perSecond));
    }

    private final class Bucket {
        private double tokens;
        private long at;

        Bucket(int capacity) {
            this.tokens = capacity;
            this.at = System.nanoTime();
        }

        /** Takes a token: 0 if there was one, else the whole seconds until there will be. */
        synchronized long take(long now) {
            tokens = Math.min(capacity(), tokens + (now - at) / 1e9 * perSecond);
            at = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }
    }
}
