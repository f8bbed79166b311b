package dev.refflow.flow;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;

/**
 * The dotted name an expression spells ({@code a.b.C}, {@code this.f}), built from the AST. JavaParser's
 * {@code toString()} runs its pretty printer, which is far too slow to call for every call's receiver.
 */
public final class Names {
    private Names() {
    }

    /** The dotted name, or null when the expression is not a (qualified) name. */
    public static String dotted(Expression e) {
        if (e instanceof NameExpr n) {
            return n.getNameAsString();
        }
        if (e instanceof FieldAccessExpr f) {
            String scope = dotted(f.getScope());
            return scope == null ? null : scope + "." + f.getNameAsString();
        }
        if (e instanceof ThisExpr t) {
            return t.getTypeName().map(n -> n.asString() + ".this").orElse("this");
        }
        if (e instanceof SuperExpr) {
            return "super";
        }
        if (e instanceof TypeExpr t) {
            return t.getType().asString();
        }
        return null;
    }

    /** The dotted name, or the expression's source text when it is not a name. */
    public static String text(Expression e, SourceText source) {
        String name = dotted(e);
        return name != null ? name : source.text(e);
    }
}
