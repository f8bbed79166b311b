package dev.refflow.report;

import dev.refflow.api.AnalysisResult;

import dev.refflow.rules.FindingGraph;
import dev.refflow.rules.RuleDescriptor;
import dev.refflow.model.JvmLayout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Geometry for the report's inline SVG pictures: the summary bar chart and each finding's object graph.
 * Only numbers and text come out of here; the template writes the SVG and escapes every label.
 */
final class Charts {
    private static final int NODE_HEIGHT = 28;
    private static final int MAX_LABEL = 44;
    private static final double CHAR_WIDTH = 6.6;

    private Charts() {
    }

    /** Bars per rule: findings count, and estimated bytes where the rule sizes anything. */
    static Map<String, Object> summaryChart(AnalysisResult result) {
        List<Map<String, Object>> bars = new ArrayList<>();
        long maxCount = 1;
        long maxBytes = 1;
        for (RuleDescriptor d : result.rules()) {
            long count = result.findings().stream().filter(f -> f.ruleId().equals(d.id())).count();
            long bytes = result.findings().stream().filter(f -> f.ruleId().equals(d.id()))
                    .mapToLong(f -> Math.max(0, f.estimatedBytes())).sum();
            maxCount = Math.max(maxCount, count);
            maxBytes = Math.max(maxBytes, bytes);
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("rule", d.id());
            bar.put("count", count);
            bar.put("bytesValue", bytes);
            bars.add(bar);
        }
        int rowHeight = 26;
        int labelWidth = 210;
        int barWidth = 220;
        int y = 20;
        for (Map<String, Object> bar : bars) {
            long count = (long) bar.get("count");
            long bytes = (long) bar.remove("bytesValue");
            bar.put("y", y);
            bar.put("textY", y + 13);
            bar.put("countX", labelWidth);
            bar.put("countWidth", count == 0 ? 0 : Math.max(2, count * barWidth / maxCount));
            bar.put("countLabelX", labelWidth + (count == 0 ? 0 : Math.max(2, count * barWidth / maxCount)) + 4);
            bar.put("bytesX", labelWidth + barWidth + 60);
            bar.put("bytesWidth", bytes == 0 ? 0 : Math.max(2, bytes * barWidth / maxBytes));
            bar.put("bytesLabelX", labelWidth + barWidth + 60 + (bytes == 0 ? 0 : Math.max(2, bytes * barWidth / maxBytes)) + 4);
            bar.put("bytes", bytes > 0 ? JvmLayout.formatBytes(bytes) : "");
            y += rowHeight;
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("bars", bars);
        chart.put("width", labelWidth + 2 * barWidth + 160);
        chart.put("height", y + 6);
        chart.put("countHeaderX", labelWidth);
        chart.put("bytesHeaderX", labelWidth + barWidth + 60);
        return chart;
    }

    /** Node boxes on a circle (a cycle) with the root, if any, to the left; edges as arrows with labels. */
    static Map<String, Object> graph(FindingGraph graph) {
        if (graph == null || graph.isEmpty()) {
            return null;
        }
        double widest = 0;
        for (FindingGraph.Node node : graph.nodes()) {
            widest = Math.max(widest, boxWidth(label(node)));
        }
        Map<Integer, double[]> centers = hasCycle(graph) ? circleLayout(graph, widest) : layeredLayout(graph, widest);
        List<Map<String, Object>> nodes = new ArrayList<>();
        double maxX = 0;
        double maxY = 0;
        double minY = Double.MAX_VALUE;
        for (FindingGraph.Node node : graph.nodes()) {
            double[] c = centers.get(node.id());
            String label = label(node);
            double w = boxWidth(label);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("x", fmt(c[0] - w / 2));
            m.put("y", fmt(c[1] - NODE_HEIGHT / 2.0));
            m.put("w", fmt(w));
            m.put("h", NODE_HEIGHT);
            m.put("tx", fmt(c[0]));
            m.put("ty", fmt(c[1] + 4));
            m.put("label", label);
            m.put("root", node.root());
            nodes.add(m);
            maxX = Math.max(maxX, c[0] + w / 2);
            maxY = Math.max(maxY, c[1] + NODE_HEIGHT);
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (FindingGraph.Edge e : graph.edges()) {
            double[] a = centers.get(e.from());
            double[] b = centers.get(e.to());
            Map<String, Object> m = new LinkedHashMap<>();
            String path;
            double lx;
            double ly;
            if (e.from() == e.to()) {
                double top = a[1] - NODE_HEIGHT / 2.0;
                path = "M" + fmt(a[0] - 12) + "," + fmt(top) + " C" + fmt(a[0] - 40) + "," + fmt(top - 44) + " "
                        + fmt(a[0] + 40) + "," + fmt(top - 44) + " " + fmt(a[0] + 12) + "," + fmt(top);
                lx = a[0];
                ly = top - 40;
            } else {
                double[] from = border(a, b, boxWidth(label(graph.nodes().get(e.from()))));
                double[] to = border(b, a, boxWidth(label(graph.nodes().get(e.to()))));
                // bend pairs of opposite edges apart so both stay visible
                double mx = (from[0] + to[0]) / 2;
                double my = (from[1] + to[1]) / 2;
                double dx = to[0] - from[0];
                double dy = to[1] - from[1];
                double len = Math.max(1, Math.hypot(dx, dy));
                // an edge that skips a column arcs above the nodes it passes, the further the higher
                double span = Math.round(Math.abs(dx) / (widest + 70));
                double bend = span > 1 && Math.abs(dy) < 1 ? -40 * span : 30;
                double qx = mx - dy / len * bend;
                double qy = my + dx / len * bend;
                path = "M" + fmt(from[0]) + "," + fmt(from[1]) + " Q" + fmt(qx) + "," + fmt(qy) + " " + fmt(to[0])
                        + "," + fmt(to[1]);
                // the label sits beside the curve's middle, on the outer side, so opposite edges keep apart
                double offset = bend / 2 + Math.signum(bend) * 14;
                lx = mx - dy / len * offset;
                ly = my + dx / len * offset + 4;
            }
            m.put("path", path);
            m.put("lx", fmt(lx));
            m.put("ly", fmt(ly));
            m.put("label", shorten(e.label(), 24));
            m.put("escaping", e.escaping());
            m.put("weak", e.label().contains("weak"));
            edges.add(m);
            maxY = Math.max(maxY, ly + 10);
            minY = Math.min(minY, ly - 14);
        }
        if (minY < 0) {
            // arcs above the first row: shift everything down
            double shift = -minY + 6;
            for (Map<String, Object> node : nodes) {
                node.put("y", fmt(Double.parseDouble((String) node.get("y")) + shift));
                node.put("ty", fmt(Double.parseDouble((String) node.get("ty")) + shift));
            }
            for (Map<String, Object> edge : edges) {
                edge.put("transform", "translate(0," + fmt(shift) + ")");
            }
            maxY += shift;
        }
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("width", fmt(maxX + 30));
        g.put("height", fmt(maxY + 14));
        g.put("nodes", nodes);
        g.put("edges", edges);
        return g;
    }

    /** Members of a cycle on a circle, the roots that hold it in a column to the left. */
    private static Map<Integer, double[]> circleLayout(FindingGraph graph, double widest) {
        List<FindingGraph.Node> members = graph.nodes().stream().filter(n -> !n.root()).toList();
        List<FindingGraph.Node> roots = graph.nodes().stream().filter(FindingGraph.Node::root).toList();
        int n = members.size();
        double radius = n <= 1 ? 0 : Math.max(70, n * 45);
        double rootColumn = roots.isEmpty() ? 0 : widest + 90;
        double cx = rootColumn + widest / 2 + radius + 20;
        double cy = radius + NODE_HEIGHT + 34;
        Map<Integer, double[]> centers = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            double angle = n == 1 ? 0 : -Math.PI / 2 + 2 * Math.PI * i / n;
            centers.put(members.get(i).id(), new double[] {cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)});
        }
        for (int i = 0; i < roots.size(); i++) {
            centers.put(roots.get(i).id(), new double[] {20 + widest / 2, cy + i * (NODE_HEIGHT + 20)});
        }
        return centers;
    }

