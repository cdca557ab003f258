package io.versioner.ui;

import static io.versioner.Api.ADMIN_KEY;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.OutputType;

/**
 * Regenerates the README's screenshots (docs/*.png) from demo data. Not a test: it runs only when asked,
 * through scripts/screenshots.sh, in a schema of its own.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class DashboardScreenshots {
    @TestHTTPResource("/")
    URL root;

    @Test
    void takeScreenshots() throws IOException {
        DemoData.Made demo = DemoData.make();
        Path docs = Path.of(System.getProperty("screenshots.dir", "docs"));
        Files.createDirectories(docs);
        try (Browser browser = new Browser(1360, 960)) {
            browser.signIn(root.toString(), ADMIN_KEY);
            shoot(browser, root + "ui/releases", docs.resolve("dashboard-releases.png"));
            shoot(browser, root + "ui/releases/" + demo.releaseId(), docs.resolve("dashboard-release.png"));
            shoot(browser, root + "ui/state", docs.resolve("dashboard-state.png"));
            shoot(browser, root + "ui/products/" + demo.productId(), docs.resolve("dashboard-product.png"));
        }
    }

    private static void shoot(Browser browser, String url, Path to) throws IOException {
        browser.open(url);
        Path png = browser.driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
