package dev.refflow.flow;

import dev.refflow.model.ParameterUse;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a constructor does with one of its parameters, from its body: keeps it in a field, only reads from it,
 * hands it to another constructor ({@code super(...)}, {@code this(...)}), or passes it where the model cannot
 * see. The project model follows hand-offs to decide whether {@code new T(x)} keeps {@code x}.
 */
final class ConstructorParameters {
    /** Checks that return their argument: {@code this.f = requireNonNull(p)} keeps p. */
    private static final Set<String> PASS_THROUGH = Set.of("requireNonNull", "checkNotNull", "notNull", "nonNull");

    private ConstructorParameters() {
    }

    /** Whether {@code new T(...)} keeps its argument at an index only weakly, as the library models say. */
    interface WeakHolders {
        boolean keepsWeakly(ObjectCreationExpr created, int index);
    }

    /** What the constructor does with each of its parameters, in parameter order (one walk of the body). */
    static java.util.List<ParameterUse> uses(ConstructorDeclaration c, WeakHolders weak) {
        java.util.Map<String, Set<ParameterUse>> byName = new java.util.LinkedHashMap<>();
        for (var p : c.getParameters()) {
            byName.put(p.getNameAsString(), new LinkedHashSet<>());
        }
        for (NameExpr n : c.findAll(NameExpr.class, x -> byName.containsKey(x.getNameAsString()))) {
            byName.get(n.getNameAsString()).add(useAt(n, c, weak));
        }
        java.util.List<ParameterUse> out = new java.util.ArrayList<>();
        for (var p : c.getParameters()) {
            out.add(combine(byName.get(p.getNameAsString())));
        }
        return out;
    }

    private static ParameterUse combine(Set<ParameterUse> uses) {
        if (uses.contains(ParameterUse.UNKNOWN)) {
            return ParameterUse.UNKNOWN;
        }
        uses.remove(ParameterUse.READ_ONLY);
        if (uses.isEmpty()) {
            return ParameterUse.READ_ONLY;
        }
        ParameterUse field = uses.stream().filter(u -> u instanceof ParameterUse.KeptInField).findFirst().orElse(null);
        if (field != null) {
            return field;
        }
        return uses.size() == 1 ? uses.iterator().next() : ParameterUse.UNKNOWN;
    }

    private static ParameterUse useAt(NameExpr n, ConstructorDeclaration c, WeakHolders weak) {
        Node at = n;
        Node parent = n.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr || parent instanceof CastExpr
                || parent instanceof MethodCallExpr m && PASS_THROUGH.contains(m.getNameAsString())
                && m.getArguments().contains(at)) {
            at = parent;
            parent = parent.getParentNode().orElse(null);
        }
        if (parent instanceof FieldAccessExpr f && f.getScope() == at
                || parent instanceof MethodCallExpr m && m.getScope().orElse(null) == at
                || parent instanceof BinaryExpr || parent instanceof InstanceOfExpr || parent instanceof UnaryExpr
                || parent instanceof IfStmt || parent instanceof SwitchStmt || parent instanceof ThrowStmt
                || parent instanceof ConditionalExpr cond && cond.getCondition() == at) {
            return ParameterUse.READ_ONLY;
        }
        if (parent instanceof AssignExpr a && a.getValue() == at) {
            Expression target = a.getTarget();
            if (target instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
                return new ParameterUse.KeptInField(f.getNameAsString());
            }
            if (target instanceof NameExpr name && c.getParameters().stream()
                    .noneMatch(p -> p.getNameAsString().equals(name.getNameAsString()))
                    && c.getBody().findAll(com.github.javaparser.ast.body.VariableDeclarator.class).stream()
                    .noneMatch(v -> v.getNameAsString().equals(name.getNameAsString()))) {
                return new ParameterUse.KeptInField(name.getNameAsString());
            }
            return ParameterUse.UNKNOWN;
        }
        if (parent instanceof AssignExpr a && a.getTarget() == at) {
            return ParameterUse.READ_ONLY;
        }
        if (parent instanceof ObjectCreationExpr created && created.getArguments().contains(at)
                && weak.keepsWeakly(created, created.getArguments().indexOf(at))
                && keptInField(created, c) != null) {
            // this.ref = new WeakReference<>(p): the new object reaches p only through the reference
            return ParameterUse.KEPT_WEAKLY;
        }
        if (parent instanceof ExplicitConstructorInvocationStmt call) {
            int index = call.getArguments().indexOf(at);
            return new ParameterUse.Forwarded(!call.isThis(), index, call.getArguments().size());
        }
        return ParameterUse.UNKNOWN;
    }

    /** The field of this object that {@code this.f = <created>} (or {@code f = <created>}) sets, or null. */
    private static String keptInField(ObjectCreationExpr created, ConstructorDeclaration c) {
        Node at = created;
        Node parent = created.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr || parent instanceof CastExpr) {
            at = parent;
            parent = parent.getParentNode().orElse(null);
        }
        if (parent instanceof AssignExpr a && a.getValue() == at) {
            if (a.getTarget() instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
                return f.getNameAsString();
            }
            if (a.getTarget() instanceof NameExpr name && c.getParameters().stream()
                    .noneMatch(p -> p.getNameAsString().equals(name.getNameAsString()))) {
                return name.getNameAsString();
            }
        }
        return null;
    }
}
