package dev.refflow.model;

import java.util.List;

/**
 * One suppression annotation in the source, as written: {@code @SuppressWarnings("refflow:RuleId")},
 * {@code @SuppressWarnings("refflow")} or SpotBugs' {@code @SuppressFBWarnings(value = "RuleId", justification
 * = "...")}, with the extent of the declaration it is on. Which of its values name RefFlow rules is for the
 * rules layer to decide.
 *
 * @param line          line of the annotation
 * @param column        column of the annotation
 * @param annotation    the annotation's text, white space folded
 * @param spotBugs      true for {@code @SuppressFBWarnings}, false for {@code @SuppressWarnings}
 * @param values        the string values, as written ({@code refflow:ExplicitGcCall}, {@code ExplicitGcCall})
 * @param justification SpotBugs' {@code justification}, or empty
 * @param target        what it is on, for people: {@code method tidy()}, {@code class Cache}, {@code field ITEMS}
 * @param enclosingType fully qualified name of the type it is in (or on)
 * @param member        the member it is on or in ({@code tidy()}, {@code ITEMS}), empty for a type
 * @param fromLine      first line of the annotated declaration
 * @param fromColumn    its first column
 * @param toLine        its last line
 * @param toColumn      its last column
 */
public record Suppression(int line, int column, String annotation, boolean spotBugs, List<String> values,
                          String justification, String target, String enclosingType, String member, int fromLine,
                          int fromColumn, int toLine, int toColumn) implements java.io.Serializable {
    public Suppression {
        values = List.copyOf(values);
    }

    /** Whether a position lies inside the annotated declaration. */
    public boolean covers(int atLine, int atColumn) {
        boolean afterStart = atLine > fromLine || atLine == fromLine && atColumn >= fromColumn;
        boolean beforeEnd = atLine < toLine || atLine == toLine && atColumn <= toColumn;
        return afterStart && beforeEnd;
    }

    /** How many lines the declaration spans: the innermost of several covering suppressions is the smallest. */
    public long extent() {
        return (long) (toLine - fromLine) * 10_000 + (toColumn - fromColumn);
    }
}
