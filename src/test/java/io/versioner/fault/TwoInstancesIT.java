package io.versioner.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.versioner.support.Figures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the service on one fresh database, under concurrent load split between them, leave exactly
 * the data one instance would: the same event sent to both (a retry landing elsewhere) is recorded once, the
 * first events for new names create one row each, and every run of a CI tool is one deployment or build.
 * The expected counts follow from the workload alone, whatever the interleaving.
 */
class TwoInstancesIT {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One event, possibly sent several times (retries) to either instance. */
    record Event(String path, String body, Map<String, String> headers, int copies) {
    }

    @Test
    void twoInstancesUnderConcurrentLoadLeaveWhatOneWould() throws Exception {
        long seed = Long.getLong("versioner.seed", System.nanoTime());
        Random random = new Random(seed);
        try (Postgres pg = Postgres.start()) {
            // both start at once on the empty database: Flyway and the key bootstrap must not trip over each other
            ExecutorService boot = Executors.newFixedThreadPool(2);
            Future<Service> fa = boot.submit(() -> Service.start("two-a", pg.jdbcUrl(), Map.of()));
            Future<Service> fb = boot.submit(() -> Service.start("two-b", pg.jdbcUrl(), Map.of()));
            Service a = fa.get(300, TimeUnit.SECONDS);
            Service b = fb.get(300, TimeUnit.SECONDS);
            boot.shutdown();
            List<Service> instances = List.of(a, b);

            // known products exist before the load; new ones are created by it, several runs racing per name
            for (int i = 0; i < 5; i++) {
                assertEquals(200, a.post("/deployment-events/", deployment("known-" + i, "0.1", "dev", "success", null),
                        Map.of(), Duration.ofSeconds(30)).status());
            }
            List<Event> events = new ArrayList<>();
            Set<String> products = new HashSet<>();
            Set<String> environments = new HashSet<>(Set.of("dev"));
            Set<String> versions = new HashSet<>();
            for (int i = 0; i < 5; i++) {
                products.add("known-" + i);
                versions.add("known-" + i + "@0.1");
            }
            int deployments = 5;
            int deploymentEvents = 5;
            Map<String, String> finalStatus = new HashMap<>();
            int runs = 120;
            for (int r = 0; r < runs; r++) {
                String product = r % 3 == 0 ? "known-" + r % 5 : "new-" + r % 25;
                String version = "1." + r % 4;
                String env = List.of("staging", "prod-eu", "prod-us", "qa").get(r % 4);
                String end = r % 5 == 0 ? "failed" : "success";
                for (String status : List.of("started", end)) {
                    events.add(new Event("/deployment-events/", deployment(product, version, env, status, "run-" + r), Map.of(),
                            1 + random.nextInt(4)));
                }
                products.add(product);
                environments.add(env);
                versions.add(product + "@" + version);
                finalStatus.put("run-" + r, end.equals("success") ? "completed" : "failed");
                deployments++;
                deploymentEvents += 2;
            }
            // terminal events without invoke_id, each on its own triple, retried: one deployment each
            for (int t = 0; t < 40; t++) {
                String env = "batch-" + t % 8;
                String product = "new-" + t % 25;
                events.add(new Event("/deployment-events/", deployment(product, "2." + t, env, "success", null), Map.of(),
                        1 + random.nextInt(4)));
                products.add(product);
                environments.add(env);
                versions.add(product + "@2." + t);
                deployments++;
                deploymentEvents++;
            }
            // events carrying an Idempotency-Key, retried with the same key
            for (int k = 0; k < 30; k++) {
                String product = "idem-" + k % 10;
                events.add(new Event("/deployment-events/", deployment(product, "3." + k, "idem-env", "started", null),
                        Map.of("Idempotency-Key", "idem-key-" + k), 1 + random.nextInt(3)));
                products.add(product);
                environments.add("idem-env");
                versions.add(product + "@3." + k);
                deployments++;
                deploymentEvents++;
            }
            // builds: one per run, two statuses each
            int builds = 60;
            for (int r = 0; r < builds; r++) {
                String product = r % 2 == 0 ? "known-" + r % 5 : "new-" + r % 25;
                String version = "4." + r;
                for (String status : List.of("building", "built")) {
                    events.add(new Event("/build-events/", "{\"product_name\":\"" + product + "\",\"version\":\"" + version
                            + "\",\"status\":\"" + status + "\",\"invoke_id\":\"build-" + r + "\",\"scm_sha\":\"sha-" + r + "\"}",
                            Map.of(), 1 + random.nextInt(4)));
                }
                products.add(product);
                versions.add(product + "@" + version);
            }

            // every copy of every event, shuffled, spread over both instances by 16 concurrent clients
            List<Integer> sends = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                for (int c = 0; c < events.get(i).copies(); c++) {
                    sends.add(i);
                }
            }
            Collections.shuffle(sends, random);
            Map<Integer, Set<String>> idsPerEvent = new ConcurrentHashMap<>();
            Map<String, Integer> perInstance = new ConcurrentHashMap<>();
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            ExecutorService clients = Executors.newFixedThreadPool(16);
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int n = 0; n < sends.size(); n++) {
                int index = sends.get(n);
                Service target = instances.get(random.nextInt(2));
                done.add(clients.submit(() -> {
                    Event e = events.get(index);
                    Service.Answer ans = target.post(e.path(), e.body(), e.headers(), Duration.ofSeconds(60));
                    perInstance.merge(target.name, 1, Integer::sum);
                    if (ans.status() != 200) {
                        failures.add(target.name + " " + e.body() + " -> " + ans.status() + " " + ans.body() + " " + ans.error());
                        return;
                    }
                    JsonNode body = read(ans.body());
                    String eventId = body.hasNonNull("event_id") ? body.get("event_id").asText() : "";
                    idsPerEvent.computeIfAbsent(index, k -> ConcurrentHashMap.newKeySet()).add(body.get("id").asText() + "/" + eventId);
                }));
            }
            for (Future<?> f : done) {
                f.get(10, TimeUnit.MINUTES);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            clients.shutdown();
            assertTrue(failures.isEmpty(), failures.size() + " failed requests, e.g. " + failures.subList(0, Math.min(5, failures.size())));
            // the same event answers the same ids, whichever instance took which copy
            idsPerEvent.forEach((i, ids) -> assertEquals(1, ids.size(), "event " + events.get(i).body() + " answered " + ids));

            assertEquals(products.size(), pg.count("select count(*) from product"), "products");
            assertEquals(environments.size(), pg.count("select count(*) from environment"), "environments");
            assertEquals(versions.size(), pg.count("select count(*) from version"), "versions");
            assertEquals(deployments, pg.count("select count(*) from deployment"), "deployments");
            assertEquals(deploymentEvents, pg.count("select count(*) from deployment_event"), "deployment events");
            assertEquals(builds, pg.count("select count(*) from build"), "builds");
            assertEquals(builds * 2L, pg.count("select count(*) from build_event"), "build events");
            assertEquals(builds, pg.count("select count(*) from build where status = 'completed'"), "completed builds");
            assertEquals(30, pg.count("select count(*) from idempotency_record"), "idempotency records");
            for (var run : finalStatus.entrySet()) {
                assertEquals(1, pg.count("select count(*) from deployment where invoke_id = '" + run.getKey() + "' and status = '"
                        + run.getValue() + "'"), run.getKey());
            }
            assertEquals(1, pg.count("select count(*) from api_key"), "one bootstrap key, however many instances start");

            Figures.record("TwoInstancesIT", "requests under load " + sends.size() + " (" + events.size() + " distinct events, "
                    + perInstance + ", 16 clients, " + millis + " ms, seed " + seed + "); failed 0, events lost 0, duplicates 0");
            a.close();
            b.close();
        }
    }

    static String deployment(String product, String version, String env, String status, String invokeId) {
        return "{\"product_name\":\"" + product + "\",\"version\":\"" + version + "\",\"environment_name\":\"" + env
                + "\",\"status\":\"" + status + "\"" + (invokeId == null ? "" : ",\"invoke_id\":\"" + invokeId + "\"") + "}";
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
