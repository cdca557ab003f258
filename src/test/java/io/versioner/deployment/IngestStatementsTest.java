package io.versioner.deployment;

import static io.versioner.Api.admin;
import static io.versioner.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.versioner.StatementCounter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One deployment event costs a fixed, small number of SQL statements, whatever the history holds. */
@QuarkusTest
class IngestStatementsTest {

    static List<String> statementsOf(String body) {
        StatementCounter.start();
        admin().body(body).post("/deployment-events/").then().statusCode(200);
        return StatementCounter.stop();
    }

    @Test
    void anEventForKnownNamesCostsAFixedNumberOfStatements() {
        String product = unique("cost");
        for (int i = 0; i < 5; i++) {
            admin().body(DeploymentEventTest.eventWithInvoke(product, "0." + i, "production", "success", "warm-" + i))
                    .post("/deployment-events/").then().statusCode(200);
        }
        List<String> first = statementsOf(DeploymentEventTest.eventWithInvoke(product, "1.0", "production", "started", "run-a"));
        List<String> second = statementsOf(DeploymentEventTest.eventWithInvoke(product, "1.0", "production", "success", "run-a"));
        List<String> other = statementsOf(DeploymentEventTest.eventWithInvoke(product, "2.0", "production", "success", "run-b"));
        assertTrue(first.size() <= 10, "at most 10 statements for a new attempt, saw " + first.size() + ":\n"
                + String.join("\n", first));
        // a completion also refreshes what runs where: a lock and one upsert
        assertTrue(second.size() <= first.size() + 2, "a completion costs at most two more:\n" + String.join("\n", second));
        List<String> again = statementsOf(DeploymentEventTest.eventWithInvoke(product, "3.0", "production", "success", "run-c"));
        assertEquals(other.size(), again.size(), "every new completed version costs the same:\n" + String.join("\n", again));
        assertTrue(first.stream().noneMatch(s -> s.toLowerCase().contains("from deployment d") && s.toLowerCase().contains("offset")));
    }
}
