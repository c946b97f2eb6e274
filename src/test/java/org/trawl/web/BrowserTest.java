package org.trawl.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trawl.model.Entity;

/**
 * End to end in a real browser: headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * which {@code .ci/run} installs) drives the workspace through search, an article, an entity, the network
 * and the map, and measures what the graphs draw: the names shown must not overlap, at most 40 on the
 * 150-node view, with its communities apart; one search box per page; no article shown by a hash. Screenshots go to {@code target/screenshots/}. Skipped, saying why, where Chromium or its
 * driver is not installed.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("TRAWL_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("TRAWL_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Selenium's own logging (driver version notes) is kept out of the build output. */
    static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    @TempDir
    static Path tmp;

    static Workspace ws;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        String why = "browser tests skipped: no Chromium at " + CHROMIUM + " or no chromedriver at " + DRIVER
                + " (install Debian's chromium and chromium-driver, as .ci/run does)";
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!available) {
            System.out.println(why); // surefire reports "Tests run: 0" without the assumption's message
        }
        Assumptions.assumeTrue(available, why);
        ws = Workspace.start(tmp);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + tmp.resolve("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (ws != null) {
            ws.close();
        }
    }

    /** Opens a route of the single-page app and waits until that view has rendered. */
    static void open(String route, String view) {
        browser.get(ws.uri("/").toString() + "#/" + route);
        awaitView(view);
    }

    static void awaitView(String view) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            WebElement main = d.findElement(By.id("main"));
            return view.equals(main.getDomAttribute("data-view")) && "1".equals(main.getDomAttribute("data-ready"));
        });
    }

    static void screenshot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static void await(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }

    @Test
    void searchOpenAnArticleAndFollowAnEntity() throws Exception {
        open("search?q=Choudary", "search");
        List<WebElement> hits = browser.findElements(By.cssSelector("#results .hit"));
        assertTrue(hits.size() >= 2);
        assertTrue(browser.findElements(By.cssSelector("#results mark")).stream()
                .allMatch(m -> m.getText().equalsIgnoreCase("Choudary")));
        assertTrue(browser.findElement(By.id("facets")).getText().contains("Anjem Choudary"));
        assertEquals(1, browser.findElements(By.cssSelector("input[type=search]")).size(), "one search box on the page");
        for (WebElement title : browser.findElements(By.cssSelector("#results .hit a.title"))) {
            assertFalse(title.getText().matches(".*[0-9a-f]{16}.*"), "an article is not shown by a hash: " + title.getText());
        }
        screenshot("search");

        // a facet value becomes a filter chip; removing it restores the search
        Entity choudary = ws.store.lookup("Anjem Choudary", null).orElseThrow();
        browser.findElement(By.cssSelector("#facets li[data-entity='" + choudary.id() + "'] a.value")).click();
        await(d -> d.findElements(By.cssSelector("#filters .chip")).size() == 1);
        awaitView("search");
        assertTrue(browser.findElement(By.id("filters")).getText().contains("Anjem Choudary"));

        browser.findElement(By.cssSelector("#results .hit a.title")).click();
        awaitView("document");
        List<WebElement> names = browser.findElements(By.cssSelector("#article-text a.m"));
        assertTrue(names.size() > 10, "names are highlighted");
        assertTrue(browser.findElements(By.cssSelector("#article-text a.m.PERSON")).size() > 0);
        assertTrue(browser.findElements(By.cssSelector("#relations .relation")).size() > 0);
        screenshot("document");

        browser.findElement(By.cssSelector("#article-text a.m[data-entity='" + choudary.id() + "']")).click();
        awaitView("entity");
        assertTrue(browser.findElement(By.id("entity-name")).getText().startsWith("Anjem Choudary"));
        assertTrue(browser.findElement(By.id("names")).getText().contains("Choudary"));
        await(d -> Integer.parseInt(d.findElement(By.id("ego")).getDomAttribute("data-nodes") == null ? "0"
                : d.findElement(By.id("ego")).getDomAttribute("data-nodes")) > 1);
        assertFalse(browser.findElements(By.cssSelector("#ego canvas")).isEmpty(), "the ego network is drawn");
        Map<String, Number> ego = labels("window.trawlEgoGraph");
        assertEquals(0, ego.get("overlaps").intValue(), "ego labels do not overlap: " + ego);
        assertTrue(ego.get("labelled").intValue() >= 2, ego.toString());
        screenshot("entity");
    }

    @Test
    void networkDrawsClicksThroughAndExports() throws Exception {
        Entity choudary = ws.store.lookup("Anjem Choudary", null).orElseThrow();
        open("network?seed=" + choudary.id() + "&hops=2&max_nodes=60", "network");
        String status = browser.findElement(By.id("network-status")).getText();
        assertTrue(status.matches("Showing \\d+ of (at least )?\\d+ nodes, \\d+ of (at least )?\\d+ links.*"), status);
        // a view cut from a seed's ties says its totals are lower bounds, and why
        assertEquals(status.contains("at least"), status.contains("the strongest ties of the seeds"), status);
        assertFalse(browser.findElements(By.cssSelector("#graph canvas")).isEmpty());
        // click the seed node where the graph library drew it
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) ((JavascriptExecutor) browser).executeScript(
                "const n = window.trawlGraph.getElementById(arguments[0]); return n.renderedPosition();", choudary.id());
        WebElement graph = browser.findElement(By.id("graph"));
        new Actions(browser).moveToElement(graph, (int) Math.round(at.get("x").doubleValue() - graph.getSize().width / 2.0),
                (int) Math.round(at.get("y").doubleValue() - graph.getSize().height / 2.0)).click().perform();
        await(d -> !d.findElements(By.id("node-name")).isEmpty());
        assertTrue(browser.findElement(By.id("node-name")).getText().startsWith("Anjem Choudary"));
        screenshot("network");

        List<WebElement> exports = browser.findElements(By.cssSelector("#exports a"));
        assertEquals(8, exports.size());
        for (WebElement a : exports) {
            String href = a.getDomAttribute("href");
            assertEquals(200, ws.get(href).statusCode(), href);
        }

        browser.findElement(By.id("open-entity")).click();
        awaitView("entity");
        assertTrue(browser.findElement(By.id("entity-name")).getText().startsWith("Anjem Choudary"));
    }

    /**
     * What the drawn graph shows, measured on the rendered graph: its nodes, the names shown (label text
     * not transparent), pairs of shown names whose rendered boxes overlap, and the mean distance between
     * nodes of one community and between nodes of different communities.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Number> labels(String graph) {
        return (Map<String, Number>) ((JavascriptExecutor) browser).executeScript("""
                const cy = %s;
                const shown = cy.nodes().filter(n => n.style('label') && parseFloat(n.style('text-opacity')) > 0)
                    .map(n => n.boundingBox({includeNodes: false, includeEdges: false, includeLabels: true}));
                let overlaps = 0;
                for (let i = 0; i < shown.length; i++) for (let j = i + 1; j < shown.length; j++) {
                  const a = shown[i], b = shown[j];
                  if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
                }
                const nodes = cy.nodes().toArray();
                let within = 0, nWithin = 0, between = 0, nBetween = 0;
                for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
                  const p = nodes[i].position(), q = nodes[j].position();
                  const d = Math.hypot(p.x - q.x, p.y - q.y);
                  if (nodes[i].data('node').community === nodes[j].data('node').community) { within += d; nWithin++; }
                  else { between += d; nBetween++; }
                }
                return {nodes: nodes.length, labelled: shown.length, overlaps,
                        within: within / Math.max(1, nWithin), between: between / Math.max(1, nBetween)};
                """.formatted(graph));
    }

    @Test
    void theLargeNetworkNamesOnlyWhatFitsAndSeparatesCommunities() throws Exception {
        open("network?max_nodes=150", "network");
        await(d -> d.findElement(By.id("graph")).getDomAttribute("data-nodes") != null);
        Map<String, Number> view = labels("window.trawlGraph");
        System.out.println("network view of the test workspace: " + view);
        assertTrue(view.get("nodes").intValue() > 100, view.toString());
        assertEquals(0, view.get("overlaps").intValue(), "no two names overlap: " + view);
        assertTrue(view.get("labelled").intValue() >= 5 && view.get("labelled").intValue() <= 40, view.toString());
        assertTrue(view.get("within").doubleValue() < 0.6 * view.get("between").doubleValue(),
                "nodes of one community lie closer together than nodes of different ones: " + view);
        screenshot("network-150");
    }

    @Test
    void mapShowsWhereTheSearchIs() throws Exception {
        open("map?q=London", "map");
        WebElement map = browser.findElement(By.id("map"));
        assertTrue(Integer.parseInt(map.getDomAttribute("data-places")) > 3);
        assertTrue(browser.findElements(By.cssSelector("#map path.leaflet-interactive")).size() > 3, "place markers");
        assertTrue(browser.findElements(By.cssSelector("#map svg path")).size() > 100, "country outlines");
        assertTrue(browser.findElement(By.id("place-list")).getText().contains("London"));
        screenshot("map");
    }

    @Test
    void markupInAnArticleIsShownAsText() throws Exception {
        open("search?q=onerror", "search");
        browser.findElement(By.cssSelector("#results .hit a.title")).click();
        awaitView("document");
        WebElement text = browser.findElement(By.id("article-text"));
        assertTrue(text.getText().contains("<script>document.title='owned'</script>"), text.getText());
        assertTrue(text.findElements(By.cssSelector("script, img")).isEmpty());
        assertEquals("trawl", browser.getTitle(), "no script from the article ran");
        screenshot("hostile-document");

        open("search?q=%22unclosed", "search");
        assertTrue(browser.findElement(By.cssSelector(".error")).getText().contains("cannot parse query"));
    }
}
