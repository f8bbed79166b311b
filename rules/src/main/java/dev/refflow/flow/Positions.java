package dev.refflow.flow;

import com.github.javaparser.ast.Node;

/** Where a node is in its file: 1-based lines and columns, 0 when the parser recorded no position. */
public final class Positions {
    private Positions() {
    }

    public static int line(Node n) {
        return n.getBegin().map(p -> p.line).orElse(0);
    }

    public static int column(Node n) {
        return n.getBegin().map(p -> p.column).orElse(0);
    }

    public static int endLine(Node n) {
        return n.getEnd().map(p -> p.line).orElse(line(n));
    }
}
