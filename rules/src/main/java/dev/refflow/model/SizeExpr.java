package dev.refflow.model;

import java.util.List;
import java.util.OptionalLong;

/**
 * A symbolic integer expression taken from source: a loop bound, an array dimension, an initial
 * capacity. It is kept symbolic because a bound often names a {@code static final} constant of another
 * file, which is only known after every file has been read; {@link #evaluate} folds it against the
 * project's constants then. Booleans are folded as 1 and 0 so that {@code if (DEBUG)} guards fold too.
 */
public sealed interface SizeExpr extends java.io.Serializable {

    SizeExpr UNKNOWN = new Unknown();

    /** A literal value. */
    record Const(long value) implements SizeExpr {
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /**
     * A name that may denote a constant, with the fully qualified names it may resolve to, in Java's
     * lookup order (enclosing classes, static imports, imported or same-package types).
     */
    record Ref(String text, List<String> candidates) implements SizeExpr {
        public Ref {
            candidates = List.copyOf(candidates);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** A binary operation with Java semantics on longs; {@code op} is the Java operator. */
    record Binary(String op, SizeExpr left, SizeExpr right) implements SizeExpr {
        @Override
        public String toString() {
            return "(" + left + " " + op + " " + right + ")";
        }
    }

    /** A unary operation: {@code -}, {@code +}, {@code ~}, {@code !}. */
    record Unary(String op, SizeExpr operand) implements SizeExpr {
        @Override
        public String toString() {
            return op + operand;
        }
    }

    /**
     * A parameter of the body the expression comes from, which nothing in the body assigns: unknown in the body
     * itself, known where a caller passes a constant ({@code newBuffer(1 << 20)}).
     *
     * @param index the parameter's position
     * @param name  its name, for reading
     */
    record Param(int index, String name) implements SizeExpr {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Anything the folder cannot see through: a method call, a field that is not constant. */
    record Unknown() implements SizeExpr {
        @Override
        public String toString() {
            return "?";
        }
    }

    static SizeExpr of(long value) {
        return new Const(value);
    }

    static SizeExpr binary(String op, SizeExpr left, SizeExpr right) {
        if (left instanceof Unknown || right instanceof Unknown) {
            return UNKNOWN;
        }
        if (left instanceof Const l && right instanceof Const r) {
            OptionalLong folded = apply(op, l.value(), r.value());
            return folded.isPresent() ? new Const(folded.getAsLong()) : UNKNOWN;
        }
        return new Binary(op, left, right);
    }

    default boolean isKnownConstant() {
        return this instanceof Const;
    }

    /** Folds this expression; empty when any part is unknown, unresolved or overflows. */
    default OptionalLong evaluate(ConstantResolver resolver) {
        return Folding.evaluate(this, resolver, 0);
    }

    /** Folds an expression that contains no {@link Ref}. */
    default OptionalLong evaluate() {
        return evaluate(ConstantResolver.NONE);
    }

    static OptionalLong apply(String op, long a, long b) {
        try {
            return switch (op) {
                case "+" -> OptionalLong.of(Math.addExact(a, b));
                case "-" -> OptionalLong.of(Math.subtractExact(a, b));
                case "*" -> OptionalLong.of(Math.multiplyExact(a, b));
                case "/" -> b == 0 ? OptionalLong.empty() : OptionalLong.of(a / b);
                case "%" -> b == 0 ? OptionalLong.empty() : OptionalLong.of(a % b);
                case "<<" -> b < 0 || b > 62 ? OptionalLong.empty() : OptionalLong.of(a << b);
                case ">>" -> OptionalLong.of(a >> Math.min(Math.max(b, 0), 63));
                case ">>>" -> OptionalLong.of(a >>> Math.min(Math.max(b, 0), 63));
                case "&" -> OptionalLong.of(a & b);
                case "|" -> OptionalLong.of(a | b);
                case "^" -> OptionalLong.of(a ^ b);
                case "&&" -> OptionalLong.of(a != 0 && b != 0 ? 1 : 0);
                case "||" -> OptionalLong.of(a != 0 || b != 0 ? 1 : 0);
                case "==" -> OptionalLong.of(a == b ? 1 : 0);
                case "!=" -> OptionalLong.of(a != b ? 1 : 0);
                case "<" -> OptionalLong.of(a < b ? 1 : 0);
                case "<=" -> OptionalLong.of(a <= b ? 1 : 0);
                case ">" -> OptionalLong.of(a > b ? 1 : 0);
                case ">=" -> OptionalLong.of(a >= b ? 1 : 0);
                case "min" -> OptionalLong.of(Math.min(a, b));
                case "max" -> OptionalLong.of(Math.max(a, b));
                default -> OptionalLong.empty();
            };
        } catch (ArithmeticException overflow) {
            return OptionalLong.empty();
        }
    }
}
