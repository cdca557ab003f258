package io.versioner.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy allows scripts and styles only from files of this origin: a page with inline
 * script, style or event handler would silently lose them. Also: every page says its language.
 */
class TemplatesTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates/ui");
    private static final Pattern INLINE = Pattern.compile("<script|<style|\\sstyle=|\\son[a-z]+=|javascript:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void pagesHaveNoInlineScriptOrStyle() throws IOException {
        List<Path> pages = templates();
        assertTrue(pages.size() >= 6, "the dashboard's templates are where this test looks: " + pages);
        for (Path page : pages) {
            String html = Files.readString(page);
            assertTrue(!INLINE.matcher(html).find(), page + " has inline script or style");
        }
    }

    @Test
    void theLayoutDeclaresTheLanguageAndOnlyLinksOurStylesheet() throws IOException {
        String layout = Files.readString(TEMPLATES.resolve("layout.html"));
        assertTrue(layout.contains("<html lang=\"en\">"));
        assertTrue(layout.contains("href=\"{frame.base}static/app.css\""));
        assertTrue(!layout.contains("http://") && !layout.contains("https://"), "nothing loaded from elsewhere");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> s = Files.list(TEMPLATES)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
