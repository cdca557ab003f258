package io.versioner.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.versioner.support.Figures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a stream of events, in four ways: a clean stop, a crash, a freeze (a hung server:
 * processes stopped, sockets open) and every connection killed. Meanwhile: event requests answer 503 with a JSON
 * detail and Retry-After within a bounded time, never hang, never 500; readiness reports DOWN and liveness stays
 * UP; once the database is back the service recovers by itself. Afterwards every event that got a 2xx is in the
 * database.
 */
class DatabaseFaultIT {
    /**
     * No request may take longer: by configuration at most acquisition-timeout (5 s) plus socketTimeout (10 s),
     * plus slack for a shared 2-core machine.
     */
    static final long BOUND_MS = 20_000;

    @Test
    void theServiceAnswers503WhileTheDatabaseIsGoneAndRecoversByItself() throws Exception {
        try (Postgres pg = Postgres.start();
                Service svc = Service.start("db-fault", pg.jdbcUrl(), Map.of())) {
            List<String> faults = new ArrayList<>();
            long outage503 = 0;
            Stream stream = new Stream(() -> svc, 6, "dbf");
            try {
                waitForAccepted(stream, 200, Duration.ofSeconds(90));

                faults.add("clean stop (pg_ctl stop -m fast)");
                pg.stop("fast");
                outage503 += duringOutage(svc, stream, Duration.ofSeconds(8));
                pg.up();
                recovered(svc, stream);

                faults.add("crash (pg_ctl stop -m immediate)");
                pg.stop("immediate");
                outage503 += duringOutage(svc, stream, Duration.ofSeconds(8));
                pg.up();
                recovered(svc, stream);

                faults.add("freeze (SIGSTOP on every server process for 15 s)");
                pg.signalAll("STOP");
                try {
                    outage503 += duringOutage(svc, stream, Duration.ofSeconds(15));
                } finally {
                    pg.signalAll("CONT");
                }
                recovered(svc, stream);

                faults.add("every connection terminated (pg_terminate_backend)");
                try (Connection c = pg.connect(); PreparedStatement st = c.prepareStatement(
                        "select count(pg_terminate_backend(pid)) from pg_stat_activity where pid <> pg_backend_pid()"
                                + " and datname = 'postgres'")) {
                    st.executeQuery().close();
                }
                recovered(svc, stream);
            } finally {
                stream.close();
            }
            assertTrue(stream.badAnswers.isEmpty(), "answers other than 200/503: " + stream.badAnswers);
            assertTrue(stream.slowest.get() <= BOUND_MS, "a request took " + stream.slowest.get() + " ms");
            int lost = missing(pg, stream.acceptedEventIds);
            assertEquals(0, lost, "events answered 2xx but not in the database");
            assertTrue(outage503 > 0, "requests during the outages were answered 503");
            Figures.record("DatabaseFaultIT", "faults injected " + faults.size() + " " + faults + "; requests under load "
                    + stream.sentSoFar() + " (200: " + stream.count(200) + ", 503: " + stream.count(503)
                    + ", no answer: " + stream.count(-1) + "), slowest " + stream.slowest.get() + " ms; events lost " + lost);
        }
    }

    private void waitForAccepted(Stream s, long n, Duration within) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        while (s.count(200) < n) {
            assertTrue(System.nanoTime() < until, "the stream did not get going: " + s.statuses);
            Thread.sleep(100);
        }
    }

    /** While the database is away: events 503, readiness DOWN, liveness UP. Returns the 503s seen. */
    private long duringOutage(Service svc, Stream s, Duration outage) throws InterruptedException {
        long before503 = s.count(503);
        long until = System.nanoTime() + outage.toNanos();
        boolean readyDown = false;
        while (System.nanoTime() < until) {
            Service.Answer ready = svc.get("/q/health/ready", Duration.ofSeconds(15));
            readyDown |= ready.status() == 503 && ready.body().contains("DOWN");
            Service.Answer live = svc.get("/q/health/live", Duration.ofSeconds(5));
            assertEquals(200, live.status(), "liveness must stay UP while only the database is down: " + live.body());
            Thread.sleep(500);
        }
        assertTrue(readyDown, "readiness never reported DOWN");
        // a fresh request now must come back 503 within the bound, not hang
        Service.Answer probe = svc.post("/deployment-events/", "{\"product_name\":\"probe\",\"version\":\"1\","
                + "\"environment_name\":\"probe\",\"status\":\"started\"}", Map.of(), Duration.ofSeconds(30));
        assertEquals(503, probe.status(), "during the outage: " + probe.body() + " " + probe.error());
        assertTrue(probe.millis() <= BOUND_MS, "503 after " + probe.millis() + " ms");
        assertTrue(probe.body().contains("\"detail\"") && probe.retryAfter() != null, probe.body());
        return s.count(503) - before503;
    }

    /** Once the database is back, events are accepted again without any restart of the service. */
    private void recovered(Service svc, Stream s) throws InterruptedException {
        long accepted = s.count(200);
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (s.count(200) < accepted + 100) {
            assertTrue(System.nanoTime() < until, "no recovery within 60 s: " + s.statuses);
            Thread.sleep(100);
        }
        assertEquals(200, svc.get("/q/health/ready", Duration.ofSeconds(15)).status(), "ready again");
    }

    /** How many of these event ids are not in the database. */
    static int missing(Postgres pg, Set<String> eventIds) throws Exception {
        Set<String> stored = new HashSet<>();
        try (Connection c = pg.connect(); PreparedStatement st = c.prepareStatement("select id::text from deployment_event");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        Set<String> lost = new HashSet<>(eventIds);
        lost.removeAll(stored);
        return lost.size();
    }
}
