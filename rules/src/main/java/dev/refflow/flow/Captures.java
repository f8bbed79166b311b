package dev.refflow.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.refflow.model.ElementValue;
import dev.refflow.model.EventKind;
import dev.refflow.model.FieldInfo;
import dev.refflow.model.PathCondition;
import dev.refflow.model.SizeExpr;
import dev.refflow.model.Slot;
import dev.refflow.model.TypeNames;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * Lambdas, method references, anonymous and local class instances: the locals they capture, whether they really use
 * {@code this}, and their bodies, run inline as code that may run later, any number of times.
 */
final class Captures extends InterpreterPart {

    /**
     * A lambda: an object that refers to everything it captures, whose body runs here, inline, as code that
     * may run any number of times and later (so its removals are never trusted to have happened).
     *
     * @param repeat     how often the body runs, when known (a counted stream's {@code forEach})
     * @param paramRange for a lambda over an int range, the range of its first parameter
     */
    int lambda(LambdaExpr l, SizeExpr repeat, CountedLoops.Range paramRange, List<IntSet> results, boolean immediate) {
        return lambda(l, repeat, paramRange, results, immediate, IntSet.EMPTY);
    }

    /** @param firstParameter what the lambda's first parameter refers to ({@code computeIfAbsent}: the key) */
    int lambda(LambdaExpr l, SizeExpr repeat, CountedLoops.Range paramRange, List<IntSet> results, boolean immediate,
                       IntSet firstParameter) {
        int id = rec.allocateLambda(l);
        captureInto(id, List.of(l.getBody()), l);
        int loopId = rec.loopId(l, repeat, paramRange == null || l.getParameters().isEmpty() ? ""
                : l.getParameters().get(0).getNameAsString(), paramRange);
        int branch = rec.branchId(l);
        FlowState before = rec.state;
        PathCondition outer = rec.condition;
        rec.state = before.copy();
        rec.condition = outer.and(branch, 1);
        rec.activeLoops.addLast(loopId);
        rec.deferred++;
        if (!immediate) {
            rec.mayNotRun++;
        }
        boolean outerImmediate = rec.immediateArguments;
        rec.immediateArguments = false;
        vars.locals.push(new LinkedHashMap<>());
        for (Parameter p : l.getParameters()) {
            String type = p.getType().asString();
            if (type.isEmpty() || type.equals("var")) {
                type = paramRange != null ? "int" : "";
            }
            vars.locals.peek().put(p.getNameAsString(), new LocalVariables.LocalVar(p.getNameAsString(), type, SizeExpr.UNKNOWN,
                    paramRange != null ? loopId : -1, true));
            rec.state.vars.put(p.getNameAsString(), p == l.getParameters().get(0) ? firstParameter : IntSet.EMPTY);
        }
        List<IntSet> returned = new ArrayList<>();
        statements.lambdaResults.push(returned);
        StatementInterpreter.JumpTarget saved = null;
        if (l.getExpressionBody().isPresent()) {
            returned.add(expressions.eval(l.getExpressionBody().get()));
        } else {
            // jumps inside the body do not leave it
            Deque<StatementInterpreter.JumpTarget> outerTargets = new ArrayDeque<>(statements.jumpTargets);
            statements.jumpTargets.clear();
            statements.exec(l.getBody());
            statements.jumpTargets.addAll(outerTargets);
        }
        statements.lambdaResults.pop();
        vars.locals.pop();
        rec.immediateArguments = outerImmediate;
        if (!immediate) {
            rec.mayNotRun--;
        }
        rec.deferred--;
        rec.activeLoops.removeLast();
        rec.condition = outer;
        FlowState after = rec.state;
        after.dead = false;
        rec.state = FlowState.join(before, List.of(before, after));
        if (results != null) {
            results.addAll(returned);
        }
        return id;
    }

    /** A container's methods that take elements out of it: a reference to one on a field is a removal from it. */
    private static final java.util.Set<String> REMOVALS = java.util.Set.of("remove", "removeAll", "removeIf",
            "retainAll", "clear", "poll", "pollFirst", "pollLast");

