package dev.refflow.flow;

import dev.refflow.model.NameContext;
import dev.refflow.model.SizeExpr;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;

import java.util.Map;
import java.util.function.Function;

/**
 * Turns a source expression into a {@link SizeExpr}: literals, arithmetic, shifts, comparisons,
 * {@code Math.min/max}, the JDK's well-known {@code MAX_VALUE}s, local constants (through
 * {@code locals}) and references to {@code static final} fields (left symbolic, resolved project-wide).
 */
public final class ConstantFolder {
    private static final Map<String, Long> JDK_CONSTANTS = Map.of(
            "Integer.MAX_VALUE", (long) Integer.MAX_VALUE,
            "Integer.MIN_VALUE", (long) Integer.MIN_VALUE,
            "Short.MAX_VALUE", (long) Short.MAX_VALUE,
            "Byte.MAX_VALUE", (long) Byte.MAX_VALUE,
            "Character.MAX_VALUE", (long) Character.MAX_VALUE,
            "Long.MAX_VALUE", Long.MAX_VALUE,
            "Integer.SIZE", (long) Integer.SIZE,
            "Long.SIZE", (long) Long.SIZE);

    private final NameContext names;
    private final Function<String, SizeExpr> locals;

    /**
     * @param locals answers for a simple name that is a local variable or parameter: its constant value
     *               when it has one, {@link SizeExpr#UNKNOWN} when it is a local that is not constant,
     *               null when the name is not a local (then it may be a constant field)
     */
    public ConstantFolder(NameContext names, Function<String, SizeExpr> locals) {
        this.names = names;
        this.locals = locals;
    }

    public SizeExpr fold(Expression expr) {
        if (expr instanceof IntegerLiteralExpr i) {
            return parseIntegral(i.getValue(), false);
        }
        if (expr instanceof LongLiteralExpr l) {
            return parseIntegral(l.getValue(), true);
        }
        if (expr instanceof CharLiteralExpr c) {
            String v = c.getValue();
            return v.length() == 1 ? SizeExpr.of(v.charAt(0)) : SizeExpr.UNKNOWN;
        }
        if (expr instanceof BooleanLiteralExpr b) {
            return SizeExpr.of(b.getValue() ? 1 : 0);
        }
        if (expr instanceof EnclosedExpr e) {
            return fold(e.getInner());
        }
        if (expr instanceof CastExpr c) {
            return fold(c.getExpression());
        }
        if (expr instanceof UnaryExpr u) {
            String op = switch (u.getOperator()) {
                case MINUS -> "-";
                case PLUS -> "+";
                case BITWISE_COMPLEMENT -> "~";
                case LOGICAL_COMPLEMENT -> "!";
                default -> null;
            };
            if (op == null) {
                return SizeExpr.UNKNOWN;
            }
            SizeExpr operand = fold(u.getExpression());
            if (operand instanceof SizeExpr.Unknown) {
                return operand;
            }
            SizeExpr unary = new SizeExpr.Unary(op, operand);
            return operand.isKnownConstant() ? SizeExpr.of(unary.evaluate().orElse(0)) : unary;
        }
        if (expr instanceof BinaryExpr b) {
            String op = b.getOperator().asString();
            return SizeExpr.binary(op, fold(b.getLeft()), fold(b.getRight()));
        }
        if (expr instanceof NameExpr n) {
            String name = n.getNameAsString();
            SizeExpr local = locals.apply(name);
            if (local != null) {
                return local;
            }
            return new SizeExpr.Ref(name, names.candidatesForName(name));
        }
        if (expr instanceof FieldAccessExpr f) {
            String text = dev.refflow.flow.Names.dotted(f);
            if (text == null) {
                return SizeExpr.UNKNOWN;
            }
            Long known = JDK_CONSTANTS.get(text);
            if (known != null) {
                return SizeExpr.of(known);
            }
            if (f.getScope() instanceof NameExpr || f.getScope() instanceof FieldAccessExpr) {
                String scope = dev.refflow.flow.Names.dotted(f.getScope());
                if (scope.equals("this") || !Character.isUpperCase(lastSegment(scope).charAt(0))) {
                    return SizeExpr.UNKNOWN;
                }
                return new SizeExpr.Ref(text, names.candidatesForMember(scope, f.getNameAsString()));
            }
            return SizeExpr.UNKNOWN;
        }
        if (expr instanceof MethodCallExpr call && call.getArguments().size() == 2
                && call.getScope().map(s -> "Math".equals(dev.refflow.flow.Names.dotted(s))).orElse(false)) {
            String name = call.getNameAsString();
            if (name.equals("min") || name.equals("max")) {
                return SizeExpr.binary(name, fold(call.getArgument(0)), fold(call.getArgument(1)));
            }
        }
        return SizeExpr.UNKNOWN;
    }

    private static String lastSegment(String dotted) {
        int dot = dotted.lastIndexOf('.');
        return dot < 0 ? dotted : dotted.substring(dot + 1);
    }

    static SizeExpr parseIntegral(String literal, boolean isLong) {
        String s = literal.replace("_", "");
        if (s.endsWith("L") || s.endsWith("l")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            long value;
            if (s.startsWith("0x") || s.startsWith("0X")) {
                value = Long.parseUnsignedLong(s.substring(2), 16);
            } else if (s.startsWith("0b") || s.startsWith("0B")) {
                value = Long.parseUnsignedLong(s.substring(2), 2);
            } else if (s.length() > 1 && s.startsWith("0")) {
                value = Long.parseUnsignedLong(s.substring(1), 8);
            } else {
                value = Long.parseUnsignedLong(s);
            }
            if (!isLong && value > 0xFFFF_FFFFL) {
                return SizeExpr.UNKNOWN;
            }
            if (!isLong && (s.startsWith("0x") || s.startsWith("0X") || s.startsWith("0b") || s.startsWith("0B")
                    || (s.length() > 1 && s.startsWith("0")))) {
                value = (int) value;
            }
            return SizeExpr.of(value);
        } catch (NumberFormatException e) {
            return SizeExpr.UNKNOWN;
        }
    }
}
