package dev.refflow.report;

import dev.refflow.TestProjects;
import dev.refflow.api.AnalysisResult;
import dev.refflow.api.ReportFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

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
