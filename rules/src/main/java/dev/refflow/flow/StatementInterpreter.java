package dev.refflow.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import dev.refflow.model.AbstractObject;
import dev.refflow.model.ElementValue;
import dev.refflow.model.EventKind;
import dev.refflow.model.Guard;
import dev.refflow.model.ObjectKind;
import dev.refflow.model.PathCondition;
import dev.refflow.model.Receiver;
import dev.refflow.model.SizeExpr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Control flow: blocks, branches (each arm from the same state, then joined), loops (run twice so loop-carried
 * aliases are seen), switches, try/catch/finally, labelled jumps, returns and scope exits.
 */
final class StatementInterpreter extends InterpreterPart {

    /** Where a break or continue lands, with the states that reach it. */
    final class JumpTarget {
        final Node node;
        final String label;
        final boolean isLoop;
        final List<FlowState> breaks = new ArrayList<>();
        final List<FlowState> continues = new ArrayList<>();

        JumpTarget(Node node, String label, boolean isLoop) {
            this.node = node;
            this.label = label;
            this.isLoop = isLoop;
        }
    }

    final Deque<JumpTarget> jumpTargets = new ArrayDeque<>();
    final Deque<List<IntSet>> lambdaResults = new ArrayDeque<>();
    final Deque<List<IntSet>> switchYields = new ArrayDeque<>();

    void exec(Statement s) {
        if (rec.state.dead) {
            return;
        }
        if ((++rec.steps & 255) == 0 && System.nanoTime() > rec.deadline) {
            throw new MethodInterpreter.TimeLimitExceeded();
        }
        if (s instanceof BlockStmt b) {
            block(b.getStatements());
        } else if (s instanceof ExpressionStmt e) {
            expressions.eval(e.getExpression());
        } else if (s instanceof IfStmt i) {
            ifStmt(i);
        } else if (s instanceof ForStmt f) {
            forStmt(f, null);
        } else if (s instanceof ForEachStmt f) {
            forEachStmt(f, null);
        } else if (s instanceof WhileStmt w) {
            expressions.eval(w.getCondition());
            rec.guards.push(guardOf(w.getCondition(), SizeExpr.UNKNOWN));
            loop(w, null, null, w.getBody(), List.of(), SizeExpr.UNKNOWN, "", null, false);
            rec.guards.pop();
        } else if (s instanceof DoStmt d) {
            loop(d, null, null, d.getBody(), List.of(d.getCondition()), SizeExpr.UNKNOWN, "", null, true);
        } else if (s instanceof SwitchStmt sw) {
            expressions.eval(sw.getSelector());
            switchEntries(sw, sw.getEntries(), null);
        } else if (s instanceof TryStmt t) {
            tryStmt(t);
        } else if (s instanceof ReturnStmt r) {
            returnStmt(r);
        } else if (s instanceof ThrowStmt t) {
            expressions.eval(t.getExpression());
            rec.state.dead = true;
        } else if (s instanceof BreakStmt b) {
            jump(b.getLabel().map(Object::toString).orElse(null), true);
        } else if (s instanceof ContinueStmt c) {
            jump(c.getLabel().map(Object::toString).orElse(null), false);
        } else if (s instanceof YieldStmt y) {
            IntSet v = expressions.eval(y.getExpression());
            if (!switchYields.isEmpty()) {
                switchYields.peek().add(v);
            }
            jump(null, true);
        } else if (s instanceof LabeledStmt l) {
            labeled(l);
        } else if (s instanceof SynchronizedStmt sy) {
            expressions.eval(sy.getExpression());
            exec(sy.getBody());
        } else if (s instanceof ExplicitConstructorInvocationStmt c) {
            c.getExpression().ifPresent(expressions::eval);
            List<IntSet> args = new ArrayList<>();
            for (Expression arg : c.getArguments()) {
                IntSet value = expressions.eval(arg);
                args.add(value);
                expressions.passArgument(arg, value, c);
            }
            int self = rec.thisObject();
            invocations.recordConstructorCall(c, new Receiver.OfValue(c.isThis() ? "this" : "super", "",
                    new int[] {self}), c.getArguments(), args, -1);
        } else if (s instanceof AssertStmt a) {
            expressions.eval(a.getCheck());
        } else if (s instanceof LocalClassDeclarationStmt lc) {
            // bodies of local classes are modelled on their own; creating one captures the vars.locals it uses
            String name = lc.getClassDeclaration().getNameAsString();
            expressions.localClasses.put(name, lc.getClassDeclaration().getMembers());
            if (rec.hasEnclosingInstance() && OuterUse.usesOuter(lc.getClassDeclaration().getMembers(), scope,
                    union(scope.capturingTypes(), expressions.capturingLocalClasses))) {
                expressions.capturingLocalClasses.add(name);
            } else if (rec.hasEnclosingInstance() && OuterUse.keepsUnusedOuter(scope.unusedOuterKept(),
                    OuterUse.declaresSerializable(lc.getClassDeclaration()))) {
                expressions.outerKeepingLocalClasses.add(name);
            }
            rec.addNested(lc);
        } else if (s instanceof LocalRecordDeclarationStmt lr) {
            rec.addNested(lr);
        }
    }

