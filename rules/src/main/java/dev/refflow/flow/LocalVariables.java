package dev.refflow.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.refflow.model.FieldInfo;
import dev.refflow.model.Effect;
import dev.refflow.model.LibraryModels;
import dev.refflow.model.JvmLayout;
import dev.refflow.model.SizeExpr;
import dev.refflow.model.TypeNames;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Local variables in their scopes, with their types as the source tells and their constant values; and the static
 * type of an expression without a symbol solver (declarations, {@code var} initializers, literals, a few well-known
 * calls).
 */
final class LocalVariables extends InterpreterPart {

    record LocalVar(String name, String type, SizeExpr constant, int loop, boolean declaredHere) {
    }

    Set<String> assignedNames;
    final Deque<Map<String, LocalVar>> locals = new ArrayDeque<>();

    /** Names assigned anywhere in the body: a local among them is not a constant. Collected on first need. */
    Set<String> assignedNames() {
        if (assignedNames == null) {
            assignedNames = new HashSet<>();
            for (MethodInterpreter.Step step : spec.steps()) {
                Node n = step instanceof MethodInterpreter.StatementStep s ? s.statement()
                        : ((MethodInterpreter.FieldInitStep) step).declarator();
                LoopShapes.collectAssignedNames(n, assignedNames);
            }
        }
        return assignedNames;
    }

    /** The declared type an expression is assigned to, for diamonds and factories without type arguments. */
    String expectedTypeOf(Expression e) {
        Node parent = e.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr) {
            parent = parent.getParentNode().orElse(null);
        }
        if (parent instanceof VariableDeclarator d && !d.getType().asString().equals("var")) {
            return d.getType().asString();
        }
        if (parent instanceof AssignExpr a) {
            return typeOf(a.getTarget());
        }
        if (parent instanceof CastExpr c) {
            return c.getType().asString();
        }
        if (parent instanceof ReturnStmt) {
            return returnType(e);
        }
        return "";
    }

    String returnType(Node n) {
        for (Node p = n; p != null; p = p.getParentNode().orElse(null)) {
            if (p instanceof LambdaExpr) {
                return "";
            }
            if (p instanceof com.github.javaparser.ast.body.MethodDeclaration m) {
                return m.getType().asString();
            }
        }
        return "";
    }

    /** The static type of an expression as far as the source tells, without a symbol solver; empty when unknown. */
    String typeOf(Expression e) {
        if (e instanceof IntegerLiteralExpr) {
            return "int";
        }
        if (e instanceof LongLiteralExpr) {
            return "long";
        }
        if (e instanceof DoubleLiteralExpr d) {
            String v = d.getValue();
            return v.endsWith("f") || v.endsWith("F") ? "float" : "double";
        }
        if (e instanceof CharLiteralExpr) {
            return "char";
        }
        if (e instanceof BooleanLiteralExpr) {
            return "boolean";
        }
        if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
            return "String";
        }
        if (e instanceof NameExpr n) {
            LocalVar v = lookupLocal(n.getNameAsString());
            if (v != null) {
                return v.type();
            }
            FieldInfo f = scope.field(n.getNameAsString());
            return f != null ? f.type() : "";
        }
        if (e instanceof FieldAccessExpr f) {
            if (f.getScope() instanceof ThisExpr) {
                FieldInfo field = scope.field(f.getNameAsString());
                return field != null ? field.type() : "";
            }
            if (f.getNameAsString().equals("length") && TypeNames.isArray(typeOf(f.getScope()))) {
                return "int";
            }
            if (expressions.isTypeName(f.getScope())) {
                FieldInfo field = scope.field(f.getNameAsString());
                return field != null && field.isStatic() ? field.type() : "";
            }
            return "";
        }
        if (e instanceof EnclosedExpr en) {
            return typeOf(en.getInner());
        }
        if (e instanceof CastExpr c) {
            return c.getType().asString();
        }
        if (e instanceof ObjectCreationExpr o) {
            return o.getType().asString();
        }
        if (e instanceof ArrayCreationExpr a) {
            return a.getElementType().asString() + "[]".repeat(a.getLevels().size());
        }
        if (e instanceof ArrayAccessExpr a) {
            return componentOf(typeOf(a.getName()));
        }
        if (e instanceof ConditionalExpr c) {
            String t = typeOf(c.getThenExpr());
            return t.isEmpty() ? typeOf(c.getElseExpr()) : t;
        }
        if (e instanceof UnaryExpr u) {
            return u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT ? "boolean" : promote(typeOf(u.getExpression()), "int");
        }
        if (e instanceof BinaryExpr b) {
            switch (b.getOperator()) {
                case OR, AND, EQUALS, NOT_EQUALS, LESS, GREATER, LESS_EQUALS, GREATER_EQUALS -> {
                    return "boolean";
                }
                default -> {
                    String l = typeOf(b.getLeft());
                    String r = typeOf(b.getRight());
                    if (b.getOperator() == BinaryExpr.Operator.PLUS && (l.equals("String") || r.equals("String"))) {
                        return "String";
                    }
                    return promote(l, r);
                }
            }
        }
        if (e instanceof MethodCallExpr c) {
            return resultType(c);
        }
        if (e instanceof ThisExpr) {
            return scope.simpleName();
        }
        return "";
    }

    /** The type a call returns, when a library model says ({@code returns-type}): a simple name, or empty. */
    private String resultType(MethodCallExpr c) {
        String receiver = "";
        String written = "";
        if (c.getScope().isPresent()) {
            Expression s = c.getScope().get();
            written = expressions.isTypeName(s) ? nameOf(s) : typeOf(s);
            receiver = library.modelType(written);
        }
        return models.method(receiver, TypeNames.rawSimpleName(written), c.getNameAsString(), c.getArguments().size())
                .flatMap(m -> m.effects(Effect.ReturnsType.class).stream().findFirst())
                .map(r -> LibraryModels.simpleName(r.type()))
                .orElse("");
    }

    static String promote(String a, String b) {
        String[] order = {"double", "float", "long", "int"};
        for (String t : order) {
            if (JvmLayout.unboxedName(a).equals(t) || JvmLayout.unboxedName(b).equals(t)) {
                return t;
            }
        }
        boolean numeric = JvmLayout.isPrimitive(JvmLayout.unboxedName(a)) || JvmLayout.isPrimitive(JvmLayout.unboxedName(b));
        return numeric ? "int" : "";
    }

    void declare(String name, String type, SizeExpr constant, int loop) {
        locals.peek().put(name, new LocalVar(name, type, constant, loop, true));
    }

    LocalVar lookupLocal(String name) {
        for (Map<String, LocalVar> s : locals) {
            LocalVar v = s.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    SizeExpr localConstant(String name) {
        LocalVar v = lookupLocal(name);
        if (v == null) {
            return null;
        }
        return constantValue(v);
    }

    /** A local's constant value: its initializer's, when nothing in the body assigns it again. */
    SizeExpr constantValue(LocalVar v) {
        if (v.constant() == null || v.constant() instanceof SizeExpr.Unknown || v.loop() >= 0
                || assignedNames().contains(v.name())) {
            return SizeExpr.UNKNOWN;
        }
        return v.constant();
    }
}
