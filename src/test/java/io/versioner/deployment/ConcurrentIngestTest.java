package io.versioner.deployment;

import static io.versioner.Api.admin;
import static io.versioner.Api.unique;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Several events at once: each gets a correct answer, and rows are neither duplicated nor lost. */
@QuarkusTest
class ConcurrentIngestTest {

    static List<Response> concurrently(int n, Callable<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> out = new ArrayList<>();
            for (Future<Response> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiftySimultaneousFirstEventsCreateExactlyOneRowOfEach() throws Exception {
        String product = unique("burst");
        String env = unique("env");
        List<Response> answers = concurrently(50, () -> admin()
                .body(DeploymentEventTest.event(product, "1.0.0", env, "started")).post("/deployment-events/"));
        Set<String> products = new HashSet<>();
        Set<String> envs = new HashSet<>();
        Set<String> versions = new HashSet<>();
        Set<String> deployments = new HashSet<>();
        for (Response r : answers) {
            assertEquals(200, r.statusCode(), r.asString());
            products.add(r.path("product_id"));
            envs.add(r.path("environment_id"));
            versions.add(r.path("version_id"));
            deployments.add(r.path("id"));
        }
        assertEquals(1, products.size());
        assertEquals(1, envs.size());
        assertEquals(1, versions.size());
        assertEquals(1, deployments.size(), "every start of the open attempt lands on one deployment");
        admin().get("/products?name=" + product).then().body("items", hasSize(1));
        admin().get("/environments?name=" + env).then().body("items", hasSize(1));
        admin().get("/versions?product=" + product).then().body("items", hasSize(1));
        admin().get("/deployments?product=" + product).then().body("items", hasSize(1));
    }

    @Test
    void theSameEventSentFourTimesAtOnceLeavesOneDeploymentAndOneEvent() throws Exception {
        String product = unique("retry");
        String body = DeploymentEventTest.eventWithInvoke(product, "2.0", "prod", "success", "ci-42");
        List<Response> answers = concurrently(4, () -> admin().body(body).post("/deployment-events/"));
        Set<String> events = new HashSet<>();
        for (Response r : answers) {
            assertEquals(200, r.statusCode(), r.asString());
            events.add(r.path("event_id"));
        }
        assertEquals(1, events.size());
        String id = answers.get(0).path("id");
        admin().get("/deployments?product=" + product).then().body("items", hasSize(1));
        admin().get("/deployments/" + id).then().body("events", hasSize(1));
    }

    @Test
    void theSameEventWithoutInvokeIdSentFourTimesAtOnceIsRecordedOnce() throws Exception {
        String product = unique("retry");
        String body = DeploymentEventTest.event(product, "2.0", "prod", "success");
        List<Response> answers = concurrently(4, () -> admin().body(body).post("/deployment-events/"));
        answers.forEach(r -> assertEquals(200, r.statusCode(), r.asString()));
        admin().get("/deployments?product=" + product).then().body("items", hasSize(1));
        admin().get("/deployments/" + answers.get(0).path("id")).then().body("events", hasSize(1));
    }

    @Test
    void aRunsEventsRetriedConcurrentlyInAnyOrderLeaveOneDeploymentWithOneEventPerStatus() throws Exception {
        String product = unique("storm");
        List<String> bodies = new ArrayList<>();
        for (String status : List.of("started", "success", "in_progress")) {
            for (int retry = 0; retry < 4; retry++) {
                bodies.add(DeploymentEventTest.eventWithInvoke(product, "3.0", "prod", status, "run-7"));
            }
        }
        java.util.Collections.shuffle(bodies);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Response> answers = concurrently(bodies.size(), () -> admin().body(bodies.get(next.getAndIncrement()))
                .post("/deployment-events/"));
        Set<String> deployments = new HashSet<>();
        for (Response r : answers) {
            assertEquals(200, r.statusCode(), r.asString());
            deployments.add(r.path("id"));
        }
        assertEquals(1, deployments.size());
        // started and in_progress are both "started": two canonical statuses, two events; success wins whatever the order
        admin().get("/deployments/" + answers.get(0).path("id")).then()
                .body("events", hasSize(2)).body("status", org.hamcrest.Matchers.equalTo("completed"))
                .body("deployed_at", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void theSameEventWithAnIdempotencyKeySentFourTimesAtOnceIsRecordedOnce() throws Exception {
        String product = unique("idem");
        String key = unique("key");
        String body = DeploymentEventTest.event(product, "1.0", "staging", "started");
        List<Response> answers = concurrently(4, () -> admin().header("Idempotency-Key", key).body(body)
                .post("/deployment-events/"));
        Set<String> events = new HashSet<>();
        answers.forEach(r -> {
            assertEquals(200, r.statusCode(), r.asString());
            events.add(r.path("event_id"));
        });
        assertEquals(1, events.size());
        admin().get("/deployments/" + answers.get(0).path("id")).then().body("events", hasSize(1));
    }

    @Test
    void aBuildEventSentFourTimesAtOnceIsRecordedOnce() throws Exception {
        String product = unique("bretry");
        String body = "{\"product_name\":\"" + product + "\",\"version\":\"1\",\"status\":\"built\",\"invoke_id\":\"b-9\"}";
        List<Response> answers = concurrently(4, () -> admin().body(body).post("/build-events/"));
        Set<String> builds = new HashSet<>();
        answers.forEach(r -> {
            assertEquals(200, r.statusCode(), r.asString());
            builds.add(r.path("id"));
        });
        assertEquals(1, builds.size());
        admin().get("/versions/" + answers.get(0).path("version_id")).then().body("builds", hasSize(1));
    }
}
