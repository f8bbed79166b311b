package dev.refflow.flow;

import dev.refflow.size.SizeExpr;

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
 */
public record CallSite(String name, String scope, String receiverType, String staticImport, int argumentCount,
                       int line, int column, String text, boolean inOutOfMemoryHandler, List<SizeExpr> guards) {
    public CallSite {
        guards = List.copyOf(guards);
    }
}
