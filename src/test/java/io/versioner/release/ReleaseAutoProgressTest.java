package io.versioner.release;

import static io.versioner.Api.admin;
import static io.versioner.Api.unique;
import static io.versioner.release.Fixtures.deploy;
import static io.versioner.release.Fixtures.historyLines;
import static io.versioner.release.Fixtures.map;
import static io.versioner.release.Fixtures.releaseWith;
import static io.versioner.release.Fixtures.status;
import static io.versioner.release.Fixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReleaseAutoProgressTest {

    @Test
    void aDraftWithVersionsStartsOnAnyEventForOneOfThem() {
        String t = unique("t");
        String id = releaseWith(unique("r"), "a" + t, "1.0.0", "b" + t, "1.0.0");
        String other = releaseWith(unique("r"), "c" + t, "1.0.0");
        deploy("b" + t, "1.0.0", "dev-" + t, "failed");
        assertEquals("in_progress", status(id));
        assertEquals("draft", status(other), "only releases holding the deployed version move");
        assertEquals(List.of("admin created", "admin version_added", "admin version_added",
                "system status_changed draft->in_progress"), normalized(historyLines(id)));
    }

    @Test
    void anInProgressReleaseCompletesWhenEveryVersionIsSuccessfulInProduction() {
        String t = unique("t");
        String id = releaseWith(unique("r"), "a" + t, "1.0.0", "b" + t, "1.0.0");
        deploy("a" + t, "1.0.0", "prod-" + t, "success");
        assertEquals("in_progress", status(id));
        deploy("b" + t, "1.0.0", "prod-" + t, "started");
        assertEquals("in_progress", status(id));
        deploy("b" + t, "1.0.0", "staging-" + t, "success");
        assertEquals("in_progress", status(id), "staging is not production");
        deploy("b" + t, "1.0.0", "prod-" + t, "success");
        assertEquals("completed", status(id));
        List<String> lines = historyLines(id);
        assertEquals(List.of("system status_changed draft->in_progress", "system status_changed in_progress->completed"),
                lines.subList(3, 5));
        assertEquals(5, lines.size());
    }

    @Test
    void aDraftWhoseVersionsAreAlreadyInProductionMovesThroughBothSteps() {
        String t = unique("t");
        version("a" + t, "1.0.0");
        deploy("a" + t, "1.0.0", "prod-" + t, "success");
        String id = releaseWith(unique("r"), "a" + t, "1.0.0");
        assertEquals("draft", status(id), "adding a version moves nothing");
        deploy("a" + t, "1.0.0", "dev-" + t, "success");
        assertEquals("completed", status(id));
        assertEquals(List.of("system status_changed draft->in_progress", "system status_changed in_progress->completed"),
                historyLines(id).subList(2, 4));
    }

    @Test
    void finalReleasesAreNeverMoved() {
        String t = unique("t");
        String cancelled = releaseWith(unique("r"), "a" + t, "1.0.0");
        admin().body(map("status", "cancelled")).patch("/releases/" + cancelled).then().statusCode(200);
        String completed = releaseWith(unique("r"), "a" + t, "1.0.0");
        deploy("a" + t, "1.0.0", "prod-" + t, "success");
        assertEquals("completed", status(completed));
        assertEquals("cancelled", status(cancelled));
        int before = historyLines(completed).size();
        deploy("a" + t, "1.0.0", "prod-" + t, "failed");
        deploy("a" + t, "1.0.0", "prod-" + t, "success");
        assertEquals("completed", status(completed));
        assertEquals(before, historyLines(completed).size());
        assertEquals(3, historyLines(cancelled).size());
    }

    @Test
    void aDraftWithoutVersionsNeverMovesAndReplaysChangeNothing() {
        String t = unique("t");
        String empty = Fixtures.createRelease(unique("r"));
        String id = releaseWith(unique("r"), "a" + t, "1.0.0", "b" + t, "1.0.0");
        deploy("a" + t, "1.0.0", "prod-" + t, "success");
        deploy("a" + t, "1.0.0", "prod-" + t, "success"); // a retry: the same terminal event again
        assertEquals(4, historyLines(id).size());
        assertEquals("draft", status(empty));
    }

    @Test
    void concurrentProductionEventsCompleteTheReleaseExactlyOnce() throws Exception {
        String t = unique("t");
        int n = 8;
        String[] pv = new String[n * 2];
        for (int i = 0; i < n; i++) {
            pv[2 * i] = "svc" + i + t;
            pv[2 * i + 1] = "1.0." + i;
        }
        String id = releaseWith(unique("r"), pv);
        admin().body(map("status", "in_progress")).patch("/releases/" + id).then().statusCode(200);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<Object>> tasks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                tasks.add(() -> deploy(pv[2 * k], pv[2 * k + 1], "prod-" + t, "success"));
            }
            for (Future<Object> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals("completed", status(id));
        assertEquals(1, historyLines(id).stream().filter(l -> l.endsWith("in_progress->completed")).count());
    }

    @Test
    void aConcurrentCancelAndCompletionLeaveOneConsistentOutcome() throws Exception {
        String t = unique("t");
        String id = releaseWith(unique("r"), "a" + t, "1.0.0");
        admin().body(map("status", "in_progress")).patch("/releases/" + id).then().statusCode(200);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> cancel = pool.submit(() -> admin().body(map("status", "cancelled")).patch("/releases/" + id)
                    .statusCode());
            Future<Object> event = pool.submit(() -> deploy("a" + t, "1.0.0", "prod-" + t, "success"));
            event.get();
            int cancelStatus = cancel.get();
            String end = status(id);
            List<String> finals = historyLines(id).stream()
                    .filter(l -> l.endsWith("->completed") || l.endsWith("->cancelled")).toList();
            assertEquals(1, finals.size(), finals.toString());
            if (cancelStatus == 200) {
                assertEquals("cancelled", end);
            } else {
                assertEquals(409, cancelStatus);
                assertEquals("completed", end);
            }
            assertTrue(finals.get(0).endsWith(end));
        } finally {
            pool.shutdown();
        }
    }

    /** History lines with the bootstrap key's name shown as "admin". */
    private static List<String> normalized(List<String> lines) {
        return lines.stream().map(l -> l.startsWith("system ") ? l : "admin" + l.substring(l.indexOf(' '))).toList();
    }
}
