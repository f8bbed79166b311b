package dev.refflow.model;

/** What a call is made on, as the source tells. */
public sealed interface Receiver {
    int[] NONE = new int[0];

    /** The receiver as written: {@code list}, {@code Runtime.getRuntime()}, {@code System}; empty when unqualified. */
    String text();

    /** The abstract objects the receiver may be; empty for an unqualified or static call. */
    default int[] objects() {
        return NONE;
    }

    /** The receiver's static type as far as the source tells ({@code Runtime}), raw and simple; empty when unknown. */
    String type();

    /**
     * An unqualified call {@code m(...)}: a method of this type or an enclosing one, or a statically imported one.
     *
     * @param staticImports the types the name may be statically imported from, when no enclosing type declares a
     *                      method of that name; empty otherwise
     */
    record Implicit(java.util.List<String> staticImports) implements Receiver {
        public Implicit {
            staticImports = java.util.List.copyOf(staticImports);
        }

        @Override
        public String text() {
            return "";
        }

        @Override
        public String type() {
            return "";
        }
    }

    /**
     * A static call on a type named in the source: {@code System.gc()}, {@code java.lang.System.gc()}.
     *
     * @param text the type as written
     */
    record OfType(String text) implements Receiver {
        @Override
        public String type() {
            return text;
        }
    }

    /**
     * A call on a value: a variable, a field, {@code this}, {@code super}, another call's result.
     *
     * @param text    the receiver expression as written
     * @param type    its static type, raw simple name, empty when unknown
     * @param objects the abstract objects it may be
     */
    record OfValue(String text, String type, int[] objects) implements Receiver {
    }
}
