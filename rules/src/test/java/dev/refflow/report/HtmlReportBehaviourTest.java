package dev.refflow.report;

import dev.refflow.rules.Finding;
import dev.refflow.rules.Level;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report's controls, run as a browser runs them: the page's own script in HtmlUnit, on a report of a few hundred
 * made-up findings, asserted on the DOM it leaves. Each made-up finding {@code i} is known by its fingerprint, so
 * what a filter or search should leave is computed from the generator.
 */
class HtmlReportBehaviourTest {
    private static final int N = 300;

    @TempDir
    static Path dir;
    private static Path report;
    /** fingerprint (the finding's anchor) to the generator's index */
    private static final Map<String, Integer> INDEX = new HashMap<>();

    private WebClient client;
    private HtmlPage page;

    @BeforeAll
    static void writeReport() throws Exception {
        report = GeneratedReports.write(dir, "many.html", N);
        for (int i = 0; i < N; i++) {
            INDEX.put(GeneratedReports.finding(dir, i).fingerprint(), i);
        }
    }

    @BeforeEach
    void open() throws Exception {
        client = new WebClient(BrowserVersion.CHROME);
        client.getOptions().setThrowExceptionOnScriptError(true);
        client.getOptions().setCssEnabled(false);
        page = client.getPage(report.toUri().toURL());
    }

    @AfterEach
    void close() {
        client.close();
    }

    // ------------------------------------------------------------------ helpers

    private List<DomElement> all(String selector) {
        return all(page, selector);
    }

    private static List<DomElement> all(DomNode root, String selector) {
        List<DomElement> out = new ArrayList<>();
        for (DomNode n : root.querySelectorAll(selector, root)) {
            out.add((DomElement) n);
        }
        return out;
    }

    /** The first element under {@code root} that matches. */
    private static DomElement one(DomNode root, String selector) {
        List<DomElement> found = all(root, selector);
        assertFalse(found.isEmpty(), "nothing matches " + selector);
        return found.get(0);
    }

    private static boolean hidden(DomElement e) {
        return e.hasAttribute("hidden");
    }

