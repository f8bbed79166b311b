package dev.refflow.model;

import java.util.List;

/**
 * A method call, as the body makes it: what it is called on, with which arguments, where, and under which guards.
 *
 * @param name       the method name; {@code new} for a constructor ({@code new T(...)}, {@code this(...)},
 *                   {@code super(...)})
 * @param receiver   what it is called on
 * @param arguments  per argument, the abstract objects it may be and its static type
 * @param line       line
 * @param column     column of the call expression
 * @param text       source text of the call
 * @param guards     what holds around it, innermost first
 * @param resultUsed true when the call's value is used (assigned, returned, passed on)
 * @param result     the abstract object standing for the call's value (for {@code new}, the new object), or -1 when
 *                   the value is dropped or is something the body already knew (an argument, an element)
 */
public record CallSite(String name, Receiver receiver, List<Argument> arguments, int line, int column, String text,
                       List<Guard> guards, boolean resultUsed, int result) {
    /** A call site is itself: the same only when it is the same place in the same body. */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** The name of a constructor call. */
    public static final String CONSTRUCTOR = "new";

    public CallSite {
        arguments = List.copyOf(arguments);
        guards = List.copyOf(guards);
    }

    /**
     * One argument.
     *
     * @param objects the abstract objects it may be
     * @param type    its static type as far as the source tells, empty when unknown
     * @param value   what it folds to as a number ({@code 1 << 20}, a constant, a parameter of the caller), for
     *                sizing what the callee allocates; {@link SizeExpr#UNKNOWN} when it does not fold
     */
    public record Argument(int[] objects, String type, SizeExpr value) {
    }

    public int argumentCount() {
        return arguments.size();
    }

    /** The abstract objects argument {@code index} may be. */
    public int[] argument(int index) {
        return arguments.get(index).objects();
    }

    /** The receiver objects: what the call is made on, when it is made on a value of the method. */
    public int[] receivers() {
        return receiver.objects();
    }

    /** True when the call runs inside a handler that catches the exception type with this simple name. */
    public boolean inHandlerOf(String simpleName) {
        for (Guard g : guards) {
            if (g instanceof Guard.InHandler h) {
                for (String caught : h.caught()) {
                    if (caught.equals(simpleName) || caught.endsWith("." + simpleName)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
