package io.versioner.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.versioner.support.Figures;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM, as an orchestrator sends it, while events are coming in: requests already running finish (within
 * quarkus.shutdown.timeout), new ones are refused (503, or the port is closed) so that clients retry elsewhere,
 * and every event that got a 2xx is in the database.
 */
class ShutdownIT {

    @Test
    void requestsInFlightAtSigtermFinishAndNothingAcceptedIsLost() throws Exception {
        try (Postgres pg = Postgres.start()) {
            // 1. Requests held up inside the service (the event table is locked) when SIGTERM comes still finish.
            Service first = Service.start("shutdown-held", pg.jdbcUrl(), Map.of());
            int held = 6;
            List<Future<Service.Answer>> inFlight = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(held);
            Service.Answer late;
            Future<Service.Answer> lateAnswer;
            String heldIdsLate = null;
            try (Connection lock = pg.connect()) {
                lock.setAutoCommit(false);
                try (Statement st = lock.createStatement()) {
                    st.execute("lock table deployment_event in exclusive mode");
                }
                for (int i = 0; i < held; i++) {
                    String body = "{\"product_name\":\"held-" + i + "\",\"version\":\"1\",\"environment_name\":\"prod\","
                            + "\"status\":\"success\"}";
                    inFlight.add(pool.submit(() -> first.post("/deployment-events/", body, Map.of(), Duration.ofSeconds(60))));
                }
                Thread.sleep(1500); // they are now waiting on the lock, inside their transactions
                first.terminate();
                Thread.sleep(1000); // shutting down, waiting for them
                // a new request now (on a kept-alive connection, as the client pools them): refused or served, never lost
                lateAnswer = Executors.newSingleThreadExecutor().submit(() -> first.post("/deployment-events/",
                        "{\"product_name\":\"late\",\"version\":\"1\",\"environment_name\":\"prod\",\"status\":\"success\"}",
                        Map.of(), Duration.ofSeconds(30)));
                Thread.sleep(1000);
                lock.commit(); // let the held requests go on, well within quarkus.shutdown.timeout (10 s)
            }
            late = lateAnswer.get(60, TimeUnit.SECONDS);
            assertTrue(late.status() == 503 || late.status() == -1 || late.status() == 200, "a request after SIGTERM: " + late);
            if (late.status() == 200) {
                heldIdsLate = Stream.JSON.readTree(late.body()).get("event_id").asText();
            }
            List<String> heldIds = new ArrayList<>();
            for (Future<Service.Answer> f : inFlight) {
                Service.Answer a = f.get(60, TimeUnit.SECONDS);
                assertEquals(200, a.status(), "a request in flight at SIGTERM: " + a);
                heldIds.add(Stream.JSON.readTree(a.body()).get("event_id").asText());
            }
            pool.shutdown();
            assertTrue(first.awaitExit(Duration.ofSeconds(30)), "the service exits after its in-flight requests");
            if (heldIdsLate != null) {
                heldIds.add(heldIdsLate);
            }
            assertEquals(0, DatabaseFaultIT.missing(pg, new java.util.HashSet<>(heldIds)), "held events are stored");

            // 2. A stream of events from 8 clients, SIGTERM in the middle of it.
            Service second = Service.start("shutdown-stream", pg.jdbcUrl(), Map.of());
            Stream stream = new Stream(() -> second, 8, "sig");
            long atSigterm;
            try {
                long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (stream.count(200) < 300) {
                    assertTrue(System.nanoTime() < until, "the stream did not get going: " + stream.statuses);
                    Thread.sleep(50);
                }
                atSigterm = stream.sentSoFar();
                second.terminate();
                assertTrue(second.awaitExit(Duration.ofSeconds(30)), "exits within the shutdown timeout");
                Thread.sleep(500); // clients see the closed port
            } finally {
                stream.close();
            }
            assertTrue(stream.badAnswers.isEmpty(), "answers other than 200/503: " + stream.badAnswers);
            int lost = DatabaseFaultIT.missing(pg, stream.acceptedEventIds);
            assertEquals(0, lost, "events answered 2xx but not in the database");
            Figures.record("ShutdownIT", "faults injected 2 (SIGTERM with " + held + " requests held in flight, all answered 200,"
                    + " a new request on an open connection then answered " + (late.status() == -1 ? "nothing (" + late.error() + ")" : late.status())
                    + " after " + late.millis() + " ms; "
                    + "SIGTERM during a stream of 8 clients after " + atSigterm + " requests); requests under load "
                    + stream.sentSoFar() + " (200: " + stream.count(200) + ", 503: " + stream.count(503) + ", refused connection: "
                    + stream.count(-1) + "); events lost " + lost);
        }
    }
}
