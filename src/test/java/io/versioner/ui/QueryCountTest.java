package io.versioner.ui;

import static io.restassured.RestAssured.given;
import static io.versioner.Api.keyWithRole;
import static io.versioner.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.versioner.StatementCounter;
import java.util.List;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Pages are set-based: the number of SQL statements a page costs does not grow with what it shows. Counted
 * by the test-only {@link StatementCounter} (every statement Hibernate prepares, native queries included).
 */
@QuarkusTest
class QueryCountTest {
    private static final Logger LOG = Logger.getLogger(QueryCountTest.class);

    @Test
    void statePageCostsTheSameForFewAndManyRows() {
        String tag = unique("qc");
        String cookie = SessionTest.session(keyWithRole("viewer"));
        grow(tag, 0, 2, 2);
        String url = "/ui/state?environment=" + tag + "-env-0&environment=" + tag + "-env-1";
        long few = statements(cookie, url);
        grow(tag, 2, 12, 3);
        long many = statements(cookie, url);
        assertEquals(few, many, "statements for 2 products vs 12");
        long unfiltered = statements(cookie, "/ui/state");
        LOG.infof("state page: %d statements filtered by environment, %d unfiltered (with the session check)", few, unfiltered);
    }

    @Test
    void productPageCostsTheSameForFewAndManyVersions() {
        String product = unique("qc-product");
        String cookie = SessionTest.session(keyWithRole("viewer"));
        Seed.deploy(product, "0.1", unique("qc-env"), "success");
        String url = "/ui/products/" + Seed.productId(product);
        long few = statements(cookie, url);
        for (int i = 0; i < 30; i++) {
            Seed.deploy(product, "1." + i, unique("qc-env"), i % 3 == 0 ? "failed" : "success");
        }
        long many = statements(cookie, url);
        assertEquals(few, many, "statements for 1 version vs 31");
        LOG.infof("product page: %d statements (with the session check)", few);
    }

    @Test
    void releasePagesCostTheSameForSmallAndLargeReleases() {
        String tag = unique("qr");
        String cookie = SessionTest.session(keyWithRole("viewer"));
        grow(tag, 0, 12, 3);
        String small = ReleasePagesTest.release(tag + "-small", tag + "-svc-0:1.0");
        String large = ReleasePagesTest.release(tag + "-large", java.util.stream.IntStream.range(0, 12)
                .mapToObj(p -> tag + "-svc-" + p + ":1." + p).toArray(String[]::new));
        long smallPage = statements(cookie, "/ui/releases/" + small);
        long largePage = statements(cookie, "/ui/releases/" + large);
        assertEquals(smallPage, largePage, "release page: 1 version vs 12");
        long listOfOne = statements(cookie, "/ui/releases?q=" + tag + "-small");
        long listOfTwo = statements(cookie, "/ui/releases?q=" + tag);
        assertEquals(listOfOne, listOfTwo, "release list: 1 release vs 2, progress included");
        LOG.infof("release page: %d statements; release list: %d (with the session check)", largePage, listOfTwo);
    }

    /** {@code products} products (from {@code from}) deployed to {@code envs} environments each. */
    private static void grow(String tag, int from, int products, int envs) {
        for (int p = from; p < products; p++) {
            for (int e = 0; e < envs; e++) {
                Seed.deploy(tag + "-svc-" + p, "1." + (p + e % 2), tag + "-env-" + e, "success");
            }
        }
    }

    private static long statements(String cookie, String url) {
        StatementCounter.start();
        List<String> seen;
        try {
            given().cookie(UiPaths.COOKIE, cookie).get(url).then().statusCode(200);
        } finally {
            seen = StatementCounter.stop();
        }
        LOG.debugf("%s: %s", url, String.join("\n  ", seen));
        return seen.size();
    }
}
