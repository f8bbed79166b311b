package dev.refflow.flow;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import dev.refflow.model.AbstractObject;
import dev.refflow.model.ElementValue;
import dev.refflow.model.FieldInfo;
import dev.refflow.model.JvmLayout;
import dev.refflow.model.Loop;
import dev.refflow.model.SizeExpr;
import dev.refflow.model.TypeNames;

/** What one add puts into a container, for the size model: a boxed number, a string of known length, an object. */
final class ElementValues extends InterpreterPart {

    /** What an added value costs per add, for the size model. */
    ElementValue elementValue(Expression e, IntSet objs, String containerElementType) {
        Expression u = unwrap(e);
        for (int id : objs.toArray()) {
            AbstractObject o = rec.objects.get(id);
            if (o.isAllocation()) {
                return ElementValue.object(o.site(), o.type());
            }
        }
        if (u instanceof NullLiteralExpr) {
            return ElementValue.NULL;
        }
        if (u instanceof StringLiteralExpr || u instanceof TextBlockLiteralExpr) {
            return ElementValue.SHARED;
        }
        String type = vars.typeOf(u);
        if (JvmLayout.isPrimitive(type) || JvmLayout.isBoxType(type)) {
            String box = JvmLayout.isBoxType(type) ? type : JvmLayout.boxedName(type);
            if (JvmLayout.isBoxType(TypeNames.rawSimpleName(containerElementType))) {
                box = TypeNames.rawSimpleName(containerElementType);
            }
            if (u instanceof NameExpr n) {
                LocalVariables.LocalVar v = vars.lookupLocal(n.getNameAsString());
                if (v != null && v.loop() >= 0) {
                    return ElementValue.boxed(box, v.loop());
                }
                if (v != null && vars.constantValue(v).isKnownConstant()) {
                    return ElementValue.SHARED;
                }
            }
            if (u instanceof IntegerLiteralExpr || u instanceof CharLiteralExpr || u instanceof BooleanLiteralExpr
                    || u instanceof LongLiteralExpr || u instanceof DoubleLiteralExpr) {
                return ElementValue.SHARED;
            }
            return ElementValue.boxed(box, -1);
        }
        if (type.equals("String")) {
            SizeExpr length = stringLength(u);
            return length instanceof SizeExpr.Unknown ? ElementValue.UNKNOWN : ElementValue.string(length);
        }
        return ElementValue.UNKNOWN;
    }

    /** Length of a String built by concatenating literals and counted loop indexes ({@code "v" + i}). */
    SizeExpr stringLength(Expression e) {
        if (e instanceof StringLiteralExpr s) {
            return SizeExpr.of(s.asString().length());
        }
        if (e instanceof EnclosedExpr en) {
            return stringLength(en.getInner());
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            return SizeExpr.binary("+", stringLength(b.getLeft()), stringLength(b.getRight()));
        }
        if (e instanceof MethodCallExpr c && c.getArguments().size() == 1 && c.getScope().isPresent()
                && (c.getNameAsString().equals("valueOf") && nameOf(c.getScope().get()).equals("String")
                || c.getNameAsString().equals("toString") && nameOf(c.getScope().get()).equals("Integer"))) {
            return stringLength(c.getArgument(0));
        }
        if (e instanceof NameExpr n) {
            LocalVariables.LocalVar v = vars.lookupLocal(n.getNameAsString());
            if (v != null && v.loop() >= 0 && isIntegral(v.type())) {
                Loop loop = rec.loops.get(v.loop());
                // digits of the largest index: every index fits in that many
                return new SizeExpr.Unary("digits", SizeExpr.binary("-", loop.high(), SizeExpr.of(1)));
            }
        }
        if (e instanceof IntegerLiteralExpr i) {
            return SizeExpr.of(i.getValue().replace("_", "").length());
        }
        if (e instanceof CharLiteralExpr) {
            return SizeExpr.of(1);
        }
        return SizeExpr.UNKNOWN;
    }

    /** The constant text of a map key, when the key is a literal or a constant name. */
    String constantKey(Expression key) {
        Expression k = unwrap(key);
        if (k instanceof StringLiteralExpr || k instanceof IntegerLiteralExpr || k instanceof CharLiteralExpr
                || k instanceof LongLiteralExpr || k instanceof BooleanLiteralExpr) {
            return source.text(k);
        }
        if (k instanceof NameExpr n) {
            LocalVariables.LocalVar v = vars.lookupLocal(n.getNameAsString());
            if (v != null) {
                SizeExpr c = vars.constantValue(v);
                return c.isKnownConstant() ? c.toString() : null;
            }
            FieldInfo f = scope.field(n.getNameAsString());
            return f != null && f.isStatic() && f.isFinal() ? f.owner() + "." + f.name() : null;
        }
        if (k instanceof FieldAccessExpr f && expressions.isTypeName(f.getScope())
                && Character.isUpperCase(f.getNameAsString().charAt(0))) {
            return nameOf(f);
        }
        return null;
    }
}
