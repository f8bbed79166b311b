package dev.refflow.rules;

/**
 * One step of a finding's flow trace: {@code L13-15 add 1,000,000 Integer in loop}.
 *
 * @param line    first line
 * @param endLine last line (same as {@code line} for one-line steps)
 * @param action  what happened ({@code allocate}, {@code add}, {@code return to caller})
 * @param text    the code or a description
 */
public record TraceStep(int line, int endLine, String action, String text) implements java.io.Serializable {
    public String lines() {
        return endLine > line ? "L" + line + "-" + endLine : "L" + line;
    }
}