    /** A chain from a root, left to right: each node one column right of its deepest predecessor. */
    private static Map<Integer, double[]> layeredLayout(FindingGraph graph, double widest) {
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
        Map<Integer, Integer> rowsUsed = new LinkedHashMap<>();
        Map<Integer, double[]> centers = new LinkedHashMap<>();
        for (FindingGraph.Node node : graph.nodes()) {
            int d = depth.get(node.id());
            int row = rowsUsed.merge(d, 1, Integer::sum) - 1;
            centers.put(node.id(), new double[] {20 + widest / 2 + d * (widest + 70),
                    NODE_HEIGHT + 24 + row * (NODE_HEIGHT + 46)});
        }
        return centers;
    }

    private static boolean hasCycle(FindingGraph graph) {
        Map<Integer, Integer> depth = new LinkedHashMap<>();
        for (FindingGraph.Node node : graph.nodes()) {
            depth.put(node.id(), 0);
        }
        // a longest-path relaxation that still changes after |nodes| rounds has a cycle
        for (int round = 0; round <= graph.nodes().size(); round++) {
            boolean changed = false;
            for (FindingGraph.Edge e : graph.edges()) {
                if (e.from() == e.to()) {
                    return true;
                }
                if (depth.get(e.from()) + 1 > depth.get(e.to())) {
                    depth.put(e.to(), depth.get(e.from()) + 1);
                    changed = true;
                }
            }
            if (!changed) {
                return false;
            }
        }
        return true;
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

    private static String label(FindingGraph.Node node) {
        String text = node.line() > 0 ? node.label() + "  L" + node.line() : node.label();
        return shorten(text, MAX_LABEL);
    }

    private static double boxWidth(String label) {
        return label.length() * CHAR_WIDTH + 20;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

}