    int methodReference(MethodReferenceExpr m) {
        int id = rec.allocateLambda(m);
        Expression target = m.getScope();
        if (target instanceof com.github.javaparser.ast.expr.TypeExpr t
                && t.getType() instanceof com.github.javaparser.ast.type.ClassOrInterfaceType c && c.getScope().isEmpty()
                && (vars.lookupLocal(c.getNameAsString()) != null || scope.field(c.getNameAsString()) != null)) {
            // SESSIONS::remove parses as a type; a variable or field of that name is what it means
            target = new com.github.javaparser.ast.expr.NameExpr(c.getNameAsString());
            target.setRange(m.getScope().getRange().orElse(null));
        }
        if (target instanceof ThisExpr || target instanceof SuperExpr) {
            if (rec.hasEnclosingInstance()) {
                rec.capturesThis(id, m);
            }
        } else if (!expressions.isTypeName(target) && !(target instanceof com.github.javaparser.ast.expr.TypeExpr)) {
            for (int v : expressions.eval(target).toArray()) {
                int ev = rec.event(m, EventKind.CAPTURE, line(m), column(m), endLine(m), source.text(m), id,
                        rec.objects.get(v).site(), nameOf(target), ElementValue.UNKNOWN);
                rec.addEdge(id, v, new Slot.Captured(target.toString()), "captures " + target, ev);
                if (REMOVALS.contains(m.getIdentifier()) && rec.objects.get(v).isField()) {
                    // tenants.forEach(tenantIds::remove): the reference is the field's own removal, called later
                    rec.recordRemoval(m, EventKind.REMOVE_FROM_CONTAINER, v, source.text(m), m.getIdentifier());
                }
            }
        }
        return id;
    }

    /**
     * Adds capture edges from a lambda or anonymous object to the vars.locals its body uses, and to {@code this}
     * when the body really uses the enclosing instance (capture is about use, not syntax).
     */
    void captureInto(int id, List<? extends Node> bodies, Node at) {
        captureLocals(id, bodies, at);
        boolean usesThis;
        if (at instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()) {
            NodeList<BodyDeclaration<?>> members = o.getAnonymousClassBody().get();
            // double-brace initialization: an anonymous subclass made only of initializer blocks
            boolean doubleBrace = !members.isEmpty() && members.stream().allMatch(
                    m -> m instanceof com.github.javaparser.ast.body.InitializerDeclaration i && !i.isStatic());
            usesThis = doubleBrace || OuterUse.usesOuter(members, scope, scope.capturingTypes());
        } else {
            usesThis = false;
            for (Node body : bodies) {
                for (Node n : body.findAll(Node.class)) {
                    if (n instanceof NameExpr name && vars.lookupLocal(name.getNameAsString()) == null
                            && !isLambdaParameter(name)) {
                        FieldInfo f = scope.field(name.getNameAsString());
                        usesThis |= f != null && !f.isStatic();
                    } else if (n instanceof ThisExpr || n instanceof SuperExpr) {
                        usesThis = true;
                    } else if (n instanceof MethodCallExpr c && c.getScope().isEmpty()
                            && scope.declaresInstanceMethod(c.getNameAsString())) {
                        usesThis = true;
                    } else if (n instanceof ObjectCreationExpr c && c.getScope().isEmpty()
                            && scope.creationCaptures(TypeNames.rawSimpleName(c.getType().asString()))) {
                        usesThis = true;
                    }
                }
            }
        }
        if (usesThis && rec.hasEnclosingInstance()) {
            rec.capturesThis(id, at);
        } else if (at instanceof ObjectCreationExpr && rec.hasEnclosingInstance()
                && OuterUse.keepsUnusedOuter(scope.unusedOuterKept(), false)) {
            // an anonymous class (never a lambda) holds this$0 all the same when compiled for a release below 18
            rec.holdsUnusedOuter(id);
        }
    }

    /** Capture edges to the vars.locals a local class body uses (it copies them when created). */
    void captureLocals(int id, List<? extends Node> bodies, Node at) {
        Set<String> seen = new HashSet<>();
        for (Node body : bodies) {
            for (NameExpr name : body.findAll(NameExpr.class)) {
                String v = name.getNameAsString();
                if (vars.lookupLocal(v) != null && seen.add(v)) {
                    for (int target : rec.state.get(v).toArray()) {
                        int ev = rec.event(at, EventKind.CAPTURE, line(at), column(at), endLine(at), source.text(at), id,
                                rec.objects.get(target).site(), v, ElementValue.UNKNOWN);
                        rec.addEdge(id, target, new Slot.Captured(v), "captures " + v, ev);
                    }
                }
            }
        }
    }

    static boolean isLambdaParameter(NameExpr name) {
        for (Node p = name.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
            if (p instanceof LambdaExpr l && l.getParameters().stream()
                    .anyMatch(x -> x.getNameAsString().equals(name.getNameAsString()))) {
                return true;
            }
        }
        return false;
    }
}
