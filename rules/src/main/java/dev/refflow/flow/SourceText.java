package dev.refflow.flow;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;

import java.util.Arrays;

/**
 * The text of one source file, for quoting a node on one line. Keeps the content and the offsets where lines
 * start: no per-line copies, no regular expressions (this runs for every event of every body).
 */
public final class SourceText {
    private static final int MAX_TEXT = 120;
    private final String content;
    private final int[] lineStarts;
    private final int lineCount;

    public SourceText(String content) {
        this.content = content;
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        if (content.indexOf('\r') < 0) {
            // the common case: '\n' only, found with the intrinsic indexOf
            for (int i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        } else {
            for (int i = 0; i < content.length(); i++) {
                char c = content.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= content.length() || content.charAt(i + 1) != '\n')) {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = i + 1;
                }
            }
        }
        this.lineStarts = starts;
        this.lineCount = n;
    }

    public int lineCount() {
        return lineCount;
    }

    /** Line {@code number} (1-based) without its line terminator; empty when out of range. */
    public String line(int number) {
        if (number < 1 || number > lineCount) {
            return "";
        }
        return content.substring(lineStarts[number - 1], lineEnd(number - 1));
    }

    private int lineEnd(int index) {
        int end = index + 1 < lineCount ? lineStarts[index + 1] : content.length();
        while (end > lineStarts[index] && (content.charAt(end - 1) == '\n' || content.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** The node's source text with runs of white space folded to one space, shortened with an ellipsis. */
    public String text(Node node) {
        // the same node is quoted for its object, its event and its call: fold it once, keep one string
        return texts.computeIfAbsent(node, this::textOf);
    }

    /** quoted nodes of this file; one extractor (one thread) reads a file */
    private final java.util.Map<Node, String> texts = new java.util.IdentityHashMap<>();

    private String textOf(Node node) {
        if (node.getRange().isEmpty()) {
            return shorten(node.toString());
        }
        Position begin = node.getRange().get().begin;
        Position end = node.getRange().get().end;
        if (begin.line < 1 || begin.line > lineCount) {
            return shorten(node.toString());
        }
        int from = Math.min(lineStarts[begin.line - 1] + begin.column - 1, content.length());
        int lastLine = Math.min(end.line, lineCount);
        int to = Math.min(Math.min(lineStarts[lastLine - 1] + end.column, lineEnd(lastLine - 1)), content.length());
        return fold(content, from, Math.max(from, to));
    }

    /** True when {@code s[from, to)} is already what folding makes: no white space but single inner spaces. */
    private static boolean isFolded(String s, int from, int to) {
        if (from == to) {
            return true;
        }
        if (s.charAt(from) == ' ' || s.charAt(to - 1) == ' ') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c <= ' ' && (c != ' ' || s.charAt(i + 1) == ' ') || c > 0x7f && Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    static String shorten(String text) {
        return fold(text, 0, text.length());
    }

    /** {@code s[from, to)} with white space runs folded to one space, trimmed, at most {@link #MAX_TEXT} chars. */
    private static String fold(String s, int from, int to) {
        if (to - from <= MAX_TEXT && isFolded(s, from, to)) {
            // most quoted expressions sit on one line with single spaces: one copy, no builder
            return s.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(Math.min(to - from, MAX_TEXT + 1));
        boolean space = false;
        for (int i = from; i < to && sb.length() <= MAX_TEXT; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        if (sb.length() > MAX_TEXT) {
            sb.setLength(MAX_TEXT - 1);
            sb.append('…');
        }
        return sb.toString();
    }
}
