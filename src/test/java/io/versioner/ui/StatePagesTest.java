package io.versioner.ui;

import static io.versioner.Api.ADMIN_KEY;
import static io.versioner.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What runs where and the product page, in a real headless Chromium. */
@QuarkusTest
class StatePagesTest {
    static Browser browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void statePageHighlightsDriftAndKeepsFiltersInTheUrl() {
        String staging = unique("staging");
        String prod = unique("prod");
        String drifting = unique("drifting-svc");
        String steady = unique("steady-svc");
        Seed.deploy(drifting, "2.0.0", staging, "success");
        Seed.deploy(drifting, "1.9.0", prod, "success");
        Seed.deploy(steady, "1.0.0", staging, "success");
        Seed.deploy(steady, "1.0.0", prod, "deployed");

        browser.signIn(root.toString(), ADMIN_KEY);
        browser.open(root + "ui/state");
        browser.find("#product-1").sendKeys(drifting);
        browser.submit("form.filters button[type=submit]");
        // a filtered page offers one more product input, so a second product can be added
        assertEquals(drifting, browser.find("#product-1").getAttribute("value"));
        browser.find("#product-2").sendKeys(steady);
        browser.find("input[name=environment][value='" + staging + "']").click();
        browser.find("input[name=environment][value='" + prod + "']").click();
        browser.submit("form.filters button[type=submit]");

        String url = browser.driver.getCurrentUrl();
        assertTrue(url.contains("product=" + drifting) && url.contains("environment=" + prod), url);
        assertEquals(List.of(staging, prod).stream().sorted().toList(), browser.all("table.state thead th[scope=col]")
                .stream().skip(1).map(WebElement::getText).sorted().toList(), "only the chosen environments are columns");
        WebElement driftRow = row(drifting);
        WebElement steadyRow = row(steady);
        assertTrue(driftRow.getAttribute("class").contains("drift"), "different versions: highlighted");
        assertEquals("drift", driftRow.findElement(By.cssSelector(".drift-badge")).getText());
        assertFalse(steadyRow.getAttribute("class").contains("drift"), "one version everywhere: not highlighted");
        assertTrue(cell(driftRow, prod).getText().contains("1.9.0"));
        assertTrue(cell(driftRow, staging).getText().contains("2.0.0"));
        assertTrue(browser.find("input[name=environment][value='" + prod + "']").isSelected(), "filters stay checked");

        // the same filter with one environment: one version per row, so no drift
        browser.open(root + "ui/state?product=" + drifting + "&environment=" + prod);
        assertFalse(row(drifting).getAttribute("class").contains("drift"));
    }

    @Test
    void productPageListsVersionsAndDeploymentsNewestFirstWithCursorLinks() {
        String product = unique("paged-svc");
        String env = unique("qa");
        for (int i = 1; i <= ProductPage.PAGE + 3; i++) {
            Seed.deploy(product, "1.0." + i, env, "success");
        }
        Seed.deploy(product, "1.0.99", env, "failed");
        String id = Seed.productId(product);

        browser.signIn(root.toString(), ADMIN_KEY);
        browser.open(root + "ui/state?product=" + product);
        browser.follow(browser.driver.findElement(By.linkText(product)));
        assertEquals(product, browser.find("h1").getText());
        List<String> versions = browser.all("table.versions tbody th").stream().map(WebElement::getText).toList();
        assertEquals(ProductPage.PAGE, versions.size());
        assertEquals("1.0.99", versions.get(0), "newest first");
        WebElement newest = browser.all("table.deployments tbody tr").get(0);
        assertTrue(newest.getText().contains("1.0.99"));
        assertEquals("🔴", newest.findElement(By.cssSelector("td.state [aria-hidden=true]")).getText());
        assertEquals("failed", newest.findElement(By.cssSelector("td.state .label")).getText());
        assertTrue(browser.find(".current").getText().contains("1.0." + (ProductPage.PAGE + 3)),
                "the failed run did not replace the current version");

        browser.follow(browser.driver.findElement(By.linkText("Older versions")));
        List<String> older = browser.all("table.versions tbody th").stream().map(WebElement::getText).toList();
        assertEquals(List.of("1.0.4", "1.0.3", "1.0.2", "1.0.1"), older, "24 versions: 20, then 4");
        assertTrue(browser.driver.getCurrentUrl().contains("/ui/products/" + id + "?versions="));
        assertTrue(browser.all("a[rel=next]").stream().noneMatch(a -> a.getText().equals("Older versions")), "last page");
        browser.follow(browser.driver.findElement(By.linkText("Newest versions")));
        assertEquals("1.0.99", browser.find("table.versions tbody th").getText());
    }

    @Test
    void unknownProductIsAnHtmlNotFoundPage() {
        browser.signIn(root.toString(), ADMIN_KEY);
        browser.open(root + "ui/products/00000000-0000-0000-0000-000000000000");
        assertEquals("Not found", browser.find("h1").getText());
        assertTrue(browser.find("[role=alert]").getText().contains("not found"));
    }

    private static WebElement row(String product) {
        return browser.driver.findElement(By.xpath("//table[contains(@class,'state')]//tr[th/a[text()='" + product + "']]"));
    }

    private static WebElement cell(WebElement row, String env) {
        return row.findElement(By.cssSelector("td[data-environment='" + env + "']"));
    }
}
