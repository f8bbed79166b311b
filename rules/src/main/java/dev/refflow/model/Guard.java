package dev.refflow.model;

/**
 * Something that holds wherever a call runs: an enclosing condition, being inside an exception handler, or inside a
 * {@code finally} block.
 */
public sealed interface Guard {

    /**
     * A condition around the call: the arm of an {@code if} it is in, a loop's condition, or an earlier early exit
     * ({@code if (c) return;}) it comes after.
     *
     * @param text  the condition as written
     * @param value what it folds to where it must hold (non-zero: true), {@link SizeExpr#UNKNOWN} when unknown
     */
    record Condition(String text, SizeExpr value) implements Guard {
    }

    /**
     * The call is inside a {@code catch} block.
     *
     * @param caught the exception types it catches, as written
     */
    record InHandler(java.util.List<String> caught) implements Guard {
        public InHandler {
            caught = java.util.List.copyOf(caught);
        }
    }

    /**
     * The call is in the arm of a {@code switch} for these constants, entered only from the switch itself (no
     * fall-through from another arm): it runs only when the selector is one of them.
     *
     * @param selector the selector as written ({@code source})
     * @param labels   the arm's constants as written ({@code VM}, {@code Mode.FAST})
     */
    record Case(String selector, java.util.List<String> labels) implements Guard {
        public Case {
            labels = java.util.List.copyOf(labels);
        }
    }

    /** The call is inside a {@code finally} block: it runs whether the {@code try} block completes or throws. */
    record InFinally() implements Guard {
    }
}