    /** Indexes of the findings the page shows now. */
    private Set<Integer> shown() {
        return all("article.finding").stream().filter(a -> !hidden(a)).map(a -> INDEX.get(a.getId()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Indexes of the table's rows the page shows now. */
    private Set<Integer> shownRows() {
        return all("#findings-table tbody tr").stream().filter(r -> !hidden(r))
                .map(r -> INDEX.get(r.getAttribute("data-ref"))).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Integer> expected(IntPredicate which) {
        return IntStream.range(0, N).filter(which).boxed().collect(Collectors.toCollection(TreeSet::new));
    }

    private String text(String id) {
        return page.getElementById(id).getTextContent();
    }

    private void search(String words) throws Exception {
        ((HtmlElement) page.getElementById("filter-text")).type(words);
    }

    /** Every file group and module heading counts what it shows; groups showing nothing are hidden. */
    private void assertCountsFollow(Set<Integer> shown) {
        for (DomElement g : all("details.file")) {
            String path = one(g, "summary .path").getTextContent();
            int total = (int) IntStream.range(0, N).filter(i -> GeneratedReports.file(i).equals(path)).count();
            int left = (int) shown.stream().filter(i -> GeneratedReports.file(i).equals(path)).count();
            assertEquals(String.valueOf(total), g.getAttribute("data-total"), path);
            assertEquals(left == 0, hidden(g), path + " hidden when nothing is left");
            if (left > 0) {
                assertEquals(left == total ? "(" + total + ")" : "(" + left + " of " + total + ")",
                        one(g, "summary .count").getTextContent(), path);
            }
        }
        for (DomElement m : all("section.module")) {
            String module = m.getAttribute("data-module");
            int total = (int) IntStream.range(0, N).filter(i -> GeneratedReports.file(i).startsWith(module + "/"))
                    .count();
            int left = (int) shown.stream().filter(i -> GeneratedReports.file(i).startsWith(module + "/")).count();
            assertEquals(left == 0, hidden(m), module);
            if (left > 0) {
                String count = one(m, "h2 .count").getTextContent();
                assertEquals(left == total ? "(" + total + " findings)" : "(" + left + " of " + total + " findings)",
                        count, module);
            }
        }
        assertEquals(shown.size() == N ? "Showing all " + N + " findings." : "Showing " + shown.size() + " of " + N
                + " findings.", text("shown"));
        assertEquals(shown, shownRows(), "the table follows the filter");
    }

    // ------------------------------------------------------------------ tests

    @Test
    void startsWithEverythingShownAndTheFileGroupsCollapsed() {
        assertFalse(hidden(page.getElementById("controls")), "the script shows its controls");
        assertEquals(expected(i -> true), shown());
        assertEquals(N, all("#findings-table tbody tr").size());
        List<DomElement> groups = all("details.file");
        assertEquals(GeneratedReports.MODULES.size() * GeneratedReports.FILES_PER_MODULE, groups.size());
        assertTrue(N > FindingViews.COLLAPSE_ABOVE);
        assertTrue(groups.stream().noneMatch(g -> g.hasAttribute("open")), "many findings: groups start collapsed");
        assertCountsFollow(shown());
    }

    @Test
    void aFewFindingsStartExpanded(@TempDir Path small) throws Exception {
        Path few = GeneratedReports.write(small, "few.html", FindingViews.COLLAPSE_ABOVE);
        page = client.getPage(few.toUri().toURL());
        List<DomElement> groups = all("details.file");
        assertFalse(groups.isEmpty());
        assertTrue(groups.stream().allMatch(g -> g.hasAttribute("open")), "a short report shows everything");
    }

    @Test
    void theLevelFilterHidesUncheckedLevelsAndTheCountsFollow() throws Exception {
        ((HtmlCheckBoxInput) one(page, "#controls input[data-level=note]")).click();
        assertEquals(expected(i -> GeneratedReports.level(i) != Level.NOTE), shown());
        assertCountsFollow(shown());
        ((HtmlCheckBoxInput) one(page, "#controls input[data-level=warning]")).click();
        assertEquals(expected(i -> GeneratedReports.level(i) == Level.ERROR), shown());
        assertCountsFollow(shown());
    }

    @Test
    void theRuleFilterShowsOneRuleAndHidesGroupsWithNothingLeft() {
        HtmlSelect rule = (HtmlSelect) page.getElementById("filter-rule");
        rule.setSelectedAttribute("CyclicReference", true);
        Set<Integer> want = expected(i -> GeneratedReports.rule(i).equals("CyclicReference"));
        assertEquals(want, shown());
        assertTrue(all("details.file").stream().anyMatch(HtmlReportBehaviourTest::hidden), "some groups emptied");
        assertTrue(all("section.module").stream().anyMatch(HtmlReportBehaviourTest::hidden),
                "a module with none of the rule's findings is hidden");
        assertCountsFollow(want);
    }

    @Test
    void theModuleFilterShowsOneModule() {
        HtmlSelect module = (HtmlSelect) page.getElementById("filter-module");
        module.setSelectedAttribute("web", true);
        assertEquals(expected(i -> GeneratedReports.file(i).startsWith("web/")), shown());
        assertCountsFollow(shown());
        for (DomElement m : all("section.module")) {
            assertEquals(!m.getAttribute("data-module").equals("web"), hidden(m));
        }
    }

    @Test
    void searchNarrowsByMessage() throws Exception {
        search("MSG17:");
        assertEquals(Set.of(17), shown());
        assertCountsFollow(shown());
    }

    @Test
    void searchNarrowsByCodeAndTreatsMarkupAsText() throws Exception {
        search("code42");
        assertEquals(Set.of(42), shown());
        page.getElementById("reset-filters").click();
        assertEquals(N, shown().size());
        search("(\"<b>43</b>\")");
        assertEquals(Set.of(43), shown());
    }

    @Test
    void searchNarrowsByFileAndCombinesWithTheFilters() throws Exception {
        String file = "app/web/Type5.java";
        search(file.toUpperCase());
        Set<Integer> inFile = expected(i -> GeneratedReports.file(i).endsWith(file));
        assertFalse(inFile.isEmpty());
        assertEquals(inFile, shown());
        ((HtmlCheckBoxInput) one(page, "#controls input[data-level=error]")).click();
        assertEquals(expected(i -> GeneratedReports.file(i).endsWith(file) && GeneratedReports.level(i) != Level.ERROR),
                shown());
        assertCountsFollow(shown());
    }

    @Test
    void theTableSortsByEachColumnAndReversesOnASecondClick() throws Exception {
        sortBy("bytes");
        List<Long> bytes = rowValues(r -> Long.parseLong(r.getAttribute("data-bytes")));
        assertEquals(bytes.stream().sorted(Comparator.reverseOrder()).toList(), bytes, "largest first");
        assertTrue(bytes.get(0) > 0);
        assertEquals("descending", one(page, "th[data-sort=bytes]").getAttribute("aria-sort"));
        sortBy("bytes");
        bytes = rowValues(r -> Long.parseLong(r.getAttribute("data-bytes")));
        assertEquals(bytes.stream().sorted().toList(), bytes);

        sortBy("level");
        List<Integer> ranks = rowValues(r -> Integer.parseInt(r.getAttribute("data-rank")));
        assertEquals(ranks.stream().sorted().toList(), ranks, "errors first");
        assertEquals("error", one(firstRow(), ".badge").getTextContent());

        sortBy("rule");
        List<String> rules = rowValues(r -> r.getAttribute("data-rule"));
        assertEquals(rules.stream().sorted().toList(), rules);

        sortBy("where");
        List<String> wheres = rowValues(r -> r.getAttribute("data-file") + ":"
                + String.format("%06d", Integer.parseInt(r.getAttribute("data-line"))));
        assertEquals(wheres.stream().sorted().toList(), wheres);
        sortBy("where");
        List<String> reversed = rowValues(r -> r.getAttribute("data-file") + ":"
                + String.format("%06d", Integer.parseInt(r.getAttribute("data-line"))));
        assertEquals(wheres.stream().sorted(Comparator.reverseOrder()).toList(), reversed);
    }

    private void sortBy(String column) throws Exception {
        ((HtmlElement) one(page, "th[data-sort=" + column + "] button")).click();
    }

    private DomElement firstRow() {
        return all("#findings-table tbody tr").get(0);
    }

    private <T> List<T> rowValues(java.util.function.Function<DomElement, T> value) {
        return all("#findings-table tbody tr").stream().map(value).toList();
    }

    @Test
    void everyFindingIsAnchoredByItsFingerprintAndItsTableRowLinksThere() {
        List<DomElement> articles = all("article.finding");
        assertEquals(N, articles.size());
        for (DomElement a : articles) {
            assertNotNull(INDEX.get(a.getId()), "anchor is the fingerprint: " + a.getId());
        }
        for (DomElement row : all("#findings-table tbody tr")) {
            HtmlAnchor link = (HtmlAnchor) one(row, "a");
            String anchor = link.getHrefAttribute().substring(1);
            assertEquals(row.getAttribute("data-ref"), anchor);
            int i = INDEX.get(anchor);
            assertEquals(GeneratedReports.file(i) + ":" + GeneratedReports.line(i), link.getTextContent());
        }
    }

    @Test
    void openingThePageAtAFingerprintShowsThatFinding() throws Exception {
        Finding target = GeneratedReports.finding(dir, 123);
        page = client.getPage(new URL(report.toUri().toURL(), "#" + target.fingerprint()));
        DomElement article = page.getElementById(target.fingerprint());
        assertFalse(hidden(article));
        assertTrue(article.getAttribute("class").contains("current"));
        DomElement group = (DomElement) article.getParentNode();
        assertEquals("details", group.getTagName());
        assertTrue(group.hasAttribute("open"), "its group opens");
        assertEquals(1, all("details.file[open]").size(), "the others stay collapsed");
    }

    @Test
    void followingALinkToAFindingTheFiltersHideShowsItAnyway() throws Exception {
        Finding target = GeneratedReports.finding(dir, 124);
        HtmlSelect rule = (HtmlSelect) page.getElementById("filter-rule");
        String other = GeneratedReports.rule(125);
        rule.setSelectedAttribute(other, true);
        assertTrue(hidden(page.getElementById(target.fingerprint())));
        page.executeJavaScript("location.hash = '#" + target.fingerprint() + "'");
        client.waitForBackgroundJavaScript(2000);
        DomElement article = page.getElementById(target.fingerprint());
        assertFalse(hidden(article), "the filters are reset");
        assertTrue(((DomElement) article.getParentNode()).hasAttribute("open"));
        assertEquals(N, shown().size());
    }

    @Test
    void aTableRowOpensItsFindingsGroup() throws Exception {
        DomElement row = all("#findings-table tbody tr").get(7);
        String anchor = row.getAttribute("data-ref");
        ((HtmlAnchor) one(row, "a")).click();
        client.waitForBackgroundJavaScript(2000);
        DomElement article = page.getElementById(anchor);
        assertTrue(((DomElement) article.getParentNode()).hasAttribute("open"));
        assertTrue(article.getAttribute("class").contains("current"));
    }

    @Test
    void aRuleNameInTheSummaryShowsThatRulesFindings() throws Exception {
        ((HtmlCheckBoxInput) one(page, "#controls input[data-level=error]")).click();
        HtmlAnchor link = (HtmlAnchor) one(page, "#summary a[data-rule=WeakKeyRetainedByValue]");
        assertEquals("#findings", link.getHrefAttribute());
        link.click();
        assertEquals("WeakKeyRetainedByValue", ((HtmlSelect) page.getElementById("filter-rule")).getSelectedOptions()
                .get(0).getValueAttribute());
        Set<Integer> want = expected(i -> GeneratedReports.rule(i).equals("WeakKeyRetainedByValue"));
        assertEquals(want, shown(), "only that rule, at every level");
        assertCountsFollow(want);
    }

    @Test
    void withoutModulesTheFileHeadingsCountTheirOwnFindings(@TempDir Path single) throws Exception {
        Path plain = GeneratedReports.write(single.resolve("plain.html"), GeneratedReports.withoutModules(dir, N));
        page = client.getPage(plain.toUri().toURL());
        assertTrue(all("h2.module").isEmpty());
        assertTrue(page.getElementById("filter-module") == null, "no module filter without modules");
        ((HtmlSelect) page.getElementById("filter-rule")).setSelectedAttribute("ExplicitGcCall", true);
        Set<Integer> want = expected(i -> GeneratedReports.rule(i).equals("ExplicitGcCall"));
        assertEquals(want, shown());
        for (DomElement g : all("details.file")) {
            String path = one(g, "summary .path").getTextContent();
            int total = (int) IntStream.range(0, N).filter(i -> GeneratedReports.file(i).equals(path)).count();
            int left = (int) want.stream().filter(i -> GeneratedReports.file(i).equals(path)).count();
            assertEquals(left == 0, hidden(g), path);
            if (left > 0) {
                assertEquals(left == total ? "(" + total + ")" : "(" + left + " of " + total + ")",
                        one(g, "summary .count").getTextContent(), path);
            }
        }
    }

    @Test
    void aLinkToARulesExplanationOpensIt() throws Exception {
        DomElement rule = page.getElementById("rule-CyclicReference");
        assertEquals("details", rule.getTagName());
        assertFalse(rule.hasAttribute("open"), "explanations start collapsed");
        ((HtmlAnchor) one(page, "#summary a[href='#rule-CyclicReference']")).click();
        client.waitForBackgroundJavaScript(2000);
        assertTrue(page.getElementById("rule-CyclicReference").hasAttribute("open"));
    }

    @Test
    void expandAllAndCollapseAll() throws Exception {
        page.getElementById("expand-all").click();
        assertTrue(all("details.file").stream().allMatch(g -> g.hasAttribute("open")));
        page.getElementById("collapse-all").click();
        assertTrue(all("details.file").stream().noneMatch(g -> g.hasAttribute("open")));
    }
}
