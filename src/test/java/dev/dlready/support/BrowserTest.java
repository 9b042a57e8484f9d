package dev.dlready.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Real-browser tests: the app on a random port, driven by Playwright in Debian's Chromium (no browser download).
 * A screenshot of the last page of every test is kept under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    public static final String DEMO_PASSWORD = "dlready-demo-2026";
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;

    @Value("${local.server.port}")
    private int port;

    private BrowserContext context;
    private final List<BrowserContext> otherContexts = new java.util.ArrayList<>();
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage(TestInfo test) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        String name = getClass().getSimpleName() + "-" + test.getTestMethod().map(m -> m.getName()).orElse("test");
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
        context.close();
        otherContexts.forEach(BrowserContext::close);
        otherContexts.clear();
    }

    /** A second browser with its own cookies, for journeys of two people at once; closed after the test. */
    protected Page secondBrowser() {
        var other = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setAcceptDownloads(true));
        other.setDefaultTimeout(20_000);
        otherContexts.add(other);
        return other.newPage();
    }

    /** Saves a full-page screenshot of any page under target/screenshots. */
    protected static void screenshot(Page of, String name) throws java.io.IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        of.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Opens a page and waits until Vaadin has rendered it. */
    protected void open(String path) {
        open(page, path);
    }

    protected void open(Page in, String path) {
        in.navigate(url(path));
        in.waitForLoadState();
        in.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && !document.querySelector('vaadin-connection-indicator[loading]')");
    }

    /** Gives some answer to the question on screen, whatever its type (for journeys that only need an answer). */
    protected void answerCurrentQuestion() {
        answerCurrentQuestion(page);
    }

    /** As {@link #answerCurrentQuestion()}, in the given browser page. */
    protected static void answerCurrentQuestion(Page page) {
        String type = page.locator(".question-card").getAttribute("data-question-type");
        switch (type) {
            case "single_choice", "true_false", "multiple_choice" -> page.keyboard().press("1");
            case "numeric", "parameterised_numeric" -> page.locator("#answer-number input").fill("1");
            case "short_text" -> page.locator("#answer-text input").fill("an answer");
            case "ordering" -> page.locator(".order-row vaadin-button[aria-label='Move down']").first().click();
            case "matching" -> {
                int selects = page.locator("#answer-matching vaadin-select").count();
                for (int i = 0; i < selects; i++) {
                    page.locator("#answer-matching vaadin-select").nth(i).click();
                    page.locator("vaadin-select-item[role='option']:visible").first().click();
                }
            }
            default -> throw new IllegalStateException("unknown question type " + type);
        }
    }

    protected void signIn(String email, String password) {
        signIn(page, email, password);
    }

    protected void signIn(Page in, String email, String password) {
        open(in, "login");
        in.locator("#vaadinLoginUsername input").fill(email);
        in.locator("#vaadinLoginPassword input").fill(password);
        in.locator("vaadin-button[slot='submit']").click();
    }
}
