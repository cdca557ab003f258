package io.versioner.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A steady stream of distinct deployment events from several client threads, recording every answer: the
 * event ids of the 2xx (to look for in the database afterwards), the other statuses, and how long each took.
 */
final class Stream implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final Set<String> acceptedEventIds = ConcurrentHashMap.newKeySet();
    final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    final List<String> badAnswers = Collections.synchronizedList(new ArrayList<>());
    final AtomicLong sent = new AtomicLong();
    final AtomicLong slowest = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicLong seq = new AtomicLong();

    /** Starts {@code clients} threads posting to whichever service {@code target} names at the moment. */
    Stream(Supplier<Service> target, int clients, String prefix) {
        for (int t = 0; t < clients; t++) {
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    long n = seq.incrementAndGet();
                    String body = "{\"product_name\":\"" + prefix + "-" + n % 7 + "\",\"version\":\"" + n + "\","
                            + "\"environment_name\":\"" + prefix + "-env\",\"status\":\"success\",\"invoke_id\":\"" + prefix + "-" + n + "\"}";
                    Service.Answer a = target.get().post("/deployment-events/", body, Map.of(), Duration.ofSeconds(60));
                    sent.incrementAndGet();
                    slowest.accumulateAndGet(a.millis(), Math::max);
                    statuses.computeIfAbsent(a.status(), k -> new AtomicLong()).incrementAndGet();
                    check(a);
                    if (a.status() != 200) {
                        pause(a.status() == -1 ? 200 : 50); // a refused connection answers at once: do not spin
                    }
                }
            }, prefix + "-client-" + t);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    private void check(Service.Answer a) {
        if (a.status() == 200) {
            try {
                acceptedEventIds.add(JSON.readTree(a.body()).get("event_id").asText());
            } catch (Exception e) {
                badAnswers.add("200 without JSON: " + a.body());
            }
        } else if (a.status() == 503) {
            // the contract for an unavailable database: JSON detail and Retry-After
            try {
                JsonNode body = JSON.readTree(a.body());
                if (!body.hasNonNull("detail") || a.retryAfter() == null) {
                    badAnswers.add("503 without detail or Retry-After: " + a.body());
                }
            } catch (Exception e) {
                badAnswers.add("503 without JSON: " + a.body());
            }
        } else if (a.status() != -1) {
            badAnswers.add(a.status() + ": " + a.body());
        }
    }

    long count(int status) {
        AtomicLong n = statuses.get(status);
        return n == null ? 0 : n.get();
    }

    long sentSoFar() {
        return sent.get();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join(90_000);
        }
    }
}
