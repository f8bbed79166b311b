package dev.refflow.report;

import dev.refflow.TestProjects;
import dev.refflow.api.AnalysisResult;
import dev.refflow.api.ReportFormat;
import dev.refflow.rules.Finding;
import dev.refflow.rules.Level;
import dev.refflow.rules.RuleCatalog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {
    private static final String PAYLOAD = "</script><img src=x onerror=alert(1)>";

    @Test
    void userSourceIsShownAsTextNeverAsMarkup(@TempDir Path out) throws Exception {
        AnalysisResult result = TestProjects.analyse("xss", out);
        assertEquals(1, result.findings().size(), result.findings().toString());
        Document doc = Jsoup.parse(result.reports().get(ReportFormat.HTML).toFile(), "UTF-8");
        assertTrue(doc.select("img").isEmpty(), "an <img> element was injected");
        assertTrue(doc.select("b[onmouseover]").isEmpty(), "a <b> element was injected");
        assertEquals(1, doc.select("script").size(), "only the report's own script");
        assertFalse(doc.select("script").first().data().contains("alert"));
        String excerpt = doc.select("pre.source").text();
        assertTrue(excerpt.contains("list.add(\"" + PAYLOAD + "\" + i);"), excerpt);
        assertTrue(excerpt.contains("/* <b onmouseover=\"alert(2)\">&amp;</b> */"), excerpt);
        assertTrue(doc.select("ol.trace").text().contains(PAYLOAD));
    }

    @Test
    void everyRetentionFindingShowsItsChainFromTheRoot(@TempDir Path out) throws Exception {
        AnalysisResult result = TestProjects.analyse("retention", out);
        Document doc = Jsoup.parse(result.reports().get(ReportFormat.HTML).toFile(), "UTF-8");
        assertEquals(7, doc.select("article.finding").size());
        for (Element finding : doc.select("article.finding")) {
            Element graph = finding.selectFirst("svg.graph");
            assertNotNull(graph, "no picture for " + finding.text());
            assertEquals(1, graph.select("g.node.root").size(), "one highlighted root: " + finding.text());
            assertTrue(graph.select("g.node").size() >= 2);
            assertEquals(1, graph.select("g.edge.escaping").size(), "the root's edge is highlighted");
        }
        Element weak = doc.select("article.finding").stream()
                .filter(a -> a.text().contains("WeakKeyRetainedByValue")).findFirst().orElseThrow();
        assertEquals("key (weak)", weak.selectFirst("g.edge.weak text").text());
        assertTrue(doc.select("svg.chart text").text().contains("ThreadLocalNotRemoved"));
    }

    @Test
    void aFindingWithoutATraceHasNoTraceBoxAndNothingSizedShowsNoBytes(@TempDir Path out) throws Exception {
        AnalysisResult result = TestProjects.analyse("suppressed", out);
        Document doc = Jsoup.parse(result.reports().get(ReportFormat.HTML).toFile(), "UTF-8");
        Element unused = doc.select("article.finding[data-rule=UnusedSuppression]").first();
        assertNotNull(unused);
        assertTrue(unused.select("details.trace, ol.trace").isEmpty(), "an empty Flow trace box: " + unused);
        for (Element finding : doc.select("article.finding")) {
            if (!finding.select("details.trace").isEmpty()) {
                assertFalse(finding.select("ol.trace li").isEmpty(), "a trace box with no steps");
            }
        }
        assertEquals(0, result.totalEstimatedBytes());
        assertFalse(doc.text().contains("0 bytes"), "a size where nothing was sized");
        assertFalse(doc.select(".totals").text().contains("estimated"), doc.select(".totals").text());
        assertFalse(doc.select("svg.chart").text().contains("estimated"), doc.select("svg.chart").text());
        assertFalse(doc.select("table.rules th").text().contains("Estimated"));
    }

    @Test
    void findingsSharingAFingerprintGetDistinctAnchors(@TempDir Path base) {
        Finding f = GeneratedReports.finding(base, 5);
        AnalysisResult twice = new AnalysisResult(List.of(f, f.withLevel(Level.NOTE)), List.of(),
                RuleCatalog.descriptors(), 1, 10, Map.of());
        Document doc = Jsoup.parse(new HtmlReportWriter().render(twice, "twice"));
        assertEquals(List.of(f.fingerprint(), f.fingerprint() + "-2"), doc.select("article.finding").eachAttr("id"));
        assertEquals(List.of("#" + f.fingerprint(), "#" + f.fingerprint() + "-2"),
                doc.select("#findings-table tbody a").eachAttr("href"));
    }

    @Test
    void theSameAnalysisWritesTheSameBytes(@TempDir Path one, @TempDir Path two) throws Exception {
        byte[] first = Files.readAllBytes(TestProjects.analyse("retention", one).reports().get(ReportFormat.HTML));
        byte[] second = Files.readAllBytes(TestProjects.analyse("retention", two).reports().get(ReportFormat.HTML));
        assertArrayEquals(first, second);
        AnalysisResult many = GeneratedReports.result(one, 250);
        assertEquals(new HtmlReportWriter().render(many, "p"), new HtmlReportWriter().render(many, "p"));
    }

    @Test
    void manyFindingsStayTextAndEveryPictureHasItsReadableMinimum(@TempDir Path base) {
        Document doc = Jsoup.parse(new HtmlReportWriter().render(GeneratedReports.result(base, 250), "many"));
        assertTrue(doc.select(".msg *, pre.source b, pre.source span.ln i *, ol.trace code *, svg text *").isEmpty(),
                "markup from a message or code became elements");
        assertTrue(doc.select(".msg").first().text().contains("<i>retained</i> & kept"));
        assertTrue(doc.select("pre.source").text().contains("build(\"<b>"));
        String css = doc.select("style").first().data();
        for (Element svg : doc.select("svg")) {
            String cls = svg.classNames().stream().filter(c -> c.startsWith("mw-")).findFirst().orElseThrow();
            int min = Integer.parseInt(cls.substring(3));
            double width = Double.parseDouble(svg.attr("width"));
            assertTrue(css.contains(".pic svg." + cls + " { min-width: " + min + "px; }"), cls);
            assertTrue(11 * min / width >= 9, svg.attr("aria-label") + " shrinks to text of " + 11 * min / width);
            assertEquals("pic", svg.parent().className(), "a picture scrolls in its own box, not the page");
        }
    }

    @Test
    void isSelfContainedAndShowsSummaryFindingsTraceAndRules(@TempDir Path out) throws Exception {
        AnalysisResult result = TestProjects.analyse("mixed", out);
        Document doc = Jsoup.parse(result.reports().get(ReportFormat.HTML).toFile(), "UTF-8");
        for (Element e : doc.select("[src], link[href]")) {
            throw new AssertionError("the report loads a resource: " + e);
        }
        for (Element a : doc.select("a[href]")) {
            assertTrue(a.attr("href").startsWith("#"), "external link " + a);
        }
        assertTrue(doc.select("#summary").text().contains("2"), doc.select("#summary").text());
        assertEquals(2, doc.select("article.finding").size());
        Element cycle = doc.select("article.finding").first();
        assertEquals("warning", cycle.attr("data-level"));
        assertNotNull(cycle.selectFirst("a[href=#rule-CyclicReference]"));
        assertTrue(cycle.select("pre.source .flag").text().contains("a.add(a);"));
        assertTrue(cycle.select("ol.trace li").size() >= 3);
        assertFalse(doc.text().contains("[B@"), "a value rendered as an object reference");
        assertNotNull(cycle.selectFirst("svg.graph"), "a cycle finding shows its graph");
        assertNotNull(doc.selectFirst("#rule-CyclicReference h4"));
        assertTrue(doc.select("#rule-ExplicitGcCall pre code").text().contains("System.gc()"));
        assertTrue(doc.select("#problems").size() == 1 && doc.text().contains("src/app/Broken.java"));
        assertNotNull(doc.selectFirst("svg.chart"));
    }
}
