package dev.refflow.model;

import java.util.Optional;
import java.util.OptionalLong;

/** Evaluation of {@link SizeExpr} against resolved constants, with a depth guard against cyclic definitions. */
final class Folding {
    private static final int MAX_DEPTH = 32;

    private Folding() {
    }

    static OptionalLong evaluate(SizeExpr expr, ConstantResolver resolver, int depth) {
        if (depth > MAX_DEPTH) {
            return OptionalLong.empty();
        }
        if (expr instanceof SizeExpr.Const c) {
            return OptionalLong.of(c.value());
        }
        if (expr instanceof SizeExpr.Ref ref) {
            for (String candidate : ref.candidates()) {
                Optional<SizeExpr> definition = resolver.lookup(candidate);
                if (definition.isPresent()) {
                    return evaluate(definition.get(), resolver, depth + 1);
                }
            }
            return OptionalLong.empty();
        }
        if (expr instanceof SizeExpr.Param p) {
            Optional<SizeExpr> passed = resolver.parameter(p.index());
            return passed.isPresent() ? evaluate(passed.get(), resolver, depth + 1) : OptionalLong.empty();
        }
        if (expr instanceof SizeExpr.Binary b) {
            OptionalLong left = evaluate(b.left(), resolver, depth + 1);
            if (left.isEmpty()) {
                return left;
            }
            OptionalLong right = evaluate(b.right(), resolver, depth + 1);
            if (right.isEmpty()) {
                return right;
            }
            return SizeExpr.apply(b.op(), left.getAsLong(), right.getAsLong());
        }
        if (expr instanceof SizeExpr.Unary u) {
            OptionalLong operand = evaluate(u.operand(), resolver, depth + 1);
            if (operand.isEmpty()) {
                return operand;
            }
            long v = operand.getAsLong();
            return switch (u.op()) {
                case "-" -> v == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(-v);
                case "+" -> OptionalLong.of(v);
                case "~" -> OptionalLong.of(~v);
                case "!" -> OptionalLong.of(v == 0 ? 1 : 0);
                // decimal digits of v (at least one): the length of Integer.toString(v) for v >= 0
                case "digits" -> OptionalLong.of(Long.toString(Math.max(0, v)).length());
                default -> OptionalLong.empty();
            };
        }
        return OptionalLong.empty();
    }
}
