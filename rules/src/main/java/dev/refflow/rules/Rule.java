package dev.refflow.rules;

/**
 * A check over the project model. One class per rule, annotated with {@link RuleInfo}; its ID is the
 * class's simple name. Rules query the flow and project models and report through the context: they
 * never parse and never format.
 */
public interface Rule {
    default String id() {
        return getClass().getSimpleName();
    }

    void check(RuleContext context);

    /** True for a rule about the suppressions themselves: it runs once the others' findings were suppressed. */
    default boolean runsAfterSuppressions() {
        return false;
    }
}
