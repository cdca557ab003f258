package io.versioner.ui;

import static io.restassured.RestAssured.given;
import static io.versioner.Api.ADMIN_KEY;
import static io.versioner.Api.admin;
import static io.versioner.Api.keyWithRole;
import static io.versioner.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The release list and page in a real headless Chromium, on releases built from deployment events. */
@QuarkusTest
class ReleasePagesTest {
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

    /** Two services, four environments, one of each cell state. */
    record Estate(String web, String api, String dev, String staging, String prod, String qa) {
        static Estate deployed() {
            Estate e = new Estate(unique("web"), unique("api"), unique("dev"), unique("staging"), unique("prod"), unique("qa"));
            Seed.deploy(e.web, "1.2.3", e.dev, "success");
            Seed.deploy(e.web, "1.2.3", e.staging, "success");
            Seed.deploy(e.web, "1.2.3", e.prod, "success");
            Seed.deploy(e.api, "4.5.6", e.dev, "success");
            Seed.deploy(e.api, "4.5.6", e.staging, "failed");
            Seed.deploy(e.api, "4.5.6", e.prod, "started");
            Seed.deploy(e.api, "4.5.6", e.qa, "aborted");
            return e;
        }
    }

    @Test
    void editorBuildsAReleaseAndSeesEachCellsIconAndLabel() {
        Estate e = Estate.deployed();
        String name = unique("User Platform");
        browser.signIn(root.toString(), ADMIN_KEY);
        browser.open(root + "ui/releases");
        browser.find("details.panel summary").click();
        browser.find("#new-name").sendKeys(name);
        browser.find("#new-description").sendKeys("two services");
        browser.submit("form[method=post][action$='/ui/releases'] button[type=submit]");
        assertEquals(name + " draft", browser.find("h1").getText());
        addVersion(e.web, "1.2.3");
        addVersion(e.api, "4.5.6");

        assertCell(e.web, e.dev, "✅", "success");
        assertCell(e.web, e.prod, "✅", "success");
        assertCell(e.api, e.dev, "✅", "success");
        assertCell(e.api, e.staging, "🔴", "failed");
        assertCell(e.api, e.prod, "🟡", "in progress");
        assertCell(e.api, e.qa, "❌", "not deployed");
        assertCell(e.web, e.qa, "❌", "not deployed");
        assertTrue(browser.find("progress[aria-label^='" + e.staging + ":']").getAttribute("aria-label")
                .endsWith("1 of 2 deployed"));
        List<String> timeline = browser.all(".timeline li").stream().map(WebElement::getText).toList();
        assertTrue(timeline.get(0).contains("created “" + name + "” as draft"), timeline.toString());
        assertTrue(timeline.get(2).contains("added " + e.api + " 4.5.6"), timeline.toString());

        // the list shows it with its progress
        browser.open(root + "ui/releases?q=" + name.substring(name.length() - 8));
        WebElement row = browser.driver.findElement(By.xpath("//table[contains(@class,'releases')]//tr[th/a[text()='" + name + "']]"));
        assertTrue(row.getText().contains("draft"));
        assertTrue(row.findElement(By.cssSelector("progress[aria-label^='" + e.prod + ":']")).getAttribute("aria-label")
                .endsWith("1 of 2 deployed"));
    }

    @Test
    void refusedMovesShowTheApiMessageAndAReleaseCanBeCompleted() {
        Estate e = Estate.deployed();
        String id = release(unique("Hotfix"), e.web + ":1.2.3", e.api + ":4.5.6");
        browser.signIn(root.toString(), ADMIN_KEY);
        browser.open(root + "ui/releases/" + id);

        changeStatus("completed");
        assertTrue(alert().contains("draft cannot become completed; allowed: in_progress, cancelled"), alert());
        assertEquals("draft", browser.find("#release-status").getText());

        changeStatus("in progress");
        assertEquals("in progress", browser.find("#release-status").getText());
        changeStatus("completed");
        assertTrue(alert().contains("not successful in production: " + e.api + " 4.5.6"), alert());

        browser.submit("button[aria-label='Remove " + e.api + " 4.5.6 from the release']");
        assertEquals(1, browser.all("table.release-matrix tbody tr").size());
        changeStatus("completed");
        assertEquals("completed", browser.find("#release-status").getText());
        assertTrue(browser.all("form[action$='/status']").isEmpty(), "a final release offers no actions");
        assertTrue(browser.find("#actions-title + p").getText().contains("read-only"));
        List<String> timeline = browser.all(".timeline li").stream().map(WebElement::getText).toList();
        assertTrue(timeline.get(timeline.size() - 1).contains("moved from in progress to completed"), timeline.toString());
        assertTrue(timeline.stream().anyMatch(t -> t.contains("removed " + e.api + " 4.5.6")), timeline.toString());

        browser.open(root + "ui/releases?status=completed&q=Hotfix");
        assertTrue(browser.find("input[name=status][value=completed]").isSelected());
        assertTrue(browser.all("table.releases tbody th a").stream().anyMatch(a -> a.getAttribute("href").endsWith(id)));
        browser.open(root + "ui/releases?status=draft&q=Hotfix");
        assertTrue(browser.all("table.releases tbody th a").stream().noneMatch(a -> a.getAttribute("href").endsWith(id)));
    }

