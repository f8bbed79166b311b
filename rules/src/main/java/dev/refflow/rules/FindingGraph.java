package dev.refflow.rules;

import java.util.List;

/**
 * The objects and references a finding is about: a cycle, or the chain from a root to what it retains.
 *
 * @param nodes objects, in order of first appearance
 * @param edges references between them
 */
public record FindingGraph(List<Node> nodes, List<Edge> edges) implements java.io.Serializable {
    public static final FindingGraph EMPTY = new FindingGraph(List.of(), List.of());

    public FindingGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * @param id    index in {@link #nodes}
     * @param label what it is ({@code a: new ArrayList<>()})
     * @param line  line it is created or named on, 0 when not in the source
     * @param root  true for the long-lived root (static field, caller) that keeps the rest alive
     */
    public record Node(int id, String label, int line, boolean root) implements java.io.Serializable {
    }

    /**
     * @param from     referring node
     * @param to       referred node
     * @param label    how ({@code add}, {@code put}, {@code next}, {@code return})
     * @param escaping true for the reference through which the structure escapes the method
     */
    public record Edge(int from, int to, String label, boolean escaping) implements java.io.Serializable {
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }
}