    void block(NodeList<Statement> statements) {
        vars.locals.push(new LinkedHashMap<>());
        int dominating = 0;
        for (Statement st : statements) {
            if (st instanceof IfStmt i && !rec.state.dead) {
                if (ifStmt(i)) {
                    // `if (c) return;` rec.guards everything after it in the block
                    rec.guards.push(guardOf(i.getCondition(), SizeExpr.UNKNOWN));
                    dominating++;
                }
            } else {
                exec(st);
            }
        }
        for (int k = 0; k < dominating; k++) {
            rec.guards.pop();
        }
        leaveScope();
    }

    void leaveScope() {
        Map<String, LocalVariables.LocalVar> scopeVars = vars.locals.pop();
        for (LocalVariables.LocalVar v : scopeVars.values()) {
            if (!v.declaredHere()) {
                continue;
            }
            IntSet objs = rec.state.vars.remove(v.name());
            if (objs == null || rec.state.dead) {
                continue;
            }
            for (int id : objs.toArray()) {
                AbstractObject o = rec.objects.get(id);
                if (o.isAllocation() && !o.summary() && !rec.state.escapes.containsKey(id)) {
                    // the variable's reference is dropped here; the object dies unless something else holds it
                    rec.recordScopeExit(o, v.name());
                }
            }
        }
    }

    /** @return true when the then-arm always leaves and there is no else: the rest of the block is guarded */
    boolean ifStmt(IfStmt i) {
        expressions.eval(i.getCondition());
        SizeExpr guard = folder.fold(i.getCondition());
        int branch = rec.branchId(i);
        FlowState before = rec.state;
        PathCondition outer = rec.condition;

        rec.state = before.copy();
        rec.condition = outer.and(branch, 0);
        rec.guards.push(guardOf(i.getCondition(), guard));
        exec(i.getThenStmt());
        rec.guards.pop();
        FlowState thenState = rec.state;

        rec.state = before.copy();
        rec.condition = outer.and(branch, 1);
        if (i.getElseStmt().isPresent()) {
            rec.guards.push(guardOf(i.getCondition(), negate(guard)));
            exec(i.getElseStmt().get());
            rec.guards.pop();
        }
        FlowState elseState = rec.state;

        rec.condition = outer;
        rec.state = FlowState.join(before, List.of(thenState, elseState));
        return thenState.dead && i.getElseStmt().isEmpty();
    }

    static SizeExpr negate(SizeExpr guard) {
        return guard instanceof SizeExpr.Unknown ? guard : new SizeExpr.Unary("!", guard);
    }

    Guard.Condition guardOf(Expression c, SizeExpr value) {
        return new Guard.Condition(source.text(c), value);
    }

    void labeled(LabeledStmt l) {
        Statement inner = l.getStatement();
        String label = l.getLabel().asString();
        if (inner instanceof ForStmt f) {
            forStmt(f, label);
        } else if (inner instanceof ForEachStmt f) {
            forEachStmt(f, label);
        } else if (inner instanceof WhileStmt w) {
            expressions.eval(w.getCondition());
            loop(w, null, null, w.getBody(), List.of(), SizeExpr.UNKNOWN, "", null, false, label);
        } else if (inner instanceof DoStmt d) {
            loop(d, null, null, d.getBody(), List.of(d.getCondition()), SizeExpr.UNKNOWN, "", null, true, label);
        } else {
            JumpTarget target = new JumpTarget(l, label, false);
            jumpTargets.push(target);
            exec(inner);
            jumpTargets.pop();
            List<FlowState> arms = new ArrayList<>(target.breaks);
            arms.add(rec.state);
            rec.state = FlowState.join(null, arms);
        }
    }

