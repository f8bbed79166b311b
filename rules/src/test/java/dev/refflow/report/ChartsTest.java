package dev.refflow.report;

import dev.refflow.rules.FindingGraph;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pictures' geometry: parallel edges apart, labels whole where it matters, a readable minimum size. */
class ChartsTest {
    private static final double TEXT_HEIGHT = 11;

    private static FindingGraph.Node node(int id, String label, int line, boolean root) {
        return new FindingGraph.Node(id, label, line, root);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> edges(Map<String, Object> picture) {
        return (List<Map<String, Object>>) picture.get("edges");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> nodes(Map<String, Object> picture) {
        return (List<Map<String, Object>>) picture.get("nodes");
    }

    /** The box a label's text covers: left, top, right, bottom. */
    private static double[] labelBox(Map<String, Object> edge) {
        double x = Double.parseDouble((String) edge.get("lx"));
        double y = Double.parseDouble((String) edge.get("ly"));
        double w = ((String) edge.get("label")).length() * Charts.CHAR_WIDTH;
        double left = switch ((String) edge.get("textAnchor")) {
            case "start" -> x;
            case "end" -> x - w;
            default -> x - w / 2;
        };
        return new double[] {left, y - TEXT_HEIGHT, left + w, y};
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    private static void assertLabelsApart(Map<String, Object> picture) {
        List<Map<String, Object>> edges = edges(picture);
        for (int i = 0; i < edges.size(); i++) {
            for (int j = i + 1; j < edges.size(); j++) {
                assertFalse(overlap(labelBox(edges.get(i)), labelBox(edges.get(j))),
                        edges.get(i).get("label") + " is drawn over " + edges.get(j).get("label"));
                assertNotEquals(edges.get(i).get("path"), edges.get(j).get("path"), "two edges on one line");
            }
        }
    }

    @Test
    void twoReferencesBetweenTheSameNodesBendApartWithTheirLabels() {
        // WeakKeyRetainedByValue's picture of a value that is its own key
        Map<String, Object> picture = Charts.graph(new FindingGraph(
                List.of(node(0, "weak map Cache.ENTRIES", 0, true), node(1, "key session", 12, false)),
                List.of(new FindingGraph.Edge(0, 1, "value (strong)", true),
                        new FindingGraph.Edge(0, 1, "key (weak)", false))));
        assertLabelsApart(picture);
    }

    @Test
    void threeParallelAndOppositeReferencesKeepApartToo() {
        Map<String, Object> vertical = Charts.graph(new FindingGraph(
                List.of(node(0, "a (new ArrayList<>())", 3, false), node(1, "b (new ArrayList<>())", 4, false)),
                List.of(new FindingGraph.Edge(0, 1, "add", false), new FindingGraph.Edge(1, 0, "add", false),
                        new FindingGraph.Edge(0, 1, "set(0)", false))));
        assertLabelsApart(vertical);
        Map<String, Object> horizontal = Charts.graph(new FindingGraph(
                List.of(node(0, "root", 0, true), node(1, "x", 2, false)),
                List.of(new FindingGraph.Edge(0, 1, "first", true), new FindingGraph.Edge(0, 1, "second", false),
                        new FindingGraph.Edge(0, 1, "third", false))));
        assertLabelsApart(horizontal);
    }

    @Test
    void aLongNodeLabelIsCutBeforeItsLineNumber() {
        String label = "entries (new LinkedHashMap<String, List<Map<Integer, Object>>>(16, 0.75f, true))";
        Map<String, Object> picture = Charts.graph(new FindingGraph(List.of(node(0, "static CACHE", 0, true),
                node(1, label, 1234, false)), List.of(new FindingGraph.Edge(0, 1, "holds", true))));
        Map<String, Object> shown = nodes(picture).get(1);
        String text = (String) shown.get("label");
        assertTrue(text.endsWith("…  L1234"), text);
        assertTrue(text.length() < label.length(), text);
        assertEquals(label + "  L1234", shown.get("title"), "the whole label is the picture's tooltip");
    }

    @Test
    void shorteningKeepsALineReferenceWhole() {
        assertEquals("add (added by linkTogeth…  L12",
                Charts.shorten("add (added by linkTogetherAndReturnBoth)  L12", 30));
        assertEquals("helper in util/Lis…:12-14", Charts.shorten("helper in util/ListsAndMore.java:12-14", 25));
        assertEquals("short  L3", Charts.shorten("short  L3", 30));
        assertEquals("no line number at all he…", Charts.shorten("no line number at all here, just words", 25));
    }

    @Test
    void picturesShrinkOnlyUntilTheirTextIsNineCssPixels() {
        Map<String, Object> picture = Charts.graph(GeneratedReports.finding(Path.of("base"), 0).graph());
        double width = Double.parseDouble((String) picture.get("width"));
        int min = (int) picture.get("minWidth");
        assertTrue(min < width, "it does shrink");
        assertTrue(Charts.FONT_PX * min / width >= 9, "text at the narrowest: " + Charts.FONT_PX * min / width);
    }
}
