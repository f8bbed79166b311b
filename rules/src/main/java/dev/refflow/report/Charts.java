package dev.refflow.report;

import dev.refflow.api.AnalysisResult;

import dev.refflow.rules.FindingGraph;
import dev.refflow.rules.RuleDescriptor;
import dev.refflow.model.JvmLayout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Geometry for the report's inline SVG pictures: the summary bar chart and each finding's object graph.
 * Only numbers and text come out of here; the template writes the SVG and escapes every label.
 *
 * <p>Pictures are drawn at {@link #FONT_PX} and shrink with the page down to {@link #MIN_SCALE} of their size (text
 * of about {@link #MIN_FONT_PX}), below which their box scrolls sideways instead: {@code minWidth} says how narrow.
 */
final class Charts {
    /** The pictures' text size in picture units (the stylesheet's {@code svg text} size). */
    static final double FONT_PX = 11;
    /** The smallest text a shrunk picture may show. */
    static final double MIN_FONT_PX = 9;
    static final double MIN_SCALE = MIN_FONT_PX / FONT_PX;
    /** Width of one character of the monospace font at {@link #FONT_PX}. */
    static final double CHAR_WIDTH = 6.6;

    private static final int NODE_HEIGHT = 28;
    /** Room between columns of nodes for an edge and its label. */
    private static final double COLUMN_GAP = 70;
    private static final int MAX_LABEL = 56;
    private static final int MAX_EDGE_LABEL = 32;
    /** How far parallel edges between one pair of nodes bend apart. */
    private static final double PARALLEL_SPACING = 60;
    /** A line reference at the end of a label ({@code  L12}, {@code  L12-14}, {@code :12}), kept when it is cut. */
    private static final Pattern LINE_SUFFIX = Pattern.compile("(\\s+L\\d+(-\\d+)?|:\\d+(-\\d+)?)$");

    private Charts() {
    }

    /** Bars per rule: findings count, and estimated bytes when any rule sized anything. */
    static Map<String, Object> summaryChart(AnalysisResult result) {
        List<Map<String, Object>> bars = new ArrayList<>();
        long maxCount = 1;
        long maxBytes = 1;
        long allBytes = 0;
        for (RuleDescriptor d : result.rules()) {
            long count = result.findings().stream().filter(f -> f.ruleId().equals(d.id())).count();
            long bytes = result.findings().stream().filter(f -> f.ruleId().equals(d.id()))
                    .mapToLong(f -> Math.max(0, f.estimatedBytes())).sum();
            maxCount = Math.max(maxCount, count);
            maxBytes = Math.max(maxBytes, bytes);
            allBytes += bytes;
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("rule", d.id());
            bar.put("count", count);
            bar.put("bytesValue", bytes);
            bars.add(bar);
        }
        boolean sized = allBytes > 0;
        int rowHeight = 26;
        int labelWidth = 190;
        int barWidth = 200;
        int y = 20;
        for (Map<String, Object> bar : bars) {
            long count = (long) bar.get("count");
            long bytes = (long) bar.remove("bytesValue");
            long countWidth = count == 0 ? 0 : Math.max(2, count * barWidth / maxCount);
            long bytesWidth = bytes == 0 ? 0 : Math.max(2, bytes * barWidth / maxBytes);
            bar.put("y", y);
            bar.put("textY", y + 13);
            bar.put("countX", labelWidth);
            bar.put("countWidth", countWidth);
            bar.put("countLabelX", labelWidth + countWidth + 4);
            if (sized) {
                Map<String, Object> b = new LinkedHashMap<>();
                b.put("x", labelWidth + barWidth + 50);
                b.put("width", bytesWidth);
                b.put("labelX", labelWidth + barWidth + 50 + bytesWidth + 4);
                b.put("text", bytes > 0 ? JvmLayout.formatBytes(bytes) : "");
                bar.put("bytes", b);
            }
            y += rowHeight;
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        int width = labelWidth + barWidth + 40 + (sized ? barWidth + 110 : 0);
        chart.put("bars", bars);
        chart.put("width", width);
        chart.put("height", y + 6);
        chart.put("minWidth", minWidth(width));
        chart.put("countHeaderX", labelWidth);
        chart.put("sized", sized);
        chart.put("bytesHeaderX", labelWidth + barWidth + 50);
        return chart;
    }

    /** The narrowest a picture of this width may become: its text stays at least {@link #MIN_FONT_PX}. */
    static int minWidth(double width) {
        // rounded up to tens, so pictures share a few CSS rules
        return (int) Math.ceil(width * MIN_SCALE / 10) * 10;
    }

    /**
     * Node boxes on a circle (a cycle) with the roots, if any, to the left and what leads from them to the cycle in
     * between; or a chain from a root, left to right. Edges are arrows with labels; parallel edges between the same
     * two nodes bend apart, each with its label on its own side.
     */
    static Map<String, Object> graph(FindingGraph graph) {
        if (graph == null || graph.isEmpty()) {
            return null;
        }
        Set<Integer> onCycle = onCycle(graph);
        Map<Integer, double[]> centers = onCycle.isEmpty() ? layeredLayout(graph)
                : circleLayout(graph, onCycle);
        List<Map<String, Object>> nodes = new ArrayList<>();
        double maxX = 0;
        double maxY = 0;
        double minY = Double.MAX_VALUE;
        double minX = 0;
        for (FindingGraph.Node node : graph.nodes()) {
            double[] c = centers.get(node.id());
            String label = label(node);
            double w = boxWidth(label);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("x", c[0] - w / 2);
            m.put("y", c[1] - NODE_HEIGHT / 2.0);
            m.put("w", fmt(w));
            m.put("h", NODE_HEIGHT);
            m.put("tx", c[0]);
            m.put("ty", c[1] + 4);
            m.put("label", label);
            m.put("title", fullLabel(node));
            m.put("root", node.root());
            nodes.add(m);
            maxX = Math.max(maxX, c[0] + w / 2);
            maxY = Math.max(maxY, c[1] + NODE_HEIGHT);
            minY = Math.min(minY, c[1] - NODE_HEIGHT / 2.0 - 6);
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        Map<Long, List<FindingGraph.Edge>> pairs = parallelGroups(graph);
        for (FindingGraph.Edge e : graph.edges()) {
            Map<String, Object> m = edge(graph, e, centers, pairs);
            edges.add(m);
            String label = (String) m.get("label");
            double lx = (double) m.get("lx");
            double ly = (double) m.get("ly");
            double textWidth = label.length() * CHAR_WIDTH;
            String anchor = (String) m.get("textAnchor");
            double left = anchor.equals("start") ? lx : anchor.equals("end") ? lx - textWidth : lx - textWidth / 2;
            minX = Math.min(minX, left - 4);
            maxX = Math.max(maxX, left + textWidth);
            maxY = Math.max(maxY, ly + 10);
            minY = Math.min(minY, ly - 14);
        }
        // everything shifts so the picture starts at the top left, arcs and labels above the first row included
        double dx = minX < 0 ? -minX : 0;
        double dy = minY < 6 ? 6 - minY : 0;
        for (Map<String, Object> node : nodes) {
            for (String key : List.of("x", "tx")) {
                node.put(key, fmt((double) node.get(key) + dx));
            }
            for (String key : List.of("y", "ty")) {
                node.put(key, fmt((double) node.get(key) + dy));
            }
        }
        for (Map<String, Object> edge : edges) {
            // an edge's path and label move together, by its group's transform
            edge.put("lx", fmt((double) edge.get("lx")));
            edge.put("ly", fmt((double) edge.get("ly")));
            if (dx != 0 || dy != 0) {
                edge.put("transform", "translate(" + fmt(dx) + "," + fmt(dy) + ")");
            }
        }
        double width = maxX + dx + 30;
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("width", fmt(width));
        g.put("height", fmt(maxY + dy + 14));
        g.put("minWidth", minWidth(width));
        g.put("nodes", nodes);
        g.put("edges", edges);
        return g;
    }

    /** One edge: its path, and where its label goes (raw doubles for lx and ly, formatted by the caller). */
    private static Map<String, Object> edge(FindingGraph graph, FindingGraph.Edge e, Map<Integer, double[]> centers,
                                            Map<Long, List<FindingGraph.Edge>> pairs) {
        double[] a = centers.get(e.from());
        double[] b = centers.get(e.to());
        List<FindingGraph.Edge> group = pairs.get(pairKey(e));
        int k = group.indexOf(e);
        Map<String, Object> m = new LinkedHashMap<>();
        String path;
        double lx;
        double ly;
        String anchor = "middle";
        if (e.from() == e.to()) {
            // several loops on one node nest, each a little higher
            double top = a[1] - NODE_HEIGHT / 2.0;
            double rise = 44 + 26 * k;
            path = "M" + fmt(a[0] - 12) + "," + fmt(top) + " C" + fmt(a[0] - 40) + "," + fmt(top - rise) + " "
                    + fmt(a[0] + 40) + "," + fmt(top - rise) + " " + fmt(a[0] + 12) + "," + fmt(top);
            lx = a[0];
            ly = top - rise + 4;
        } else {
            double[] from = border(a, b, boxWidth(label(graph.nodes().get(e.from()))));
            double[] to = border(b, a, boxWidth(label(graph.nodes().get(e.to()))));
            double mx = (from[0] + to[0]) / 2;
            double my = (from[1] + to[1]) / 2;
            double dx = to[0] - from[0];
            double dy = to[1] - from[1];
            double len = Math.max(1, Math.hypot(dx, dy));
            double bend;
            if (group.size() == 1) {
                // an edge that skips a column arcs above the nodes it passes, the further the higher
                int skipped = 0;
                for (double[] c : centers.values()) {
                    if (Math.abs(c[1] - a[1]) < 1 && c[0] > Math.min(a[0], b[0]) + 1 && c[0] < Math.max(a[0], b[0]) - 1) {
                        skipped++;
                    }
                }
                bend = skipped > 0 && Math.abs(dy) < 1 ? -40 * (skipped + 1) : 30;
            } else {
                // parallel edges spread apart around the straight line, in the frame of the pair's first node
                double canonical = (k - (group.size() - 1) / 2.0) * PARALLEL_SPACING;
                bend = e.from() == Math.min(e.from(), e.to()) ? canonical : -canonical;
            }
            double nx = -dy / len;
            double ny = dx / len;
            double qx = mx + nx * bend;
            double qy = my + ny * bend;
            path = "M" + fmt(from[0]) + "," + fmt(from[1]) + " Q" + fmt(qx) + "," + fmt(qy) + " " + fmt(to[0])
                    + "," + fmt(to[1]);
            // the label sits beside the curve's middle on its outer side, growing away from it, so parallel edges'
            // labels keep apart
            double side = bend >= 0 ? 1 : -1;
            double offset = bend / 2 + side * 12;
            lx = mx + nx * offset;
            ly = my + ny * offset + 4;
            double outward = nx * side;
            if (outward > 0.35) {
                anchor = "start";
            } else if (outward < -0.35) {
                anchor = "end";
            }
            if (ny * side > 0.35) {
                ly += 6;
            }
        }
        m.put("path", path);
        m.put("lx", lx);
        m.put("ly", ly);
        m.put("textAnchor", anchor);
        m.put("label", shorten(e.label(), MAX_EDGE_LABEL));
        m.put("title", e.label());
        m.put("escaping", e.escaping());
        m.put("weak", e.label().contains("weak"));
        return m;
    }

    /** Edges by the unordered pair of nodes they join, in the graph's order. */
    private static Map<Long, List<FindingGraph.Edge>> parallelGroups(FindingGraph graph) {
        Map<Long, List<FindingGraph.Edge>> pairs = new LinkedHashMap<>();
        for (FindingGraph.Edge e : graph.edges()) {
            pairs.computeIfAbsent(pairKey(e), x -> new ArrayList<>()).add(e);
        }
        return pairs;
    }

    private static long pairKey(FindingGraph.Edge e) {
        return (long) Math.min(e.from(), e.to()) << 32 | Math.max(e.from(), e.to());
    }

    /** Nodes on some cycle: they reach themselves. */
    private static Set<Integer> onCycle(FindingGraph graph) {
        Set<Integer> out = new HashSet<>();
        for (FindingGraph.Node node : graph.nodes()) {
            Deque<Integer> work = new ArrayDeque<>();
            Set<Integer> seen = new HashSet<>();
            work.add(node.id());
            while (!work.isEmpty() && !out.contains(node.id())) {
                int at = work.poll();
                for (FindingGraph.Edge e : graph.edges()) {
                    if (e.from() != at) {
                        continue;
                    }
                    if (e.to() == node.id()) {
                        out.add(node.id());
                    } else if (seen.add(e.to())) {
                        work.add(e.to());
                    }
                }
            }
        }
        return out;
    }

    /**
     * Members of a cycle on a circle; the roots that hold it in a column to the left, and what leads from them to the
     * cycle (a wrapper the cycle was added to) in a column between.
     */
    private static Map<Integer, double[]> circleLayout(FindingGraph graph, Set<Integer> onCycle) {
        List<FindingGraph.Node> members = graph.nodes().stream().filter(n -> onCycle.contains(n.id())).toList();
        List<FindingGraph.Node> roots = graph.nodes().stream().filter(FindingGraph.Node::root).toList();
        List<FindingGraph.Node> between = graph.nodes().stream()
                .filter(n -> !n.root() && !onCycle.contains(n.id())).toList();
        int n = members.size();
        // two members sit one above the other; more are spread so neighbours' boxes keep apart
        double radius = n <= 1 ? 0 : n == 2 ? 70
                : Math.max(n * 45, (widest(members) + 40) / (2 * Math.sin(Math.PI / n)));
        double cy = radius + NODE_HEIGHT + 34;
        Map<Integer, double[]> centers = new LinkedHashMap<>();
        double x = 20;
        for (List<FindingGraph.Node> column : List.of(roots, between)) {
            if (column.isEmpty()) {
                continue;
            }
            double w = widest(column);
            for (int i = 0; i < column.size(); i++) {
                centers.put(column.get(i).id(), new double[] {x + w / 2, cy + i * (NODE_HEIGHT + 20)});
            }
            x += w + COLUMN_GAP + 20;
        }
        double cx = x + widest(members) / 2 + radius;
        for (int i = 0; i < n; i++) {
            double angle = n == 1 ? 0 : -Math.PI / 2 + 2 * Math.PI * i / n;
            centers.put(members.get(i).id(), new double[] {cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)});
        }
        return centers;
    }

    private static double widest(List<FindingGraph.Node> nodes) {
        return nodes.stream().mapToDouble(node -> boxWidth(label(node))).max().orElse(0);
    }

    /**
     * A chain from a root, left to right: each node one column right of its deepest predecessor, each column as wide
     * as its widest node.
     */
    private static Map<Integer, double[]> layeredLayout(FindingGraph graph) {
        Map<Integer, Integer> depth = new LinkedHashMap<>();
        for (FindingGraph.Node node : graph.nodes()) {
            depth.put(node.id(), 0);
        }
        for (int round = 0; round < graph.nodes().size(); round++) {
            for (FindingGraph.Edge e : graph.edges()) {
                if (e.from() != e.to()) {
                    depth.put(e.to(), Math.max(depth.get(e.to()), depth.get(e.from()) + 1));
                }
            }
        }
        Map<Integer, Double> columnWidth = new TreeMap<>();
        for (FindingGraph.Node node : graph.nodes()) {
            columnWidth.merge(depth.get(node.id()), boxWidth(label(node)), Math::max);
        }
        Map<Integer, Double> columnCenter = new TreeMap<>();
        double x = 20;
        for (Map.Entry<Integer, Double> c : columnWidth.entrySet()) {
            columnCenter.put(c.getKey(), x + c.getValue() / 2);
            x += c.getValue() + COLUMN_GAP;
        }
        Map<Integer, Integer> rowsUsed = new LinkedHashMap<>();
        Map<Integer, double[]> centers = new LinkedHashMap<>();
        for (FindingGraph.Node node : graph.nodes()) {
            int d = depth.get(node.id());
            int row = rowsUsed.merge(d, 1, Integer::sum) - 1;
            centers.put(node.id(), new double[] {columnCenter.get(d), NODE_HEIGHT + 24 + row * (NODE_HEIGHT + 46)});
        }
        return centers;
    }

    /** Where the line from the centre of box {@code a} towards {@code b} leaves the box. */
    private static double[] border(double[] a, double[] b, double width) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double hw = width / 2 + 3;
        double hh = NODE_HEIGHT / 2.0 + 3;
        double scale = 1 / Math.max(Math.abs(dx) / hw, Math.abs(dy) / hh);
        if (Double.isInfinite(scale) || Double.isNaN(scale)) {
            return a;
        }
        return new double[] {a[0] + dx * scale, a[1] + dy * scale};
    }

    private static String fullLabel(FindingGraph.Node node) {
        return node.line() > 0 ? node.label() + "  L" + node.line() : node.label();
    }

    private static String label(FindingGraph.Node node) {
        return shorten(fullLabel(node), MAX_LABEL);
    }

    private static double boxWidth(String label) {
        return label.length() * CHAR_WIDTH + 20;
    }

    /** Cut to {@code max} characters with an ellipsis, keeping a line reference at the end whole. */
    static String shorten(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        Matcher line = LINE_SUFFIX.matcher(s);
        String suffix = line.find() && line.group().length() < max / 2 ? line.group() : "";
        String head = s.substring(0, s.length() - suffix.length());
        return head.substring(0, max - suffix.length() - 1) + "…" + suffix;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
