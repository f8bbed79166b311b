package dev.refflow.rules;

import java.util.Comparator;

/** The one order findings are listed in everywhere: file, line, column, rule, message. */
public final class FindingOrder {
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.file().relativePath())
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private FindingOrder() {
    }
}
