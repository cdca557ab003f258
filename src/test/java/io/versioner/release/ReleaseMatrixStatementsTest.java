package io.versioner.release;

import io.versioner.StatementCounter;

import static io.versioner.Api.admin;
import static io.versioner.Api.unique;
import static io.versioner.release.Fixtures.deploy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** The matrix costs a fixed number of statements, whatever the number of versions and environments. */
@QuarkusTest
class ReleaseMatrixStatementsTest {
    private static final Logger LOG = Logger.getLogger(ReleaseMatrixStatementsTest.class);

    @Test
    void matrixOf50VersionsBy10EnvironmentsCostsWhatOneOf2VersionsCosts() {
        String t = unique("t");
        List<String> envs = new ArrayList<>();
        for (String type : List.of("dev", "qa", "int", "staging", "uat", "preprod", "prod-eu", "prod-us", "live", "demo")) {
            envs.add(type + "-" + t);
        }
        String big = Fixtures.createRelease(unique("big"));
        String small = Fixtures.createRelease(unique("small"));
        for (int i = 0; i < 50; i++) {
            String product = "svc" + i + "-" + t;
            Fixtures.version(product, "1.0." + i);
            Fixtures.addVersion(big, product, "1.0." + i);
            if (i < 2) {
                Fixtures.addVersion(small, product, "1.0." + i);
            }
            // a deployment in a few environments per version, some cells of each state
            deploy(product, "1.0." + i, envs.get(i % 10), "success");
            deploy(product, "1.0." + i, envs.get((i + 3) % 10), i % 2 == 0 ? "failed" : "started");
            deploy(product, "1.0." + i, envs.get((i + 6) % 10), "aborted");
        }

        long bigCount = statementsOf("/releases/" + big + "/deployments", envs);
        long smallCount = statementsOf("/releases/" + small + "/deployments", envs);
        LOG.infof("GET matrix: %d statements for 50 x 10, %d for 2 x 10", bigCount, smallCount);
        assertEquals(smallCount, bigCount, "the matrix costs the same whatever its size");
        assertTrue(bigCount <= 6, "a small constant: " + bigCount);

        long detailBig = statementsOf("/releases/" + big, List.of());
        long detailSmall = statementsOf("/releases/" + small, List.of());
        assertEquals(detailSmall, detailBig, "the release detail (versions + progress) too");
        assertTrue(detailBig <= 6, "a small constant: " + detailBig);

        var m = admin().queryParam("environment", envs).get("/releases/" + big + "/deployments").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(50, m.getList("rows").size());
        assertEquals(10, m.getMap("rows[0].cells").size());
        assertEquals(50, m.getList("rows.cells.collect { it.values().findAll { c -> c.state == 'success' } }.flatten()")
                .size());
    }

    private static long statementsOf(String path, List<String> envs) {
        admin().queryParam("environment", envs).get(path).then().statusCode(200); // warm up
        var req = admin();
        if (!envs.isEmpty()) {
            req.queryParam("environment", envs);
        }
        StatementCounter.start();
        req.get(path).then().statusCode(200);
        List<String> seen = StatementCounter.stop();
        LOG.infof("%s: %s", path, String.join("\n  ", seen));
        return seen.size();
    }
}
