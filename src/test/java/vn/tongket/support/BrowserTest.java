package vn.tongket.support;

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

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Base of the journeys a person clicks through, in Debian's Chromium driven by Playwright.
 * Without Chromium the tests are skipped with how to install it; with TONGKET_REQUIRE_BROWSER=true
 * (set by .ci/run) a missing browser fails instead.
 */
public abstract class BrowserTest {

    public static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

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