    void jump(String label, boolean isBreak) {
        for (JumpTarget t : jumpTargets) {
            boolean matches = label == null ? (isBreak || t.isLoop) && (t.isLoop || t.label == null) : label.equals(t.label);
            if (matches) {
                (isBreak ? t.breaks : t.continues).add(rec.state.copy());
                break;
            }
        }
        rec.state.dead = true;
    }

    void forStmt(ForStmt f, String label) {
        vars.locals.push(new LinkedHashMap<>());
        for (Expression init : f.getInitialization()) {
            expressions.eval(init);
        }
        f.getCompare().ifPresent(expressions::eval);
        CountedLoops.CountedLoop counting = counted.countedLoop(f);
        List<Expression> update = new ArrayList<>(f.getUpdate());
        f.getCompare().ifPresent(update::add);
        f.getCompare().ifPresent(c -> rec.guards.push(guardOf(c, SizeExpr.UNKNOWN)));
        loop(f, counting == null ? null : counting.indexVar(), counting == null ? null : counting.range(),
                f.getBody(), update, counting == null ? SizeExpr.UNKNOWN : counting.tripCount(),
                counting == null ? "" : counting.indexVar(), null, false, label);
        f.getCompare().ifPresent(c -> rec.guards.pop());
        leaveScope();
    }

    void forEachStmt(ForEachStmt f, String label) {
        IntSet iterable = expressions.eval(f.getIterable());
        SizeExpr trip = SizeExpr.UNKNOWN;
        if (iterable.size() == 1) {
            AbstractObject o = rec.objects.get(iterable.single());
            if (o.isAllocation() && o.allocation().isArray() && !o.allocation().dimensions().isEmpty()
                    && !LoopShapes.hasEarlyExit(f.getBody(), f)) {
                trip = o.allocation().dimensions().get(0);
            }
        }
        IntSet known = rec.elementsOf(iterable);
        // elements of a collection the method did not fill are unknown rec.objects, but each is one object
        IntSet elements = known.isEmpty() ? IntSet.of(rec.namedObject("element:" + line(f) + ":" + column(f),
                ObjectKind.CALL_RESULT, elementTypeOf(vars.typeOf(f.getIterable())), f.getVariableDeclarator().getNameAsString(),
                f)) : known;
        VariableDeclarator v = f.getVariableDeclarator();
        String type = v.getType().asString();
        if (type.equals("var")) {
            type = elementTypeOf(vars.typeOf(f.getIterable()));
        }
        vars.locals.push(new LinkedHashMap<>());
        vars.declare(v.getNameAsString(), type, SizeExpr.UNKNOWN, -1);
        rec.state.vars.put(v.getNameAsString(), elements);
        String name = v.getNameAsString();
        final String elemType = type;
        loop(f, null, null, f.getBody(), List.of(), trip, "", () -> {
            vars.declare(name, elemType, SizeExpr.UNKNOWN, -1);
            rec.state.vars.put(name, elements);
        }, false, label);
        leaveScope();
    }

    void loop(Node node, String indexVar, CountedLoops.Range range, Statement body, List<Expression> afterBody,
                      SizeExpr tripCount, String header, Runnable beforeBody, boolean runsOnce) {
        loop(node, indexVar, range, body, afterBody, tripCount, header, beforeBody, runsOnce, null);
    }

