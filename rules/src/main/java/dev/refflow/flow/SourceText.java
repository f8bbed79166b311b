package dev.refflow.flow;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;

/** The lines of one source file, for quoting the text of a node on one line. */
public final class SourceText {
    private static final int MAX_TEXT = 120;
    private final String[] lines;

    public SourceText(String content) {
        this.lines = content.split("\r\n|\r|\n", -1);
    }

    public int lineCount() {
        return lines.length;
    }

    public String line(int number) {
        return number >= 1 && number <= lines.length ? lines[number - 1] : "";
    }

    /** The node's source text with runs of white space folded to one space, shortened with an ellipsis. */
    public String text(Node node) {
        if (node.getRange().isEmpty()) {
            return shorten(node.toString());
        }
        Position begin = node.getRange().get().begin;
        Position end = node.getRange().get().end;
        StringBuilder sb = new StringBuilder();
        for (int l = begin.line; l <= end.line && l <= lines.length; l++) {
            String s = lines[l - 1];
            int from = l == begin.line ? Math.min(begin.column - 1, s.length()) : 0;
            int to = l == end.line ? Math.min(end.column, s.length()) : s.length();
            if (from < to) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(s, from, to);
            }
            if (sb.length() > MAX_TEXT * 2) {
                break;
            }
        }
        return shorten(sb.toString());
    }

    static String shorten(String text) {
        String folded = text.replaceAll("\\s+", " ").strip();
        return folded.length() <= MAX_TEXT ? folded : folded.substring(0, MAX_TEXT - 1) + "…";
    }
}
