package dev.refflow.rules;

import java.util.List;

/**
 * The source lines around a finding, for reports.
 *
 * @param firstLine number of the first line in {@code lines}
 * @param lines     the lines, as in the file
 */
public record SourceExcerpt(int firstLine, List<String> lines) implements java.io.Serializable {
    public static final SourceExcerpt NONE = new SourceExcerpt(0, List.of());

    public SourceExcerpt {
        lines = List.copyOf(lines);
    }
}