    /**
     * Runs a loop body twice from the states that reach the loop head, so that values carried from one
     * iteration to the next are seen; the exit rec.state joins zero, one and several iterations. Each enclosing
     * loop runs its body twice too, so a loop rec.nested {@code d} deep would run 2^d times: below
     * {@link #TWO_PASS_LOOP_DEPTH} rec.loops, a body runs once. That can only miss a value carried between
     * iterations of a deeply rec.nested loop, never invent one.
     */
    void loop(Node node, String indexVar, CountedLoops.Range range, Statement body, List<Expression> afterBody,
                      SizeExpr tripCount, String header, Runnable beforeBody, boolean runsOnce, String label) {
        boolean twoPasses = rec.activeLoops.size() < MethodInterpreter.TWO_PASS_LOOP_DEPTH;
        int loopId = rec.loopId(node, tripCount, indexVar, range);
        int branch = rec.branchId(node);
        FlowState before = rec.state;
        PathCondition outer = rec.condition;
        JumpTarget target = new JumpTarget(node, label, true);
        jumpTargets.push(target);
        rec.activeLoops.addLast(loopId);
        rec.condition = outer.and(branch, 1);
        if (indexVar != null) {
            LocalVariables.LocalVar v = vars.lookupLocal(indexVar);
            if (v != null) {
                vars.locals.peek().put(indexVar, new LocalVariables.LocalVar(indexVar, v.type(), SizeExpr.UNKNOWN, loopId, false));
            }
        }

        rec.state = before.copy();
        iteration(body, afterBody, beforeBody, target);
        FlowState first = rec.state;
        FlowState second = first;
        if (twoPasses) {
            rec.state = FlowState.join(before, List.of(before, first));
            target.continues.clear();
            iteration(body, afterBody, beforeBody, target);
            second = rec.state;
        }

        rec.activeLoops.removeLast();
        jumpTargets.pop();
        rec.condition = outer;
        List<FlowState> arms = new ArrayList<>();
        if (!runsOnce) {
            arms.add(before);
        }
        arms.add(first);
        if (second != first) {
            arms.add(second);
        }
        arms.addAll(target.breaks);
        rec.state = FlowState.join(before, arms);
    }

    void iteration(Statement body, List<Expression> afterBody, Runnable beforeBody, JumpTarget target) {
        if (beforeBody != null) {
            beforeBody.run();
        }
        exec(body);
        List<FlowState> ends = new ArrayList<>(target.continues);
        ends.add(rec.state);
        rec.state = FlowState.join(null, ends);
        if (!rec.state.dead) {
            for (Expression e : afterBody) {
                expressions.eval(e);
            }
        }
    }

    void switchEntries(Node sw, NodeList<SwitchEntry> entries, List<IntSet> results) {
        int branch = rec.branchId(sw);
        FlowState before = rec.state;
        PathCondition outer = rec.condition;
        JumpTarget target = new JumpTarget(sw, null, false);
        jumpTargets.push(target);
        List<FlowState> ends = new ArrayList<>();
        FlowState fallthrough = null;
        boolean hasDefault = false;
        int arm = 0;
        for (SwitchEntry entry : entries) {
            hasDefault |= entry.isDefault() || entry.getLabels().stream().anyMatch(l -> l.toString().equals("null, default"));
            rec.condition = outer.and(branch, arm++);
            rec.state = fallthrough == null || fallthrough.dead ? before.copy()
                    : FlowState.join(before, List.of(before, fallthrough));
            vars.locals.push(new LinkedHashMap<>());
            for (Expression label : entry.getLabels()) {
                expressions.bindPatterns(label, IntSet.EMPTY);
            }
            entry.getGuard().ifPresent(expressions::eval);
            boolean arrow = entry.getType() != SwitchEntry.Type.STATEMENT_GROUP;
            Guard.Case only = caseGuard(sw, entry, fallthrough == null || fallthrough.dead);
            if (only != null) {
                rec.guards.push(only);
            }
            for (Statement st : entry.getStatements()) {
                if (arrow && results != null && st instanceof ExpressionStmt es) {
                    results.add(expressions.eval(es.getExpression()));
                } else {
                    exec(st);
                }
            }
            if (only != null) {
                rec.guards.pop();
            }
            leaveScope();
            if (arrow) {
                ends.add(rec.state);
                fallthrough = null;
            } else {
                fallthrough = rec.state;
            }
        }
        if (fallthrough != null) {
            ends.add(fallthrough);
        }
        jumpTargets.pop();
        ends.addAll(target.breaks);
        if (!hasDefault) {
            ends.add(before);
        }
        rec.condition = outer;
        rec.state = FlowState.join(before, ends);
    }

    /**
     * The guard of a switch arm that runs only for its own constants: labels that are names of constants (enum
     * constants, static finals), no default, no pattern or guard, and no fall-through into it. Null otherwise.
     */
    private Guard.Case caseGuard(Node sw, SwitchEntry entry, boolean enteredOnlyHere) {
        if (!enteredOnlyHere || entry.isDefault() || entry.getLabels().isEmpty() || entry.getGuard().isPresent()) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        for (Expression label : entry.getLabels()) {
            if (!(label.isNameExpr() || label.isFieldAccessExpr())) {
                return null;
            }
            labels.add(label.toString());
        }
        Expression selector = sw instanceof SwitchStmt s ? s.getSelector()
                : sw instanceof com.github.javaparser.ast.expr.SwitchExpr e ? e.getSelector() : null;
        return selector == null || !isUnchangedParameter(sw, selector) ? null
                : new Guard.Case(selector.toString(), labels);
    }

