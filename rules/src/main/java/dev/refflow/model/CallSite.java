package dev.refflow.model;


import java.util.List;

/**
 * A method call, for rules that ask about calls rather than references (explicit GC calls).
 *
 * @param name           the method name
 * @param scope          the receiver as written ({@code System}, {@code Runtime.getRuntime()}), empty when unqualified
 * @param receiverType   the receiver's static type as far as the source tells ({@code Runtime}), empty when unknown;
 *                       for a static call, the class named
 * @param staticImport   for an unqualified call, the type it is statically imported from, empty otherwise
 * @param argumentCount  number of arguments
 * @param line           line
 * @param column         column of the call expression
 * @param text           source text of the call
 * @param inOutOfMemoryHandler true inside a {@code catch} of {@code OutOfMemoryError}
 * @param guards         constant conditions that must hold for the call to run: each folds to non-zero
 *                       when the guard is true; a guard that folds to 0 makes the call dead code
 * @param receivers      the abstract objects the receiver may be
 * @param arguments      per argument, the abstract objects it may be
 * @param argumentTypes  per argument, its static type as far as the source tells, empty when unknown
 * @param sizeGuarded    true when a condition around the call (or an early exit before it) checks the
 *                       receiver's {@code size()} or {@code isEmpty()}
 * @param nullGuarded    true when a condition around the call tests something against {@code null}
 * @param resultUsed     true when the call's value is used (assigned, returned, passed on)
 */
public record CallSite(String name, String scope, String receiverType, String staticImport, int argumentCount,
                       int line, int column, String text, boolean inOutOfMemoryHandler, List<SizeExpr> guards,
                       int[] receivers, int[][] arguments, List<String> argumentTypes, boolean sizeGuarded,
                       boolean nullGuarded, boolean resultUsed) implements java.io.Serializable {
    public CallSite {
        guards = List.copyOf(guards);
        argumentTypes = List.copyOf(argumentTypes);
    }
}
