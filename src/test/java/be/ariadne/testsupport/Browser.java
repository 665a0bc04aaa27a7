package be.ariadne.testsupport;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's Chromium driven by Playwright (never a downloaded browser), with an accessibility check
 * (axe-core) that fails on any serious or critical violation.
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("ARIADNE_CHROMIUM", "/usr/bin/chromium"));
    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** A desktop-sized context in a language. */
    public BrowserContext desktop(String locale) {
        return browser.newContext(new NewContextOptions().setLocale(locale).setViewportSize(1280, 900));
    }

    /** A phone-sized context (a small Android phone) in a language. */
    public BrowserContext phone(String locale) {
        return browser.newContext(new NewContextOptions().setLocale(locale).setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2));
    }

    /** Fails when axe-core finds a serious or critical accessibility violation on the page. */
    public static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze();
        List<Rule> bad = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        if (!bad.isEmpty()) {
            String report = bad.stream().map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " — "
                            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n"));
            throw new AssertionError("Accessibility violations on " + page.url() + ":\n" + report);
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