    /**
     * The selector is a parameter of the enclosing method or constructor that its body never assigns: then the arm
     * runs only for what the caller passed, which is what a guard on a parameter promises its callers.
     */
    private static boolean isUnchangedParameter(Node sw, Expression selector) {
        if (!selector.isNameExpr()) {
            return false;
        }
        String name = selector.asNameExpr().getNameAsString();
        var callable = sw.findAncestor(com.github.javaparser.ast.body.CallableDeclaration.class).orElse(null);
        if (callable == null || ((com.github.javaparser.ast.body.CallableDeclaration<?>) callable).getParameters()
                .stream().noneMatch(p -> p.getNameAsString().equals(name))) {
            return false;
        }
        java.util.Set<String> assigned = new java.util.HashSet<>();
        LoopShapes.collectAssignedNames(callable, assigned);
        return !assigned.contains(name);
    }

    void tryStmt(TryStmt t) {
        vars.locals.push(new LinkedHashMap<>());
        for (Expression r : t.getResources()) {
            expressions.eval(r);
        }
        FlowState before = rec.state.copy();
        int branch = rec.branchId(t);
        PathCondition outer = rec.condition;
        exec(t.getTryBlock());
        FlowState tryEnd = rec.state;
        List<FlowState> ends = new ArrayList<>();
        ends.add(tryEnd);
        int arm = 1;
        for (CatchClause c : t.getCatchClauses()) {
            rec.condition = outer.and(branch, arm++);
            rec.state = FlowState.join(before, List.of(before, tryEnd.dead ? before : tryEnd));
            rec.guards.push(new Guard.InHandler(caughtTypes(c)));
            vars.locals.push(new LinkedHashMap<>());
            vars.declare(c.getParameter().getNameAsString(), c.getParameter().getType().asString(), SizeExpr.UNKNOWN, -1);
            exec(c.getBody());
            leaveScope();
            rec.guards.pop();
            ends.add(rec.state);
        }
        rec.condition = outer;
        rec.state = FlowState.join(before, ends);
        if (t.getFinallyBlock().isPresent()) {
            boolean wasDead = rec.state.dead;
            if (wasDead) {
                // the finally block runs on the exceptional path too
                rec.state = before.copy();
            }
            rec.guards.push(new Guard.InFinally());
            exec(t.getFinallyBlock().get());
            rec.guards.pop();
            if (wasDead) {
                rec.state.dead = true;
            }
        }
        leaveScope();
    }

    /** {@code catch (A | B e)}: A and B, as written. */
    static List<String> caughtTypes(CatchClause c) {
        List<String> out = new ArrayList<>();
        for (String alt : c.getParameter().getType().asString().split("\\|")) {
            out.add(alt.strip());
        }
        return out;
    }

    void returnStmt(ReturnStmt r) {
        IntSet value = r.getExpression().map(expressions::eval).orElse(IntSet.EMPTY);
        if (!lambdaResults.isEmpty()) {
            lambdaResults.peek().add(value);
            rec.state.dead = true;
            return;
        }
        int first = -1;
        int line = line(r);
        String text = source.text(r);
        if (value.isEmpty()) {
            first = rec.event(r, EventKind.RETURN, line, column(r), endLine(r), text, -1, -1, "", ElementValue.UNKNOWN);
        }
        for (int id : value.toArray()) {
            int e = rec.event(r, EventKind.RETURN, line, column(r), endLine(r), text, rec.objects.get(id).site(), -1, "",
                    ElementValue.UNKNOWN);
            first = first < 0 ? e : Math.min(first, e);
        }
        rec.exits.add(rec.snapshot(first, line, value));
        rec.state.dead = true;
    }

    void initField(MethodInterpreter.FieldInitStep f) {
        VariableDeclarator d = f.declarator();
        if (d.getInitializer().isEmpty()) {
            return;
        }
        Expression init = d.getInitializer().get();
        IntSet value = init instanceof ArrayInitializerExpr a ? expressions.arrayInitializer(a, d.getType().asString())
                : expressions.evalExpecting(init, f.field().type());
        expressions.storeField(f.field(), value, init, d, source.text(d));
    }
}
