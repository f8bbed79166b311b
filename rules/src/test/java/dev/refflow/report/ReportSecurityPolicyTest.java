package dev.refflow.report;

import dev.refflow.TestProjects;
import dev.refflow.api.AnalysisResult;
import dev.refflow.api.ReportFormat;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.csp.Policy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Defence in depth: the report's Content-Security-Policy allows its own script and style sheet by hash and nothing
 * else, so markup that got past the escaping could not run. Checked against the page as written, and by running pages
 * with a deliberately unescaped {@code <img onerror>} under the policy (HtmlUnit made to enforce it, see
 * {@link CspEnforcement}); the browser profile checks the same in a real Chromium.
 */
class ReportSecurityPolicyTest {
    private static final String INJECTED = "<img src=\"x\" onerror=\"document.title='pwned by a handler'\">"
            + "<script>document.title='pwned by a script'</script>";

    @TempDir
    static Path out;
    private static String html;
    private static Document doc;

    @BeforeAll
    static void writeReport() throws Exception {
        AnalysisResult result = TestProjects.analyse("xss", out);
        html = Files.readString(result.reports().get(ReportFormat.HTML), StandardCharsets.UTF_8);
        doc = Jsoup.parse(html);
    }

    private static String policy(Document page) {
        Element meta = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
        return meta.attr("content");
    }

    private static String sha256(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    }

    /** The report with markup in a message that the escaping let through, as if it had failed. */
    private static Path injected(String name, String policyReplacement) throws Exception {
        String page = html.replaceFirst("<p class=\"msg\">", "<p class=\"msg\">" + INJECTED);
        assertTrue(page.contains(INJECTED));
        if (policyReplacement != null) {
            page = page.replace(policy(doc), policyReplacement);
        }
        Path file = out.resolve(name);
        Files.writeString(file, page, StandardCharsets.UTF_8);
        return file;
    }

    private static HtmlPage load(WebClient client, Path file) throws Exception {
        client.getOptions().setThrowExceptionOnScriptError(false);
        client.getOptions().setCssEnabled(false);
        HtmlPage page = client.getPage(file.toUri().toURL());
        client.waitForBackgroundJavaScript(2000);
        return page;
    }

    @Test
    void thePolicyAllowsExactlyTheInlineScriptAndStyleSheetByTheirHashes() throws Exception {
        String csp = policy(doc);
        assertFalse(csp.contains("unsafe"), csp);
        assertTrue(csp.contains("default-src 'none'"), csp);
        List<Element> scripts = doc.select("script");
        assertEquals(1, scripts.size(), "only the report's own script");
        List<Element> styles = doc.select("style");
        assertEquals(1, styles.size());
        // the script's text as a browser's parser leaves it is what the browser hashes
        String scriptText = scripts.get(0).data();
        String styleText = styles.get(0).data();
        assertTrue(csp.contains("script-src " + sha256(scriptText) + ";"), csp);
        assertTrue(csp.contains("style-src " + sha256(styleText) + ";"), csp);

        Policy policy = Policy.parseSerializedCSP(csp, Policy.PolicyErrorConsumer.ignored);
        assertTrue(policy.allowsInlineScript(Optional.empty(), Optional.of(scriptText), Optional.of(true)));
        assertFalse(policy.allowsInlineScript(Optional.empty(), Optional.of(scriptText + " "), Optional.of(true)));
        assertFalse(policy.allowsScriptAsAttribute(Optional.of("alert(1)")));
        assertTrue(policy.allowsInlineStyle(Optional.empty(), Optional.of(styleText)));
        assertFalse(policy.allowsStyleAsAttribute(Optional.of("color: red")));
        assertFalse(policy.allowsImage(Optional.empty(), Optional.empty()));
    }

    @Test
    void thePageNeedsNothingThePolicyBlocks() {
        // a style or event handler attribute would be blocked, and the page would look or work otherwise than meant
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().equals("style") || a.getKey().startsWith("on"), "blocked attribute on " + e);
            }
            assertFalse(e.hasAttr("src") || e.tagName().equals("link"), "loads a resource: " + e);
        }
    }

    @Test
    void theReportsOwnScriptRunsUnderItsPolicy() throws Exception {
        try (WebClient client = new WebClient(BrowserVersion.CHROME)) {
            CspEnforcement csp = CspEnforcement.install(client, policy(doc));
            HtmlPage page = load(client, result());
            assertEquals(List.of(), csp.blocked);
            assertFalse(page.getElementById("controls").hasAttribute("hidden"), "the script ran and showed its controls");
        }
    }

    private static Path result() throws Exception {
        Path file = out.resolve("as-written.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void anUnescapedImgOnerrorDoesNotRunUnderTheReportsPolicy() throws Exception {
        try (WebClient client = new WebClient(BrowserVersion.CHROME)) {
            CspEnforcement csp = CspEnforcement.install(client, policy(doc));
            HtmlPage page = load(client, injected("injected.html", null));
            assertEquals("RefFlow report: xss", page.getTitleText(), "an injected script ran");
            assertEquals(2, csp.blocked.size(), "the handler and the injected script: " + csp.blocked);
            assertTrue(csp.blocked.stream().anyMatch(s -> s.startsWith("error event for HtmlImage")), csp.blocked.toString());
            assertFalse(page.getElementById("controls").hasAttribute("hidden"), "the report's own script still runs");
        }
    }

    @Test
    void theSameInjectionRunsUnderThePolicyTheReportHadBefore() throws Exception {
        // the control: were the report to allow 'unsafe-inline' again, the handler would run and the test above fail
        try (WebClient client = new WebClient(BrowserVersion.CHROME)) {
            CspEnforcement csp = CspEnforcement.install(client,
                    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:");
            HtmlPage page = load(client, injected("unsafe-inline.html",
                    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"));
            assertEquals(List.of(), csp.blocked);
            assertTrue(page.getTitleText().startsWith("pwned by a"), page.getTitleText());
        }
    }
}