    @Test
    void viewersSeeNoActionsAndTheirPostsAreRefused() {
        Estate e = Estate.deployed();
        String id = release(unique("Viewed"), e.web + ":1.2.3");
        String viewer = keyWithRole("viewer");
        browser.signIn(root.toString(), viewer);
        browser.open(root + "ui/releases/" + id);
        assertCell(e.web, e.prod, "✅", "success");
        assertTrue(browser.all("form[method=post][action*='/releases/']").isEmpty(), "no editor forms");
        browser.open(root + "ui/releases");
        assertTrue(browser.all("#new-name").isEmpty());

        String cookie = SessionTest.session(viewer);
        String csrf = SessionTest.csrfOf(cookie);
        given().cookie(UiPaths.COOKIE, cookie).contentType(ContentType.URLENC).formParam("csrf", csrf)
                .formParam("status", "cancelled").post("/ui/releases/" + id + "/status")
                .then().statusCode(403).contentType(containsString("text/html"));
        admin().get("/releases/" + id).then().body("status", org.hamcrest.Matchers.equalTo("draft"));
    }

    @Test
    void editorFormsWithoutTheCsrfTokenAreRefused() {
        Estate e = Estate.deployed();
        String id = release(unique("Guarded"), e.web + ":1.2.3");
        String cookie = SessionTest.session(keyWithRole("editor"));
        given().cookie(UiPaths.COOKIE, cookie).contentType(ContentType.URLENC).formParam("status", "cancelled")
                .post("/ui/releases/" + id + "/status").then().statusCode(403).body(containsString("reload the page"));
        given().cookie(UiPaths.COOKIE, cookie).contentType(ContentType.URLENC).formParam("csrf", "x").formParam("name", "n")
                .post("/ui/releases").then().statusCode(403);
        admin().get("/releases/" + id).then().body("status", org.hamcrest.Matchers.equalTo("draft"));
        String csrf = SessionTest.csrfOf(cookie);
        given().redirects().follow(false).cookie(UiPaths.COOKIE, cookie).contentType(ContentType.URLENC)
                .formParam("csrf", csrf).formParam("status", "cancelled").post("/ui/releases/" + id + "/status")
                .then().statusCode(303);
        admin().get("/releases/" + id).then().body("status", org.hamcrest.Matchers.equalTo("cancelled"));
    }

    /** A draft release holding "product:version"s, made through the API. */
    static String release(String name, String... members) {
        String id = admin().body("{\"name\":\"" + name + "\"}").post("/releases/").then().statusCode(201).extract().path("id");
        for (String m : members) {
            String[] pv = m.split(":");
            admin().body("{\"product_name\":\"" + pv[0] + "\",\"version\":\"" + pv[1] + "\"}")
                    .post("/releases/" + id + "/versions").then().statusCode(201);
        }
        return id;
    }

    private static void addVersion(String product, String version) {
        browser.find("#add-product").sendKeys(product);
        browser.find("#add-version").sendKeys(version);
        browser.submit("form[action$='/versions'] button[type=submit]");
    }

    private static void changeStatus(String label) {
        new Select(browser.find("#new-status")).selectByVisibleText(label);
        browser.submit("form[action$='/status'] button[type=submit]");
    }

    private static String alert() {
        return browser.find("#action-error").getText();
    }

    private static void assertCell(String product, String env, String icon, String label) {
        WebElement cell = browser.find("table.release-matrix tr[data-product='" + product + "'] td[data-environment='" + env + "']");
        assertEquals(icon, cell.findElement(By.cssSelector("[aria-hidden=true]")).getText(), product + " in " + env);
        assertEquals(label, cell.findElement(By.cssSelector(".sr-only")).getAttribute("textContent"), product + " in " + env);
    }
}
