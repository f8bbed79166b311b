package dev.refflow.rules;

import dev.refflow.source.SourceFile;

/**
 * One step of a finding's flow trace: {@code L13-15 add 1,000,000 Integer in loop}.
 *
 * @param line    first line
 * @param endLine last line (same as {@code line} for one-line steps)
 * @param action  what happened ({@code allocate}, {@code add}, {@code return to caller})
 * @param text    the code or a description
 * @param file    the file the step is in when it is not the finding's own (a step inside a method it calls), or
 *                null
 */
public record TraceStep(int line, int endLine, String action, String text, SourceFile file)
        implements java.io.Serializable {

    public TraceStep(int line, int endLine, String action, String text) {
        this(line, endLine, action, text, null);
    }

    /** The same step, in another file. */
    public TraceStep in(SourceFile other) {
        return new TraceStep(line, endLine, action, text, other);
    }

    public String lines() {
        return endLine > line ? "L" + line + "-" + endLine : "L" + line;
    }

    /** {@code L12}, or {@code util/Lists.java:12} for a step in another file than {@code findingFile}. */
    public String where(SourceFile findingFile) {
        if (file == null || file.equals(findingFile)) {
            return lines();
        }
        String name = file.relativePath();
        return name + ":" + (endLine > line ? line + "-" + endLine : Integer.toString(line));
    }
}
