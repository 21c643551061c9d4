package vn.tongket.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Base of the journeys a person clicks through, in Debian's Chromium driven by Playwright.
 * Without Chromium the tests are skipped with how to install it; with TONGKET_REQUIRE_BROWSER=true
 * (set by .ci/run) a missing browser fails instead.
 * <p>
 * Every page a journey loads (by address, link or form) is checked with axe-core (WCAG 2 A and AA: a serious or
 * critical violation fails the test), at phone width also for a page wider than the screen, and photographed under
 * target/journeys/&lt;TestClass&gt;/ for a reviewer.
 */
public abstract class BrowserTest {

    public static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> pageFaults = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Axe takes about half a second a page: once per address and window size in a test is enough. */
    private final Set<String> checkedPages = new HashSet<>();
    private int pagesOpened;
    private static final Map<String, AtomicInteger> SCREENSHOTS_PER_CLASS = new ConcurrentHashMap<>();
    private static final int PHONE_WIDTH = 640;

    @TestHTTPResource("/")
    protected URL baseUrl;

    @BeforeAll
    static void launchBrowser() {
        if (!chromiumInstalled()) {
            return; // each test then says why it did not run (see chromiumIsThere)
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    /**
     * Per test, not in @BeforeAll: surefire counts an aborted class as zero tests, so the journeys would vanish from
     * the report instead of showing as skipped with the hint.
     */
    @BeforeEach
    void chromiumIsThere() {
        if (chromiumInstalled()) {
            return;
        }
        String message = "Chromium not found at " + CHROMIUM + ": install it with 'sudo apt-get install chromium' "
                + "(or set CHROMIUM_PATH) to run the browser journeys.";
        if ("true".equalsIgnoreCase(System.getenv("TONGKET_REQUIRE_BROWSER"))) {
            Assertions.fail(message);
        }
        Assumptions.abort(message);
    }

    private static boolean chromiumInstalled() {
        return Files.isExecutable(Path.of(CHROMIUM));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @AfterEach
    void noScriptWasBlockedByTheContentSecurityPolicy() {
        Assertions.assertTrue(cspViolations.isEmpty(), "blocked by the CSP: " + cspViolations);
    }

    @AfterEach
    void everyPageWasAccessibleAndFitTheScreen() {
        Assertions.assertTrue(pageFaults.isEmpty(), String.join("\n", pageFaults));
        Assertions.assertTrue(pagesOpened == 0 || !checkedPages.isEmpty(), "axe checked no page: was it injected? was any page loaded?");
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** A fresh browser window (own cookies) of the given size: 1280x800 for a laptop, 390x844 for a phone. */
    protected Page newPage(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height).setLocale("vi-VN"));
        contexts.add(context);
        Page page = context.newPage();
        pagesOpened++;
        String viewport = width <= PHONE_WIDTH ? "phone" : "desktop";
        page.onLoad(p -> inspect(p, viewport, width <= PHONE_WIDTH));
        // Chromium reports here what the Content-Security-Policy blocked: an inline script, handler or javascript: link
        // breaks script-src (a journey that frames a page on purpose breaks frame-ancestors, as it should).
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") && m.text().contains("script-src")) {
                cspViolations.add(page.url() + ": " + m.text());
            }
        });
        return page;
    }

    protected Page newPage() {
        return newPage(1280, 800);
    }

    private void inspect(Page page, String viewport, boolean phone) {
        try {
            if (!"text/html".equals(page.evaluate("document.contentType"))) {
                return;
            }
            URI address = URI.create(page.url());
            String path = address.getRawPath() + (address.getRawQuery() == null ? "" : "?" + address.getRawQuery());
            photograph(page, address.getPath(), viewport);
            if (phone) {
                widerThanTheScreen(page, path);
            }
            if (!checkedPages.contains(viewport + " " + path)) {
                axe(page, path, viewport);
                checkedPages.add(viewport + " " + path);
            }
        } catch (RuntimeException movedOn) { // AxeBuilder wraps Playwright's errors in a plain RuntimeException
            // A load reaches the test's thread late: the journey may have clicked on (a navigation, a dialog) meanwhile.
            // That page is checked at its next load; if axe can reach no page at all, the test fails (none checked).
        }
    }

    private void axe(Page page, String path, String viewport) {
        for (Rule rule : new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa")).analyze().getViolations()) {
            if (!"serious".equals(rule.getImpact()) && !"critical".equals(rule.getImpact())) {
                continue;
            }
            List<String> targets = rule.getNodes().stream().map(CheckedNode::getTarget).map(String::valueOf).limit(5).toList();
            pageFaults.add("axe " + rule.getImpact() + " '" + rule.getId() + "' on " + path + " (" + viewport + "): "
                    + rule.getHelp() + " at " + targets + " (" + rule.getHelpUrl() + ")");
        }
    }

    /** Tables may scroll inside their own wrapper; the page itself must not scroll sideways on a phone. */
    private void widerThanTheScreen(Page page, String path) {
        Object culprits = page.evaluate("""
                () => {
                  if (document.scrollingElement.scrollWidth <= window.innerWidth + 1) return null;
                  const inScroller = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                    if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true; } return false; };
                  const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
                  return [...document.body.querySelectorAll('*')]
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !inScroller(e))
                    .slice(0, 5).map(e => name(e) + ' (' + Math.round(e.getBoundingClientRect().right) + 'px)')
                    .join(', ') || 'the page';
                }""");
        if (culprits != null) {
            pageFaults.add("wider than the phone's screen on " + path + ": " + culprits);
        }
    }

    private void photograph(Page page, String path, String viewport) {
        Path folder = Path.of("target", "journeys", getClass().getSimpleName());
        int number = SCREENSHOTS_PER_CLASS.computeIfAbsent(getClass().getName(), name -> {
            emptyFolder(folder); // pictures of an earlier run would mislead the reviewer
            return new AtomicInteger();
        }).incrementAndGet();
        String slug = path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        String name = "%02d-%s-%s.png".formatted(number, slug.isEmpty() ? "root" : slug, viewport);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(folder.resolve(name)));
    }

    private static void emptyFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).filter(f -> !f.equals(folder)).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected String url(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** Signs in through the login form and returns the page on the landing (home) page. */
    protected Page signIn(String username, String password) {
        Page page = newPage();
        signIn(page, username, password);
        return page;
    }

    protected void signIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#login");
        page.waitForURL(url("/"));
    }

    /** Saves a screenshot under target/screenshots for a person to look at. */
    protected void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", name + ".png")));
    }
}
