package dev.refflow.flow;

import dev.refflow.model.Allocation;
import dev.refflow.model.EdgeKind;
import dev.refflow.model.ElementValue;
import dev.refflow.model.Escape;
import dev.refflow.model.EscapeKind;
import dev.refflow.model.EventKind;
import dev.refflow.model.FieldRef;
import dev.refflow.model.Guard;
import dev.refflow.model.HeapEdge;
import dev.refflow.model.Receiver;
import dev.refflow.model.Slot;
import dev.refflow.model.JdkApi;
import dev.refflow.model.TypeNames;

import dev.refflow.model.AbstractObject;
import dev.refflow.model.BodyKind;
import dev.refflow.model.CallSite;
import dev.refflow.model.ExitPoint;
import dev.refflow.model.FieldInfo;
import dev.refflow.model.FlowEvent;
import dev.refflow.model.Loop;
import dev.refflow.model.MapPut;
import dev.refflow.model.MethodFlow;
import dev.refflow.model.ObjectKind;
import dev.refflow.model.PathCondition;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
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
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
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
import dev.refflow.model.ContainerShape;
import dev.refflow.model.JvmLayout;
import dev.refflow.model.SizeExpr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link MethodFlow} of one body by abstract interpretation over its AST, in statement order.
 * Locals map to the abstract objects they may point to; branches are interpreted from the same state and
 * joined (both sides count); loops run their body twice so that loop-carried aliases are seen; lambdas run
 * inline where they are written, as code that may run any number of times, later. Calls the model does
 * not see into are opaque: arguments are passed, nothing is assumed kept.
 */
public final class MethodInterpreter {
    /** Loops nested deeper than this run their body once (see {@code loop}). */
    static final int TWO_PASS_LOOP_DEPTH = 4;


    /** One piece of a body: a statement, or a field initializer ({@code field = initializer}). */
    public sealed interface Step {
    }

    public record StatementStep(Statement statement) implements Step {
    }

    public record FieldInitStep(FieldInfo field, VariableDeclarator declarator) implements Step {
    }

    /** What the caller knows about the body being interpreted. */
    public record BodySpec(String name, String signature, BodyKind kind, boolean isStatic, boolean mainMethod,
                           List<Parameter> parameters, List<Step> steps, int line, int endLine, boolean isPrivate) {
    }

    /** Thrown when a file takes longer than its time limit: the file becomes a processing problem. */
    public static final class TimeLimitExceeded extends RuntimeException {
        public TimeLimitExceeded() {
            super("analysis took longer than the per-file time limit", null, false, false);
        }
    }

    /** When the current file's analysis must stop ({@link System#nanoTime()}); set per worker thread. */
    private static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[] {Long.MAX_VALUE});

    /** Sets the time limit for the bodies this thread interprets next. */
    public static void deadline(long nanoTime) {
        DEADLINE.get()[0] = nanoTime;
    }

    private record LocalVar(String name, String type, SizeExpr constant, int loop, boolean declaredHere) {
    }

    private record Range(SizeExpr low, SizeExpr high, int loop) {
    }

    /** Where a break or continue lands, with the states that reach it. */
    private static final class JumpTarget {
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

    private final ClassScope scope;
    private final SourceText source;
    private final BodySpec spec;
    private final ConstantFolder folder;

    private final List<AbstractObject> objects = new ArrayList<>();
    private final List<Loop> loops = new ArrayList<>();
    private final List<FlowEvent> events = new ArrayList<>();
    private final List<ExitPoint> exits = new ArrayList<>();
    private final List<CallSite> calls = new ArrayList<>();
    private final List<MapPut> mapPuts = new ArrayList<>();
    private Set<Node> recordedPuts;

    private final IdentityHashMap<Node, Integer> siteIds = new IdentityHashMap<>();
    private final Map<Integer, Integer> summaryOf = new HashMap<>();
    private final IdentityHashMap<Node, Integer> branchIds = new IdentityHashMap<>();
    private final IdentityHashMap<Node, Integer> loopIds = new IdentityHashMap<>();
    private final IdentityHashMap<Node, Integer> callResultIds = new IdentityHashMap<>();
    private final IdentityHashMap<Node, List<Integer>> eventsByNode = new IdentityHashMap<>();
    private final IdentityHashMap<Node, Integer> callSiteIndex = new IdentityHashMap<>();
    private final Deque<CallFacts> callFacts = new ArrayDeque<>();
    /** what holds around the current statement: enclosing ifs, loops and catch blocks, earlier early exits */
    private final Deque<Guard> guards = new ArrayDeque<>();
    private final Map<String, Integer> namedObjects = new HashMap<>();
    private final Map<String, NodeList<BodyDeclaration<?>>> localClasses = new HashMap<>();
    /** local classes of this body whose instances hold this body's {@code this} */
    private final Set<String> capturingLocalClasses = new HashSet<>();
    private final List<Node> nested = new ArrayList<>(0);
    private Set<String> assignedNames;

    private final Deque<Map<String, LocalVar>> locals = new ArrayDeque<>();
    private final Deque<Integer> activeLoops = new ArrayDeque<>();
    private final Deque<JumpTarget> jumpTargets = new ArrayDeque<>();
    private final Deque<List<IntSet>> lambdaResults = new ArrayDeque<>();
    private final Deque<List<IntSet>> switchYields = new ArrayDeque<>();
    private PathCondition condition = PathCondition.TRUE;
    private FlowState state = new FlowState();
    private final long deadline = DEADLINE.get()[0];
    private int steps;
    /** depth of lambda bodies being interpreted: removals inside them are never trusted */
    private int deferred;
    /** depth of lambda bodies that may not run at all (stored, not handed to an immediate callback) */
    private int mayNotRun;
    /** true while evaluating the arguments of a call that runs its callbacks before it returns */
    private boolean immediateArguments;
    private int nextBranch;

    private MethodInterpreter(ClassScope scope, SourceText source, BodySpec spec) {
        this.scope = scope;
        this.source = source;
        this.spec = spec;
        this.folder = new ConstantFolder(scope.names(), this::localConstant);
    }

    /** Names assigned anywhere in the body: a local among them is not a constant. Collected on first need. */
    private Set<String> assignedNames() {
        if (assignedNames == null) {
            assignedNames = new HashSet<>();
            for (Step step : spec.steps()) {
                Node n = step instanceof StatementStep s ? s.statement() : ((FieldInitStep) step).declarator();
                LoopShapes.collectAssignedNames(n, assignedNames);
            }
        }
        return assignedNames;
    }

    /** Interprets one body of a type. */
    public static MethodFlow interpret(ClassScope scope, SourceText source, BodySpec spec) {
        return interpretWithNested(scope, source, spec).flow();
    }

    /**
     * The body's flow, and the local and anonymous class declarations met on the way (in source order), whose
     * own bodies are modelled separately: the interpreter visits them anyway, so nothing walks the body twice.
     */
    public record Interpreted(MethodFlow flow, List<Node> nestedDeclarations) {
    }

    public static Interpreted interpretWithNested(ClassScope scope, SourceText source, BodySpec spec) {
        MethodInterpreter interpreter = new MethodInterpreter(scope, source, spec);
        MethodFlow flow = interpreter.run();
        List<Node> nested = new ArrayList<>(interpreter.nested);
        nested.sort(java.util.Comparator.comparingInt((Node n) -> line(n)).thenComparingInt(n -> column(n)));
        return new Interpreted(flow, nested);
    }

    private MethodFlow run() {
        locals.push(new LinkedHashMap<>());
        for (Parameter p : spec.parameters()) {
            String type = p.getType().asString() + (p.isVarArgs() ? "[]" : "");
            declare(p.getNameAsString(), type, SizeExpr.UNKNOWN, -1);
            int id = newObject(ObjectKind.PARAMETER, type, p.getNameAsString(), p.getNameAsString(), p, null);
            state.vars.put(p.getNameAsString(), IntSet.of(id));
        }
        for (Step step : spec.steps()) {
            if (step instanceof StatementStep s) {
                exec(s.statement());
            } else if (step instanceof FieldInitStep f) {
                initField(f);
            }
        }
        if (!state.dead) {
            exits.add(snapshot(-1, spec.endLine(), IntSet.EMPTY));
        }
        return new MethodFlow(scope.name(), spec.name(), spec.signature(), spec.kind(), spec.isStatic(),
                spec.mainMethod(), spec.line(), spec.endLine(), objects, loops, events, exits, calls,
                mapPuts, spec.isPrivate());
    }

    // ------------------------------------------------------------------ statements

    private void exec(Statement s) {
        if (state.dead) {
            return;
        }
        if ((++steps & 255) == 0 && System.nanoTime() > deadline) {
            throw new TimeLimitExceeded();
        }
        if (s instanceof BlockStmt b) {
            block(b.getStatements());
        } else if (s instanceof ExpressionStmt e) {
            eval(e.getExpression());
        } else if (s instanceof IfStmt i) {
            ifStmt(i);
        } else if (s instanceof ForStmt f) {
            forStmt(f, null);
        } else if (s instanceof ForEachStmt f) {
            forEachStmt(f, null);
        } else if (s instanceof WhileStmt w) {
            eval(w.getCondition());
            guards.push(condition(w.getCondition(), SizeExpr.UNKNOWN));
            loop(w, null, null, w.getBody(), List.of(), SizeExpr.UNKNOWN, "", null, false);
            guards.pop();
        } else if (s instanceof DoStmt d) {
            loop(d, null, null, d.getBody(), List.of(d.getCondition()), SizeExpr.UNKNOWN, "", null, true);
        } else if (s instanceof SwitchStmt sw) {
            eval(sw.getSelector());
            switchEntries(sw, sw.getEntries(), null);
        } else if (s instanceof TryStmt t) {
            tryStmt(t);
        } else if (s instanceof ReturnStmt r) {
            returnStmt(r);
        } else if (s instanceof ThrowStmt t) {
            eval(t.getExpression());
            state.dead = true;
        } else if (s instanceof BreakStmt b) {
            jump(b.getLabel().map(Object::toString).orElse(null), true);
        } else if (s instanceof ContinueStmt c) {
            jump(c.getLabel().map(Object::toString).orElse(null), false);
        } else if (s instanceof YieldStmt y) {
            IntSet v = eval(y.getExpression());
            if (!switchYields.isEmpty()) {
                switchYields.peek().add(v);
            }
            jump(null, true);
        } else if (s instanceof LabeledStmt l) {
            labeled(l);
        } else if (s instanceof SynchronizedStmt sy) {
            eval(sy.getExpression());
            exec(sy.getBody());
        } else if (s instanceof ExplicitConstructorInvocationStmt c) {
            c.getExpression().ifPresent(this::eval);
            for (Expression arg : c.getArguments()) {
                passArgument(arg, eval(arg), c);
            }
        } else if (s instanceof AssertStmt a) {
            eval(a.getCheck());
        } else if (s instanceof LocalClassDeclarationStmt lc) {
            // bodies of local classes are modelled on their own; creating one captures the locals it uses
            String name = lc.getClassDeclaration().getNameAsString();
            localClasses.put(name, lc.getClassDeclaration().getMembers());
            if (hasEnclosingInstance() && OuterUse.usesOuter(lc.getClassDeclaration().getMembers(), scope,
                    union(scope.capturingTypes(), capturingLocalClasses))) {
                capturingLocalClasses.add(name);
            }
            addNested(lc);
        } else if (s instanceof LocalRecordDeclarationStmt lr) {
            addNested(lr);
        }
    }

    private void block(NodeList<Statement> statements) {
        locals.push(new LinkedHashMap<>());
        int dominating = 0;
        for (Statement st : statements) {
            if (st instanceof IfStmt i && !state.dead) {
                if (ifStmt(i)) {
                    // `if (c) return;` guards everything after it in the block
                    guards.push(condition(i.getCondition(), SizeExpr.UNKNOWN));
                    dominating++;
                }
            } else {
                exec(st);
            }
        }
        for (int k = 0; k < dominating; k++) {
            guards.pop();
        }
        leaveScope();
    }

    private void leaveScope() {
        Map<String, LocalVar> scopeVars = locals.pop();
        for (LocalVar v : scopeVars.values()) {
            if (!v.declaredHere()) {
                continue;
            }
            IntSet objs = state.vars.remove(v.name());
            if (objs == null || state.dead) {
                continue;
            }
            for (int id : objs.toArray()) {
                AbstractObject o = objects.get(id);
                if (o.isAllocation() && !o.summary() && !state.escapes.containsKey(id)) {
                    // the variable's reference is dropped here; the object dies unless something else holds it
                    recordScopeExit(o, v.name());
                }
            }
        }
    }

    private void recordScopeExit(AbstractObject o, String var) {
        // scope exits are reported at the end of the body that declared the variable
        int line = spec.endLine();
        event(null, EventKind.SCOPE_EXIT, line, 0, line, var + " goes out of scope", o.site(), -1, var,
                ElementValue.UNKNOWN);
    }

    /** @return true when the then-arm always leaves and there is no else: the rest of the block is guarded */
    private boolean ifStmt(IfStmt i) {
        eval(i.getCondition());
        SizeExpr guard = folder.fold(i.getCondition());
        int branch = branchId(i);
        FlowState before = state;
        PathCondition outer = condition;

        state = before.copy();
        condition = outer.and(branch, 0);
        guards.push(condition(i.getCondition(), guard));
        exec(i.getThenStmt());
        guards.pop();
        FlowState thenState = state;

        state = before.copy();
        condition = outer.and(branch, 1);
        if (i.getElseStmt().isPresent()) {
            guards.push(condition(i.getCondition(), negate(guard)));
            exec(i.getElseStmt().get());
            guards.pop();
        }
        FlowState elseState = state;

        condition = outer;
        state = FlowState.join(before, List.of(thenState, elseState));
        return thenState.dead && i.getElseStmt().isEmpty();
    }

    private static SizeExpr negate(SizeExpr guard) {
        return guard instanceof SizeExpr.Unknown ? guard : new SizeExpr.Unary("!", guard);
    }

    private Guard.Condition condition(Expression c, SizeExpr value) {
        return new Guard.Condition(source.text(c), value);
    }

    private void labeled(LabeledStmt l) {
        Statement inner = l.getStatement();
        String label = l.getLabel().asString();
        if (inner instanceof ForStmt f) {
            forStmt(f, label);
        } else if (inner instanceof ForEachStmt f) {
            forEachStmt(f, label);
        } else if (inner instanceof WhileStmt w) {
            eval(w.getCondition());
            loop(w, null, null, w.getBody(), List.of(), SizeExpr.UNKNOWN, "", null, false, label);
        } else if (inner instanceof DoStmt d) {
            loop(d, null, null, d.getBody(), List.of(d.getCondition()), SizeExpr.UNKNOWN, "", null, true, label);
        } else {
            JumpTarget target = new JumpTarget(l, label, false);
            jumpTargets.push(target);
            exec(inner);
            jumpTargets.pop();
            List<FlowState> arms = new ArrayList<>(target.breaks);
            arms.add(state);
            state = FlowState.join(null, arms);
        }
    }

    private void jump(String label, boolean isBreak) {
        for (JumpTarget t : jumpTargets) {
            boolean matches = label == null ? (isBreak || t.isLoop) && (t.isLoop || t.label == null) : label.equals(t.label);
            if (matches) {
                (isBreak ? t.breaks : t.continues).add(state.copy());
                break;
            }
        }
        state.dead = true;
    }

    private void forStmt(ForStmt f, String label) {
        locals.push(new LinkedHashMap<>());
        for (Expression init : f.getInitialization()) {
            eval(init);
        }
        f.getCompare().ifPresent(this::eval);
        CountedLoop counted = countedLoop(f);
        List<Expression> update = new ArrayList<>(f.getUpdate());
        f.getCompare().ifPresent(update::add);
        f.getCompare().ifPresent(c -> guards.push(condition(c, SizeExpr.UNKNOWN)));
        loop(f, counted == null ? null : counted.indexVar, counted == null ? null : counted.range(),
                f.getBody(), update, counted == null ? SizeExpr.UNKNOWN : counted.tripCount,
                counted == null ? "" : counted.indexVar, null, false, label);
        f.getCompare().ifPresent(c -> guards.pop());
        leaveScope();
    }

    private void forEachStmt(ForEachStmt f, String label) {
        IntSet iterable = eval(f.getIterable());
        SizeExpr trip = SizeExpr.UNKNOWN;
        if (iterable.size() == 1) {
            AbstractObject o = objects.get(iterable.single());
            if (o.isAllocation() && o.allocation().isArray() && !o.allocation().dimensions().isEmpty()
                    && !LoopShapes.hasEarlyExit(f.getBody(), f)) {
                trip = o.allocation().dimensions().get(0);
            }
        }
        IntSet known = elementsOf(iterable);
        // elements of a collection the method did not fill are unknown objects, but each is one object
        IntSet elements = known.isEmpty() ? IntSet.of(namedObject("element:" + line(f) + ":" + column(f),
                ObjectKind.CALL_RESULT, elementTypeOf(typeOf(f.getIterable())), f.getVariableDeclarator().getNameAsString(),
                f)) : known;
        VariableDeclarator v = f.getVariableDeclarator();
        String type = v.getType().asString();
        if (type.equals("var")) {
            type = elementTypeOf(typeOf(f.getIterable()));
        }
        locals.push(new LinkedHashMap<>());
        declare(v.getNameAsString(), type, SizeExpr.UNKNOWN, -1);
        state.vars.put(v.getNameAsString(), elements);
        String name = v.getNameAsString();
        final String elemType = type;
        loop(f, null, null, f.getBody(), List.of(), trip, "", () -> {
            declare(name, elemType, SizeExpr.UNKNOWN, -1);
            state.vars.put(name, elements);
        }, false, label);
        leaveScope();
    }

    private void loop(Node node, String indexVar, Range range, Statement body, List<Expression> afterBody,
                      SizeExpr tripCount, String header, Runnable beforeBody, boolean runsOnce) {
        loop(node, indexVar, range, body, afterBody, tripCount, header, beforeBody, runsOnce, null);
    }

    /**
     * Runs a loop body twice from the states that reach the loop head, so that values carried from one
     * iteration to the next are seen; the exit state joins zero, one and several iterations. Each enclosing
     * loop runs its body twice too, so a loop nested {@code d} deep would run 2^d times: below
     * {@link #TWO_PASS_LOOP_DEPTH} loops, a body runs once. That can only miss a value carried between
     * iterations of a deeply nested loop, never invent one.
     */
    private void loop(Node node, String indexVar, Range range, Statement body, List<Expression> afterBody,
                      SizeExpr tripCount, String header, Runnable beforeBody, boolean runsOnce, String label) {
        boolean twoPasses = activeLoops.size() < TWO_PASS_LOOP_DEPTH;
        int loopId = loopId(node, tripCount, indexVar, range);
        int branch = branchId(node);
        FlowState before = state;
        PathCondition outer = condition;
        JumpTarget target = new JumpTarget(node, label, true);
        jumpTargets.push(target);
        activeLoops.addLast(loopId);
        condition = outer.and(branch, 1);
        if (indexVar != null) {
            LocalVar v = lookupLocal(indexVar);
            if (v != null) {
                locals.peek().put(indexVar, new LocalVar(indexVar, v.type(), SizeExpr.UNKNOWN, loopId, false));
            }
        }

        state = before.copy();
        iteration(body, afterBody, beforeBody, target);
        FlowState first = state;

        FlowState second = first;
        if (twoPasses) {
            state = FlowState.join(before, List.of(before, first));
            target.continues.clear();
            iteration(body, afterBody, beforeBody, target);
            second = state;
        }

        activeLoops.removeLast();
        jumpTargets.pop();
        condition = outer;
        List<FlowState> arms = new ArrayList<>();
        if (!runsOnce) {
            arms.add(before);
        }
        arms.add(first);
        if (second != first) {
            arms.add(second);
        }
        arms.addAll(target.breaks);
        state = FlowState.join(before, arms);
    }

    private void iteration(Statement body, List<Expression> afterBody, Runnable beforeBody, JumpTarget target) {
        if (beforeBody != null) {
            beforeBody.run();
        }
        exec(body);
        List<FlowState> ends = new ArrayList<>(target.continues);
        ends.add(state);
        state = FlowState.join(null, ends);
        if (!state.dead) {
            for (Expression e : afterBody) {
                eval(e);
            }
        }
    }

    private void switchEntries(Node sw, NodeList<SwitchEntry> entries, List<IntSet> results) {
        int branch = branchId(sw);
        FlowState before = state;
        PathCondition outer = condition;
        JumpTarget target = new JumpTarget(sw, null, false);
        jumpTargets.push(target);
        List<FlowState> ends = new ArrayList<>();
        FlowState fallthrough = null;
        boolean hasDefault = false;
        int arm = 0;
        for (SwitchEntry entry : entries) {
            hasDefault |= entry.isDefault() || entry.getLabels().stream().anyMatch(l -> l.toString().equals("null, default"));
            condition = outer.and(branch, arm++);
            state = fallthrough == null || fallthrough.dead ? before.copy()
                    : FlowState.join(before, List.of(before, fallthrough));
            locals.push(new LinkedHashMap<>());
            for (Expression label : entry.getLabels()) {
                bindPatterns(label, IntSet.EMPTY);
            }
            entry.getGuard().ifPresent(this::eval);
            boolean arrow = entry.getType() != SwitchEntry.Type.STATEMENT_GROUP;
            for (Statement st : entry.getStatements()) {
                if (arrow && results != null && st instanceof ExpressionStmt es) {
                    results.add(eval(es.getExpression()));
                } else {
                    exec(st);
                }
            }
            leaveScope();
            if (arrow) {
                ends.add(state);
                fallthrough = null;
            } else {
                fallthrough = state;
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
        condition = outer;
        state = FlowState.join(before, ends);
    }

    private void tryStmt(TryStmt t) {
        locals.push(new LinkedHashMap<>());
        for (Expression r : t.getResources()) {
            eval(r);
        }
        FlowState before = state.copy();
        int branch = branchId(t);
        PathCondition outer = condition;
        exec(t.getTryBlock());
        FlowState tryEnd = state;
        List<FlowState> ends = new ArrayList<>();
        ends.add(tryEnd);
        int arm = 1;
        for (CatchClause c : t.getCatchClauses()) {
            condition = outer.and(branch, arm++);
            state = FlowState.join(before, List.of(before, tryEnd.dead ? before : tryEnd));
            guards.push(new Guard.InHandler(caughtTypes(c)));
            locals.push(new LinkedHashMap<>());
            declare(c.getParameter().getNameAsString(), c.getParameter().getType().asString(), SizeExpr.UNKNOWN, -1);
            exec(c.getBody());
            leaveScope();
            guards.pop();
            ends.add(state);
        }
        condition = outer;
        state = FlowState.join(before, ends);
        if (t.getFinallyBlock().isPresent()) {
            boolean wasDead = state.dead;
            if (wasDead) {
                // the finally block runs on the exceptional path too
                state = before.copy();
            }
            exec(t.getFinallyBlock().get());
            if (wasDead) {
                state.dead = true;
            }
        }
        leaveScope();
    }

    /** {@code catch (A | B e)}: A and B, as written. */
    private static List<String> caughtTypes(CatchClause c) {
        List<String> out = new ArrayList<>();
        for (String alt : c.getParameter().getType().asString().split("\\|")) {
            out.add(alt.strip());
        }
        return out;
    }

    private void returnStmt(ReturnStmt r) {
        IntSet value = r.getExpression().map(this::eval).orElse(IntSet.EMPTY);
        if (!lambdaResults.isEmpty()) {
            lambdaResults.peek().add(value);
            state.dead = true;
            return;
        }
        int first = -1;
        int line = line(r);
        String text = source.text(r);
        if (value.isEmpty()) {
            first = event(r, EventKind.RETURN, line, column(r), endLine(r), text, -1, -1, "", ElementValue.UNKNOWN);
        }
        for (int id : value.toArray()) {
            int e = event(r, EventKind.RETURN, line, column(r), endLine(r), text, objects.get(id).site(), -1, "",
                    ElementValue.UNKNOWN);
            first = first < 0 ? e : Math.min(first, e);
        }
        exits.add(snapshot(first, line, value));
        state.dead = true;
    }

    private ExitPoint snapshot(int returnEvent, int line, IntSet returned) {
        List<HeapEdge> heap = new ArrayList<>(state.heap.size());
        for (Map.Entry<FlowState.EdgeKey, FlowState.EdgeInfo> e : state.heap.entrySet()) {
            FlowState.EdgeInfo info = e.getValue();
            heap.add(new HeapEdge(e.getKey().from(), e.getKey().to(), e.getKey().slot(), info.label(), info.event(),
                    info.condition(), info.uncertain()));
        }
        List<Escape> escapes = new ArrayList<>(state.escapes.size());
        for (Map.Entry<Integer, FlowState.EscapeInfo> e : state.escapes.entrySet()) {
            FlowState.EscapeInfo info = e.getValue();
            escapes.add(new Escape(e.getKey(), info.kind(), info.event(), info.root(), info.condition()));
        }
        return new ExitPoint(returnEvent, line, returned.toArray(), heap, escapes);
    }

    private void initField(FieldInitStep f) {
        VariableDeclarator d = f.declarator();
        if (d.getInitializer().isEmpty()) {
            return;
        }
        Expression init = d.getInitializer().get();
        IntSet value = init instanceof ArrayInitializerExpr a ? arrayInitializer(a, d.getType().asString())
                : evalExpecting(init, f.field().type());
        storeField(f.field(), value, init, d, source.text(d));
    }

    // ------------------------------------------------------------------ expressions

    private IntSet eval(Expression e) {
        return evalExpecting(e, null);
    }

    /** Evaluates an expression to the abstract objects it may denote; {@code expectedType} helps diamonds. */
    private IntSet evalExpecting(Expression e, String expectedType) {
        if (state.dead) {
            return IntSet.EMPTY;
        }
        if (e instanceof NameExpr n) {
            return readName(n);
        }
        if (e instanceof MethodCallExpr call) {
            return call(call);
        }
        if (e instanceof ObjectCreationExpr o) {
            return newObject(o, expectedType);
        }
        if (e instanceof VariableDeclarationExpr v) {
            for (VariableDeclarator d : v.getVariables()) {
                declareVariable(d);
            }
            return IntSet.EMPTY;
        }
        if (e instanceof AssignExpr a) {
            return assign(a);
        }
        if (e instanceof ArrayCreationExpr a) {
            return newArray(a);
        }
        if (e instanceof ArrayInitializerExpr a) {
            return arrayInitializer(a, expectedType == null ? "Object[]" : expectedType);
        }
        if (e instanceof FieldAccessExpr f) {
            return readField(f);
        }
        if (e instanceof ArrayAccessExpr a) {
            IntSet array = eval(a.getName());
            eval(a.getIndex());
            return elementsOf(array);
        }
        if (e instanceof EnclosedExpr en) {
            return evalExpecting(en.getInner(), expectedType);
        }
        if (e instanceof CastExpr c) {
            return evalExpecting(c.getExpression(), c.getType().asString());
        }
        if (e instanceof ConditionalExpr c) {
            eval(c.getCondition());
            return evalExpecting(c.getThenExpr(), expectedType).union(evalExpecting(c.getElseExpr(), expectedType));
        }
        if (e instanceof ThisExpr t) {
            return IntSet.of(thisObject());
        }
        if (e instanceof SuperExpr) {
            return IntSet.of(thisObject());
        }
        if (e instanceof LambdaExpr l) {
            return IntSet.of(lambda(l, SizeExpr.UNKNOWN, null, null, immediateArguments));
        }
        if (e instanceof MethodReferenceExpr m) {
            return IntSet.of(methodReference(m));
        }
        if (e instanceof BinaryExpr b) {
            eval(b.getLeft());
            eval(b.getRight());
            return IntSet.EMPTY;
        }
        if (e instanceof UnaryExpr u) {
            eval(u.getExpression());
            return IntSet.EMPTY;
        }
        if (e instanceof InstanceOfExpr i) {
            IntSet value = eval(i.getExpression());
            i.getPattern().ifPresent(p -> bindPatterns(p, value));
            return IntSet.EMPTY;
        }
        if (e instanceof SwitchExpr sw) {
            eval(sw.getSelector());
            List<IntSet> results = new ArrayList<>();
            switchYields.push(results);
            switchEntries(sw, sw.getEntries(), results);
            switchYields.pop();
            IntSet out = IntSet.EMPTY;
            for (IntSet r : results) {
                out = out.union(r);
            }
            return out;
        }
        return IntSet.EMPTY;
    }

    private void bindPatterns(Node pattern, IntSet value) {
        for (TypePatternExpr p : pattern.findAll(TypePatternExpr.class)) {
            declare(p.getNameAsString(), p.getType().asString(), SizeExpr.UNKNOWN, -1);
            state.vars.put(p.getNameAsString(), p == pattern ? value : IntSet.EMPTY);
        }
    }

    private void declareVariable(VariableDeclarator d) {
        String name = d.getNameAsString();
        String type = d.getType().asString();
        IntSet value = IntSet.EMPTY;
        SizeExpr constant = SizeExpr.UNKNOWN;
        if (d.getInitializer().isPresent()) {
            Expression init = d.getInitializer().get();
            if (type.equals("var")) {
                type = typeOf(init);
            }
            value = init instanceof ArrayInitializerExpr a ? arrayInitializer(a, type) : evalExpecting(init, type);
            // a candidate: it is only a constant if nothing assigns the name, checked when the value is used
            constant = folder.fold(init);
            declare(name, type, constant, -1);
            recordAliases(d, name, init, value);
        } else {
            declare(name, type, constant, -1);
        }
        state.vars.put(name, value);
    }

    private void recordAliases(Node at, String var, Expression value, IntSet objs) {
        boolean isCreation = unwrap(value) instanceof ObjectCreationExpr || unwrap(value) instanceof ArrayCreationExpr
                || unwrap(value) instanceof ArrayInitializerExpr;
        for (int id : objs.toArray()) {
            AbstractObject o = objects.get(id);
            if (!o.isAllocation()) {
                continue;
            }
            if (isCreation) {
                continue;
            }
            event(at, EventKind.ALIAS, line(at), column(at), endLine(at), var + " = " + source.text(value), o.site(), -1,
                    var, ElementValue.UNKNOWN);
        }
    }

    private static Expression unwrap(Expression e) {
        while (e instanceof EnclosedExpr || e instanceof CastExpr) {
            e = e instanceof EnclosedExpr en ? en.getInner() : ((CastExpr) e).getExpression();
        }
        return e;
    }

    private IntSet readName(NameExpr n) {
        String name = n.getNameAsString();
        LocalVar local = lookupLocal(name);
        if (local != null) {
            return state.get(name);
        }
        FieldInfo field = scope.field(name);
        if (field != null) {
            return readFieldValue(field);
        }
        if (scope.names().staticSingleImports().containsKey(name)) {
            String imported = scope.names().staticSingleImports().get(name);
            return IntSet.of(namedObject("static:" + imported, ObjectKind.STATIC_FIELD, "", name, null,
                    List.of(FieldRef.ofQualified(imported))));
        }
        return IntSet.EMPTY;
    }

    private IntSet readFieldValue(FieldInfo field) {
        String key = fieldKey(field);
        IntSet stored = state.vars.get(key);
        if (stored != null) {
            return stored;
        }
        return IntSet.of(fieldObject(field));
    }

    private int fieldObject(FieldInfo field) {
        return namedObject(fieldKey(field), field.isStatic() ? ObjectKind.STATIC_FIELD : ObjectKind.FIELD,
                field.type(), displayName(field), null, List.of(field.ref()));
    }

    private static String fieldKey(FieldInfo field) {
        return (field.isStatic() ? "static:" : "this.") + field.owner() + "#" + field.name();
    }

    private String displayName(FieldInfo field) {
        if (field.isStatic()) {
            String owner = field.owner();
            int dot = owner.lastIndexOf('.');
            return (dot < 0 ? owner : owner.substring(dot + 1)) + "." + field.name();
        }
        return "this." + field.name();
    }

    private IntSet readField(FieldAccessExpr f) {
        Expression scopeExpr = f.getScope();
        String name = f.getNameAsString();
        if (scopeExpr instanceof ThisExpr) {
            FieldInfo field = scope.field(name);
            return field != null ? readFieldValue(field) : IntSet.of(namedObject("this." + name, ObjectKind.FIELD,
                    "", "this." + name, null));
        }
        if (isTypeName(scopeExpr)) {
            FieldInfo field = scope.field(name);
            if (field != null && field.isStatic() && scope.names().typeCandidates(nameOf(scopeExpr)).stream()
                    .anyMatch(c -> c.equals(field.owner()))) {
                return readFieldValue(field);
            }
            if (name.equals("length")) {
                return IntSet.EMPTY;
            }
            List<FieldRef> candidates = scope.names().candidatesForMember(nameOf(scopeExpr), name).stream()
                    .map(FieldRef::ofQualified).toList();
            return IntSet.of(namedObject("static:" + nameOf(f), ObjectKind.STATIC_FIELD, "", nameOf(f), null, candidates));
        }
        IntSet owners = eval(scopeExpr);
        if (name.equals("length")) {
            return IntSet.EMPTY;
        }
        IntSet out = IntSet.EMPTY;
        for (Map.Entry<FlowState.EdgeKey, FlowState.EdgeInfo> e : state.heap.entrySet()) {
            if (e.getKey().slot() instanceof Slot.Field held && owners.contains(e.getKey().from())
                    && held.name().equals(name)) {
                out = out.with(e.getKey().to());
            }
        }
        return out;
    }

    private boolean isTypeName(Expression e) {
        if (e instanceof NameExpr n) {
            String name = n.getNameAsString();
            return lookupLocal(name) == null && scope.field(name) == null && Character.isUpperCase(name.charAt(0));
        }
        if (e instanceof FieldAccessExpr f) {
            String name = f.getNameAsString();
            return Character.isUpperCase(name.charAt(0)) && isPackageOrType(f.getScope());
        }
        return false;
    }

    private boolean isPackageOrType(Expression e) {
        if (e instanceof NameExpr n) {
            return lookupLocal(n.getNameAsString()) == null && scope.field(n.getNameAsString()) == null;
        }
        return e instanceof FieldAccessExpr f && isPackageOrType(f.getScope());
    }

    private IntSet assign(AssignExpr a) {
        Expression target = a.getTarget();
        if (a.getOperator() != AssignExpr.Operator.ASSIGN) {
            eval(target);
            eval(a.getValue());
            return IntSet.EMPTY;
        }
        String targetType = typeOf(target);
        IntSet value = a.getValue() instanceof ArrayInitializerExpr ai ? arrayInitializer(ai, targetType)
                : evalExpecting(a.getValue(), targetType.isEmpty() ? null : targetType);
        boolean isNull = unwrap(a.getValue()) instanceof NullLiteralExpr;
        String text = source.text(a);
        if (target instanceof NameExpr n) {
            String name = n.getNameAsString();
            if (lookupLocal(name) != null) {
                IntSet old = state.get(name);
                for (int id : old.toArray()) {
                    AbstractObject o = objects.get(id);
                    if (o.isAllocation() && !value.contains(id)) {
                        event(a, isNull ? EventKind.SET_NULL : EventKind.REASSIGN, line(a), column(a), endLine(a), text,
                                o.site(), -1, name, ElementValue.UNKNOWN);
                    }
                }
                state.vars.put(name, value);
                recordAliases(a, name, a.getValue(), value);
                return value;
            }
            FieldInfo field = scope.field(name);
            if (field != null) {
                storeField(field, value, a.getValue(), a, text);
            }
            return value;
        }
        if (target instanceof FieldAccessExpr f) {
            Expression owner = f.getScope();
            String name = f.getNameAsString();
            if (owner instanceof ThisExpr) {
                FieldInfo field = scope.field(name);
                if (field != null) {
                    storeField(field, value, a.getValue(), a, text);
                } else {
                    escapeAll(value, EscapeKind.FIELD, a, "this." + name, EventKind.STORE_FIELD, text);
                }
                return value;
            }
            if (isTypeName(owner)) {
                FieldInfo field = scope.field(name);
                if (field != null && field.isStatic()) {
                    storeField(field, value, a.getValue(), a, text);
                } else {
                    escapeAll(value, EscapeKind.STATIC, a, nameOf(f), EventKind.STORE_STATIC, text);
                }
                return value;
            }
            IntSet owners = eval(owner);
            storeIntoObjects(owners, name, value, isNull, a, text, nameOf(f));
            return value;
        }
        if (target instanceof ArrayAccessExpr arr) {
            IntSet arrays = eval(arr.getName());
            eval(arr.getIndex());
            if (isNull) {
                for (int r : arrays.toArray()) {
                    if (objects.get(r).isAllocation()) {
                        markUncertain(r, null);
                        event(a, EventKind.REMOVE_FROM_CONTAINER, line(a), column(a), endLine(a), text,
                                objects.get(r).site(), -1, "[]", ElementValue.UNKNOWN);
                    }
                }
                return value;
            }
            addToContainers(arrays, arr.getName(), Slot.ELEMENT, "[]", value, a.getValue(), a, text,
                    elementValue(a.getValue(), value, componentOf(typeOf(arr.getName()))));
            return value;
        }
        eval(target);
        return value;
    }

    /** {@code obj.f = value} on objects that are not {@code this}. */
    private void storeIntoObjects(IntSet owners, String field, IntSet value, boolean isNull, Node at, String text,
                                  String rootText) {
        boolean strong = owners.size() == 1 && deferred == 0;
        for (int r : owners.toArray()) {
            AbstractObject o = objects.get(r);
            if (o.kind() == ObjectKind.THIS) {
                escapeAll(value, EscapeKind.FIELD, at, rootText, EventKind.STORE_FIELD, text);
                continue;
            }
            if (!o.isAllocation()) {
                escapeAll(value, o.kind() == ObjectKind.STATIC_FIELD ? EscapeKind.STATIC : EscapeKind.OUTSIDE, at,
                        rootText, EventKind.STORE_FIELD, text);
                continue;
            }
            if (strong && !o.summary()) {
                removeEdges(r, new Slot.Field(field), null);
            } else {
                markUncertain(r, new Slot.Field(field));
            }
            if (isNull) {
                event(at, EventKind.SET_NULL, line(at), column(at), endLine(at), text, o.site(), -1, field,
                        ElementValue.NULL);
                continue;
            }
            for (int v : value.toArray()) {
                int ev = event(at, EventKind.STORE_FIELD, line(at), column(at), endLine(at), text, o.site(),
                        objects.get(v).site(), field, ElementValue.UNKNOWN);
                addEdge(r, v, new Slot.Field(field), field, ev);
            }
        }
    }

    /** A store into a field of this type: the stored objects escape to {@code this} or to a static root. */
    private void storeField(FieldInfo field, IntSet value, Expression valueExpr, Node at, String text) {
        boolean isNull = valueExpr != null && unwrap(valueExpr) instanceof NullLiteralExpr;
        EscapeKind kind = field.isStatic() ? EscapeKind.STATIC : EscapeKind.FIELD;
        EventKind eventKind = field.isStatic() ? EventKind.STORE_STATIC : EventKind.STORE_FIELD;
        int target = fieldObject(field);
        if (isNull) {
            event(at, EventKind.SET_NULL, line(at), column(at), endLine(at), text, -1, target, displayName(field),
                    ElementValue.NULL);
        } else {
            escapeAll(value, kind, at, displayName(field), eventKind, text, target);
        }
        if (deferred == 0) {
            state.vars.put(fieldKey(field), value);
        } else {
            state.vars.merge(fieldKey(field), value, IntSet::union);
        }
    }

    private void escapeAll(IntSet value, EscapeKind kind, Node at, String root, EventKind eventKind, String text) {
        escapeAll(value, kind, at, root, eventKind, text, -1);
    }

    /** @param holder the object that now holds the values (a field's object), or -1 */
    private void escapeAll(IntSet value, EscapeKind kind, Node at, String root, EventKind eventKind, String text,
                           int holder) {
        if (value.isEmpty()) {
            event(at, eventKind, line(at), column(at), endLine(at), text, -1, holder, root, ElementValue.UNKNOWN);
        }
        for (int id : value.toArray()) {
            int ev = event(at, eventKind, line(at), column(at), endLine(at), text, objects.get(id).site(), holder,
                    root, ElementValue.UNKNOWN);
            escape(id, kind, ev, root);
        }
    }

    private void escape(int id, EscapeKind kind, int event, String root) {
        if (mayNotRun > 0) {
            // code that may never run is no evidence of escape; if the lambda itself escapes, what it
            // captures escapes with it
            return;
        }
        AbstractObject o = objects.get(id);
        if (o.kind() != ObjectKind.ALLOCATION && o.kind() != ObjectKind.LAMBDA && !o.capturesThis()) {
            return;
        }
        state.escapes.merge(id, new FlowState.EscapeInfo(kind, event, root, condition), FlowState.EscapeInfo::merge);
    }

    // ------------------------------------------------------------------ allocations

    private IntSet newObject(ObjectCreationExpr o, String expectedType) {
        o.getScope().ifPresent(this::eval);
        String type = o.getType().asString();
        String raw = TypeNames.rawSimpleName(type);
        if (o.getType().getTypeArguments().map(NodeList::isEmpty).orElse(false) && expectedType != null) {
            // diamond: take the type arguments from the declared type
            List<String> args = TypeNames.typeArguments(expectedType);
            if (!args.isEmpty()) {
                type = raw + "<" + String.join(", ", args) + ">";
            }
        }
        List<IntSet> args = new ArrayList<>();
        for (Expression arg : o.getArguments()) {
            args.add(eval(arg));
        }
        String text = source.text(o);
        if (o.getAnonymousClassBody().isPresent()) {
            addNested(o);
            int id = allocate(o, type, Allocation.object(), text);
            captureInto(id, o.getAnonymousClassBody().get(), o);
            passArguments(o.getArguments(), args, o);
            return IntSet.of(id);
        }
        ContainerShape shape = JdkApi.shapeOf(raw);
        if (shape == null) {
            int id = allocate(o, type, Allocation.object(), text);
            if (o.getScope().isEmpty() && (scope.creationCaptures(raw) || capturingLocalClasses.contains(raw))
                    && hasEnclosingInstance()) {
                capturesThis(id, o);
            }
            if (localClasses.containsKey(raw)) {
                captureLocals(id, localClasses.get(raw), o);
            }
            if (raw.endsWith("Reference") && (raw.startsWith("Weak") || raw.startsWith("Soft")
                    || raw.startsWith("Phantom"))) {
                // a weak or soft reference does not keep its referent alive
                passArguments(o.getArguments(), args, o);
                return IntSet.of(id);
            }
            for (int i = 0; i < args.size(); i++) {
                for (int v : args.get(i).toArray()) {
                    int ev = event(o, EventKind.PASS_AS_ARGUMENT, line(o), column(o), endLine(o), text,
                            objects.get(v).site(), objects.get(id).site(), "new " + raw, ElementValue.UNKNOWN);
                    // slot "arg<index>/<arity>": the project model knows which field that constructor keeps it in
                    addEdge(id, v, new Slot.ConstructorArgument(i, args.size()), "constructor argument", ev);
                }
            }
            return IntSet.of(id);
        }
        List<String> typeArgs = TypeNames.typeArguments(type);
        String elementType = shape.isMap() ? (typeArgs.size() == 2 ? typeArgs.get(1) : "")
                : (typeArgs.size() == 1 ? typeArgs.get(0) : "");
        Allocation alloc = Allocation.container(shape, elementType);
        int copySource = -1;
        if (!o.getArguments().isEmpty()) {
            Expression first = o.getArgument(0);
            String firstType = typeOf(first);
            if (isIntegral(firstType)) {
                alloc = alloc.withInitialCapacity(folder.fold(first));
            } else if (args.get(0).size() == 1 && isCollectionLike(args.get(0).single(), first)) {
                copySource = args.get(0).single();
                alloc = alloc.withCopyOf(objects.get(copySource).site());
            } else if (!isComparatorLike(firstType, first)) {
                alloc = alloc.withExactStorage().withCopyOf(-1);
            }
        }
        int id = allocate(o, type, alloc, text);
        if (copySource >= 0) {
            copyElements(copySource, id, o, text);
        }
        return IntSet.of(id);
    }

    private boolean isCollectionLike(int id, Expression e) {
        AbstractObject o = objects.get(id);
        if (o.isAllocation() && o.allocation() != null && o.allocation().isContainer()) {
            return true;
        }
        if (o.isAllocation() && o.rawType().equals("CopiesList")) {
            return true;
        }
        return JdkApi.isContainerType(TypeNames.rawSimpleName(typeOf(e)));
    }

    private static boolean isComparatorLike(String type, Expression e) {
        return e instanceof LambdaExpr || e instanceof MethodReferenceExpr || type.contains("Comparator");
    }

    /** A collection built from another one holds the same elements. */
    private void copyElements(int from, int to, Node at, String text) {
        List<Map.Entry<FlowState.EdgeKey, FlowState.EdgeInfo>> copied = new ArrayList<>();
        for (Map.Entry<FlowState.EdgeKey, FlowState.EdgeInfo> e : state.heap.entrySet()) {
            if (e.getKey().from() == from && e.getKey().slot().kind() == EdgeKind.CONTAINER) {
                copied.add(e);
            }
        }
        for (Map.Entry<FlowState.EdgeKey, FlowState.EdgeInfo> e : copied) {
            int ev = event(at, EventKind.ADD_TO_CONTAINER, line(at), column(at), endLine(at), text,
                    objects.get(to).site(), objects.get(e.getKey().to()).site(), "copy", ElementValue.UNKNOWN);
            addEdge(to, e.getKey().to(), e.getKey().slot(), "copy", ev);
        }
    }

    private IntSet newArray(ArrayCreationExpr a) {
        List<SizeExpr> dims = new ArrayList<>();
        boolean complete = true;
        for (var level : a.getLevels()) {
            if (level.getDimension().isPresent()) {
                eval(level.getDimension().get());
                if (complete) {
                    dims.add(folder.fold(level.getDimension().get()));
                }
            } else {
                complete = false;
            }
        }
        String elementType = a.getElementType().asString();
        if (a.getInitializer().isPresent()) {
            String type = elementType + "[]".repeat(a.getLevels().size());
            return arrayInitializerAt(a.getInitializer().get(), type, a);
        }
        String type = elementType + "[]".repeat(a.getLevels().size());
        String component = elementType + "[]".repeat(Math.max(0, dims.size() - 1))
                + "[]".repeat(a.getLevels().size() - dims.size());
        int id = allocate(a, type, Allocation.array(dims.size() > 1 ? elementType : component, dims), source.text(a));
        return IntSet.of(id);
    }

    private IntSet arrayInitializer(ArrayInitializerExpr init, String type) {
        return arrayInitializerAt(init, type, init);
    }

    private IntSet arrayInitializerAt(ArrayInitializerExpr init, String type, Node site) {
        String component = TypeNames.componentType(type);
        List<IntSet> values = new ArrayList<>();
        for (Expression v : init.getValues()) {
            values.add(v instanceof ArrayInitializerExpr inner ? arrayInitializer(inner, component)
                    : evalExpecting(v, component));
        }
        int id = allocate(site, type, Allocation.array(component, List.of(SizeExpr.of(init.getValues().size()))),
                source.text(site));
        for (int i = 0; i < values.size(); i++) {
            Expression v = init.getValues().get(i);
            for (int o : values.get(i).toArray()) {
                int ev = event(v, EventKind.ADD_TO_CONTAINER, line(v), column(v), endLine(v), source.text(v),
                        objects.get(id).site(), objects.get(o).site(), "[]", ElementValue.object(o, objects.get(o).type()));
                addEdge(id, o, Slot.ELEMENT, "[]", ev);
            }
        }
        return IntSet.of(id);
    }

    /** Creates (or, in a loop, re-creates) the abstract object of an allocation site. */
    private int allocate(Node site, String type, Allocation allocation, String text) {
        Integer known = siteIds.get(site);
        int id;
        if (known == null) {
            id = objects.size();
            objects.add(new AbstractObject(id, ObjectKind.ALLOCATION, id, false, type, "", text, line(site),
                    column(site), allocation, loopStack(), condition, List.of(), false));
            siteIds.put(site, id);
            nameFromDeclaration(site, id);
        } else {
            id = known;
        }
        if (state.live.get(id)) {
            int summary = summaryOf.computeIfAbsent(id, mr -> {
                int sid = objects.size();
                objects.add(objects.get(mr).summaryOf(sid));
                return sid;
            });
            state.rename(id, summary);
            state.live.set(summary);
        }
        state.live.set(id);
        event(site, EventKind.ALLOCATE, line(site), column(site), endLine(site), text, id, -1,
                objects.get(id).name(), ElementValue.UNKNOWN);
        return id;
    }

    /** Names an allocation after the variable or field it initializes, for readable traces. */
    private void nameFromDeclaration(Node site, int id) {
        Node parent = site.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr || parent instanceof CastExpr) {
            parent = parent.getParentNode().orElse(null);
        }
        String name = "";
        if (parent instanceof VariableDeclarator d) {
            name = d.getNameAsString();
        } else if (parent instanceof AssignExpr a) {
            name = a.getTarget().toString();
        }
        if (!name.isEmpty()) {
            objects.set(id, objects.get(id).withName(name));
        }
    }

    private int newObject(ObjectKind kind, String type, String name, String text, Node at, Allocation allocation) {
        return newObject(kind, type, name, text, at, allocation, List.of());
    }

    private int newObject(ObjectKind kind, String type, String name, String text, Node at, Allocation allocation,
                          List<FieldRef> field) {
        int id = objects.size();
        objects.add(new AbstractObject(id, kind, id, false, type == null ? "" : type, name, text,
                at == null ? spec.line() : line(at), at == null ? 0 : column(at), allocation, new int[0],
                PathCondition.TRUE, field, false));
        return id;
    }

    private int namedObject(String key, ObjectKind kind, String type, String text, Node at) {
        return namedObject(key, kind, type, text, at, List.of());
    }

    /** The one object of a method that stands for a field, a parameter or {@code this}. */
    private int namedObject(String key, ObjectKind kind, String type, String text, Node at, List<FieldRef> field) {
        Integer id = namedObjects.get(key);
        if (id == null) {
            id = newObject(kind, type, text, text, at, null, field);
            namedObjects.put(key, id);
        }
        return id;
    }

    private int droppedResult() {
        return namedObject("dropped call result", ObjectKind.CALL_RESULT, "", "dropped call result", null);
    }

    private int thisObject() {
        Integer known = namedObjects.get("this");
        if (known != null) {
            return known;
        }
        int id = namedObject("this", ObjectKind.THIS, scope.simpleName(), "this", null);
        if (scope.thisCapturesOuter()) {
            // an inner class instance that uses its enclosing instance holds it
            objects.set(id, objects.get(id).withCapturesThis());
        }
        return id;
    }

    // ------------------------------------------------------------------ lambdas and captures

    /**
     * A lambda: an object that refers to everything it captures, whose body runs here, inline, as code that
     * may run any number of times and later (so its removals are never trusted to have happened).
     *
     * @param repeat     how often the body runs, when known (a counted stream's {@code forEach})
     * @param paramRange for a lambda over an int range, the range of its first parameter
     */
    private int lambda(LambdaExpr l, SizeExpr repeat, Range paramRange, List<IntSet> results, boolean immediate) {
        return lambda(l, repeat, paramRange, results, immediate, IntSet.EMPTY);
    }

    /** @param firstParameter what the lambda's first parameter refers to ({@code computeIfAbsent}: the key) */
    private int lambda(LambdaExpr l, SizeExpr repeat, Range paramRange, List<IntSet> results, boolean immediate,
                       IntSet firstParameter) {
        int id = allocateLambda(l);
        captureInto(id, List.of(l.getBody()), l);
        int loopId = loopId(l, repeat, paramRange == null || l.getParameters().isEmpty() ? ""
                : l.getParameters().get(0).getNameAsString(), paramRange);
        int branch = branchId(l);
        FlowState before = state;
        PathCondition outer = condition;
        state = before.copy();
        condition = outer.and(branch, 1);
        activeLoops.addLast(loopId);
        deferred++;
        if (!immediate) {
            mayNotRun++;
        }
        boolean outerImmediate = immediateArguments;
        immediateArguments = false;
        locals.push(new LinkedHashMap<>());
        for (Parameter p : l.getParameters()) {
            String type = p.getType().asString();
            if (type.isEmpty() || type.equals("var")) {
                type = paramRange != null ? "int" : "";
            }
            locals.peek().put(p.getNameAsString(), new LocalVar(p.getNameAsString(), type, SizeExpr.UNKNOWN,
                    paramRange != null ? loopId : -1, true));
            state.vars.put(p.getNameAsString(), p == l.getParameters().get(0) ? firstParameter : IntSet.EMPTY);
        }
        List<IntSet> returned = new ArrayList<>();
        lambdaResults.push(returned);
        JumpTarget saved = null;
        if (l.getExpressionBody().isPresent()) {
            returned.add(eval(l.getExpressionBody().get()));
        } else {
            // jumps inside the body do not leave it
            Deque<JumpTarget> outerTargets = new ArrayDeque<>(jumpTargets);
            jumpTargets.clear();
            exec(l.getBody());
            jumpTargets.addAll(outerTargets);
        }
        lambdaResults.pop();
        locals.pop();
        immediateArguments = outerImmediate;
        if (!immediate) {
            mayNotRun--;
        }
        deferred--;
        activeLoops.removeLast();
        condition = outer;
        FlowState after = state;
        after.dead = false;
        state = FlowState.join(before, List.of(before, after));
        if (results != null) {
            results.addAll(returned);
        }
        return id;
    }

    private int allocateLambda(Node node) {
        Integer known = siteIds.get(node);
        if (known != null) {
            return known;
        }
        int id = objects.size();
        objects.add(new AbstractObject(id, ObjectKind.LAMBDA, id, false, "lambda", "", source.text(node),
                line(node), column(node), null, loopStack(), condition, List.of(), false));
        siteIds.put(node, id);
        return id;
    }

    private int methodReference(MethodReferenceExpr m) {
        int id = allocateLambda(m);
        Expression target = m.getScope();
        if (target instanceof ThisExpr || target instanceof SuperExpr) {
            if (hasEnclosingInstance()) {
                capturesThis(id, m);
            }
        } else if (!isTypeName(target) && !(target instanceof com.github.javaparser.ast.expr.TypeExpr)) {
            for (int v : eval(target).toArray()) {
                int ev = event(m, EventKind.CAPTURE, line(m), column(m), endLine(m), source.text(m), id,
                        objects.get(v).site(), nameOf(target), ElementValue.UNKNOWN);
                addEdge(id, v, new Slot.Captured(target.toString()), "captures " + target, ev);
            }
        }
        return id;
    }

    /**
     * Adds capture edges from a lambda or anonymous object to the locals its body uses, and to {@code this}
     * when the body really uses the enclosing instance (capture is about use, not syntax).
     */
    private void captureInto(int id, List<? extends Node> bodies, Node at) {
        Set<String> seen = new HashSet<>();
        for (Node body : bodies) {
            for (NameExpr name : body.findAll(NameExpr.class)) {
                String v = name.getNameAsString();
                if (lookupLocal(v) != null && seen.add(v)) {
                    for (int target : state.get(v).toArray()) {
                        int ev = event(at, EventKind.CAPTURE, line(at), column(at), endLine(at), source.text(at), id,
                                objects.get(target).site(), v, ElementValue.UNKNOWN);
                        addEdge(id, target, new Slot.Captured(v), "captures " + v, ev);
                    }
                }
            }
        }
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
                    if (n instanceof NameExpr name && lookupLocal(name.getNameAsString()) == null
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
        if (usesThis && hasEnclosingInstance()) {
            capturesThis(id, at);
        }
    }

    /** Capture edges to the locals a local class body uses (it copies them when created). */
    private void captureLocals(int id, List<? extends Node> bodies, Node at) {
        Set<String> seen = new HashSet<>();
        for (Node body : bodies) {
            for (NameExpr name : body.findAll(NameExpr.class)) {
                String v = name.getNameAsString();
                if (lookupLocal(v) != null && seen.add(v)) {
                    for (int target : state.get(v).toArray()) {
                        int ev = event(at, EventKind.CAPTURE, line(at), column(at), endLine(at), source.text(at), id,
                                objects.get(target).site(), v, ElementValue.UNKNOWN);
                        addEdge(id, target, new Slot.Captured(v), "captures " + v, ev);
                    }
                }
            }
        }
    }

    private static boolean isLambdaParameter(NameExpr name) {
        for (Node p = name.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
            if (p instanceof LambdaExpr l && l.getParameters().stream()
                    .anyMatch(x -> x.getNameAsString().equals(name.getNameAsString()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code this} here is an object worth retaining: an instance body of a named class, or of an
     * anonymous or inner class that itself holds an enclosing instance. Anything created in a static context
     * captures nothing.
     */
    private boolean hasEnclosingInstance() {
        return !spec.isStatic() && (!scope.name().contains("$") || scope.hasOuterInstance());
    }

    private void capturesThis(int id, Node at) {
        objects.set(id, objects.get(id).withCapturesThis());
        int ev = event(at, EventKind.CAPTURE, line(at), column(at), endLine(at), source.text(at), id, thisObject(),
                "this", ElementValue.UNKNOWN);
        addEdge(id, thisObject(), Slot.Captured.THIS, "captures this", ev);
    }

    // ------------------------------------------------------------------ calls

    /** Calls that run the callbacks they are given before they return. */
    private static final Set<String> IMMEDIATE_CALLBACKS = Set.of(
            "forEach", "forEachOrdered", "forEachRemaining", "computeIfAbsent", "computeIfPresent", "compute", "merge",
            "removeIf", "replaceAll", "ifPresent", "ifPresentOrElse", "sort");

    private IntSet call(MethodCallExpr call) {
        CallFacts facts = new CallFacts();
        callFacts.push(facts);
        IntSet result;
        try {
            result = callInner(call, facts);
        } finally {
            callFacts.pop();
        }
        recordCallSite(call, facts);
        return result;
    }

    /** What evaluating a call learned about its receiver and arguments, for its {@link CallSite}. */
    private static final class CallFacts {
        IntSet receivers = IntSet.EMPTY;
        List<IntSet> arguments = List.of();
    }

    private IntSet callInner(MethodCallExpr call, CallFacts facts) {
        String name = call.getNameAsString();
        Expression scopeExpr = call.getScope().orElse(null);

        IntSet stream = StreamChains.isTerminal(call) ? streamTerminal(call) : null;
        if (stream != null) {
            return stream;
        }
        if (scopeExpr != null && isTypeName(scopeExpr)) {
            IntSet result = staticCall(call, nameOf(scopeExpr), name);
            if (result != null) {
                return result;
            }
        }
        IntSet receivers = scopeExpr == null ? IntSet.EMPTY : eval(scopeExpr);
        facts.receivers = receivers;
        boolean container = scopeExpr != null && isContainer(scopeExpr, receivers);
        if (container && (JdkApi.ADD_METHODS.contains(name))) {
            return containerAdd(call, scopeExpr, receivers);
        }
        List<IntSet> args = new ArrayList<>();
        boolean outerImmediate = immediateArguments;
        immediateArguments = IMMEDIATE_CALLBACKS.contains(name);
        for (Expression arg : call.getArguments()) {
            args.add(eval(arg));
        }
        immediateArguments = outerImmediate;
        facts.arguments = args;
        removeThroughViews(call, receivers);
        textBufferUse(call, scopeExpr, receivers);
        if (container) {
            IntSet result = containerOther(call, receivers, args);
            if (result != null) {
                return result;
            }
        }
        if (!JdkApi.READ_ONLY_CALLS.contains(name)) {
            passArguments(call.getArguments(), args, call);
        }
        return IntSet.of(callResult(call));
    }

    private int callResult(MethodCallExpr call) {
        Integer id = callResultIds.get(call);
        if (id == null && call.getParentNode().orElse(null) instanceof ExpressionStmt) {
            // the value is dropped: no object needed (one shared stand-in keeps the contract of returning one)
            return droppedResult();
        }
        if (id == null) {
            id = newObject(ObjectKind.CALL_RESULT, typeOf(call), "", source.text(call), call, null);
            callResultIds.put(call, id);
        }
        return id;
    }

    private void recordCallSite(MethodCallExpr call, CallFacts facts) {
        Integer known = callSiteIndex.get(call);
        if (known != null) {
            // a loop's second pass may see more objects: keep the union
            CallSite c = calls.get(known);
            List<CallSite.Argument> merged = new ArrayList<>(c.arguments());
            if (facts.arguments.size() == merged.size()) {
                for (int k = 0; k < merged.size(); k++) {
                    CallSite.Argument a = merged.get(k);
                    merged.set(k, new CallSite.Argument(
                            IntSet.of(a.objects()).union(facts.arguments.get(k)).toArray(), a.type()));
                }
            }
            Receiver receiver = c.receiver() instanceof Receiver.OfValue v
                    ? new Receiver.OfValue(v.text(), v.type(), IntSet.of(v.objects()).union(facts.receivers).toArray())
                    : c.receiver();
            calls.set(known, new CallSite(c.name(), receiver, merged, c.line(), c.column(), c.text(), c.guards(),
                    c.resultUsed()));
            return;
        }
        String name = call.getNameAsString();
        Receiver receiver;
        if (call.getScope().isPresent()) {
            Expression s = call.getScope().get();
            // a statically imported field looks like a type name, but it is a value
            receiver = isTypeName(s) && facts.receivers.isEmpty() ? new Receiver.OfType(nameOf(s))
                    : new Receiver.OfValue(nameOf(s), TypeNames.rawSimpleName(typeOf(s)), facts.receivers.toArray());
        } else {
            List<String> staticImports = List.of();
            if (!scope.declaresMethod(name)) {
                String single = scope.names().staticSingleImports().get(name);
                staticImports = single != null ? List.of(single.substring(0, single.lastIndexOf('.')))
                        : scope.names().staticOnDemandImports();
            }
            receiver = new Receiver.Implicit(staticImports);
        }
        List<CallSite.Argument> arguments = new ArrayList<>();
        for (int k = 0; k < call.getArguments().size(); k++) {
            int[] objects = k < facts.arguments.size() ? facts.arguments.get(k).toArray() : new int[0];
            arguments.add(new CallSite.Argument(objects, typeOf(call.getArgument(k))));
        }
        boolean resultUsed = !(call.getParentNode().orElse(null) instanceof ExpressionStmt);
        callSiteIndex.put(call, calls.size());
        calls.add(new CallSite(name, receiver, arguments, line(call), column(call), source.text(call),
                List.copyOf(guards), resultUsed));
    }

    private void passArguments(List<Expression> argExprs, List<IntSet> args, Node at) {
        for (int i = 0; i < args.size(); i++) {
            passArgument(argExprs.get(i), args.get(i), at);
        }
    }

    private void passArgument(Expression arg, IntSet value, Node at) {
        for (int v : value.toArray()) {
            AbstractObject o = objects.get(v);
            if (o.isAllocation() || o.isField()) {
                event(at, EventKind.PASS_AS_ARGUMENT, line(at), column(at), endLine(at), source.text(at), o.site(), -1,
                        source.text(arg), ElementValue.UNKNOWN);
            }
        }
    }

    private String nameOf(Expression e) {
        return Names.text(e, source);
    }

    /** Each nested declaration once, though a loop body is interpreted twice. */
    private void addNested(Node n) {
        for (Node known : nested) {
            if (known == n) {
                return;
            }
        }
        nested.add(n);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    private boolean isContainer(Expression scopeExpr, IntSet receivers) {
        String method = scopeExpr.getParentNode().orElse(null) instanceof MethodCallExpr c ? c.getNameAsString() : "";
        for (int r : receivers.toArray()) {
            AbstractObject o = objects.get(r);
            if (o.isField() && o.type().isEmpty() && (JdkApi.ADD_METHODS.contains(method)
                    || JdkApi.CLEAR_METHODS.contains(method) || JdkApi.REMOVE_SOME_METHODS.contains(method)
                    || JdkApi.REMOVE_ELEMENT_METHODS.contains(method))) {
                // a field of another file: its type is not known here, but these verbs are container verbs
                return true;
            }
            if (o.allocation() != null && o.allocation().isContainer()) {
                return true;
            }
            if (JdkApi.isContainerType(o.rawType())) {
                return true;
            }
        }
        return JdkApi.isContainerType(TypeNames.rawSimpleName(typeOf(scopeExpr)));
    }

    /** An add, put or set on a container: the added objects become reachable from it. */
    private IntSet containerAdd(MethodCallExpr call, Expression scopeExpr, IntSet receivers) {
        String name = call.getNameAsString();
        NodeList<Expression> argExprs = call.getArguments();
        String containerType = typeOf(scopeExpr);
        boolean isMap = JdkApi.isMapType(TypeNames.rawSimpleName(containerType)) || receivers.toArray().length > 0
                && java.util.Arrays.stream(receivers.toArray()).anyMatch(r -> objects.get(r).allocation() != null
                && objects.get(r).allocation().isContainer() && objects.get(r).allocation().shape().isMap());
        List<String> typeArgs = TypeNames.typeArguments(containerType);
        String text = source.text(call);
        IntSet result = IntSet.EMPTY;
        if (isMap && argExprs.size() >= 2 && !name.equals("putAll")) {
            Expression keyExpr = argExprs.get(0);
            Expression valueExpr = argExprs.get(1);
            IntSet key = eval(keyExpr);
            List<IntSet> lambdaOut = new ArrayList<>();
            IntSet value;
            if ((name.equals("computeIfAbsent") || name.equals("compute")) && valueExpr instanceof LambdaExpr l) {
                lambda(l, SizeExpr.UNKNOWN, null, lambdaOut, true, key);
                value = IntSet.EMPTY;
                for (IntSet r : lambdaOut) {
                    value = value.union(r);
                }
                result = value.union(elementsOf(receivers));
            } else {
                value = eval(valueExpr);
                for (int i = 2; i < argExprs.size(); i++) {
                    eval(argExprs.get(i));
                }
            }
            String keyText = constantKey(keyExpr);
            Slot valueSlot = new Slot.MapValue(keyText);
            if (keyText != null && name.equals("put")) {
                // a put over the same constant key replaces the old value
                replaceSlot(receivers, valueSlot);
            }
            String valueType = typeArgs.size() == 2 ? typeArgs.get(1) : "";
            String keyType = typeArgs.size() == 2 ? typeArgs.get(0) : "";
            addToContainers(receivers, scopeExpr, Slot.KEY, name + " key", key, keyExpr, call, text,
                    elementValue(keyExpr, key, keyType).asKey());
            addToContainers(receivers, scopeExpr, valueSlot, name, value, valueExpr, call, text,
                    elementValue(valueExpr, value, valueType));
            recordMapPut(call, receivers, key, value);
            return result.isEmpty() ? IntSet.of(callResult(call)) : result;
        }
        if (argExprs.isEmpty()) {
            return IntSet.of(callResult(call));
        }
        Expression elementExpr = argExprs.get(argExprs.size() - 1);
        for (int i = 0; i < argExprs.size() - 1; i++) {
            eval(argExprs.get(i));
        }
        IntSet value = eval(elementExpr);
        String elementType = typeArgs.size() == 1 ? typeArgs.get(0) : componentOf(containerType);
        if (name.equals("addAll") || name.equals("putAll") || name.equals("addAllAbsent")) {
            IntSet elements = elementsOf(value);
            ElementValue all = value.size() == 1 && objects.get(value.single()).isAllocation()
                    ? ElementValue.allOf(objects.get(value.single()).site())
                    : ElementValue.UNKNOWN;
            addToContainers(receivers, scopeExpr, Slot.ELEMENT, name, elements, elementExpr, call, text, all);
            return IntSet.of(callResult(call));
        }
        addToContainers(receivers, scopeExpr, Slot.ELEMENT, name, value, elementExpr, call, text,
                elementValue(elementExpr, value, elementType));
        return IntSet.of(callResult(call));
    }

    private void addToContainers(IntSet receivers, Expression scopeExpr, Slot slot, String label, IntSet value,
                                 Expression valueExpr, Node at, String text, ElementValue element) {
        for (int r : receivers.toArray()) {
            AbstractObject container = objects.get(r);
            if (container.isAllocation()) {
                if (value.isEmpty()) {
                    event(at, EventKind.ADD_TO_CONTAINER, line(at), column(at), endLine(at), text, container.site(), -1,
                            label, element);
                }
                for (int v : value.toArray()) {
                    int ev = event(at, EventKind.ADD_TO_CONTAINER, line(at), column(at), endLine(at), text,
                            container.site(), objects.get(v).site(), label, element);
                    addEdge(r, v, slot, label, ev);
                }
            } else {
                EscapeKind kind = switch (container.kind()) {
                    case STATIC_FIELD -> EscapeKind.STATIC;
                    case FIELD, THIS -> EscapeKind.FIELD;
                    default -> EscapeKind.OUTSIDE;
                };
                String root = scopeExpr == null ? container.text() : source.text(scopeExpr);
                if (value.isEmpty()) {
                    event(at, EventKind.ADD_TO_CONTAINER, line(at), column(at), endLine(at), text, r, -1, label, element);
                }
                for (int v : value.toArray()) {
                    int ev = event(at, EventKind.ADD_TO_CONTAINER, line(at), column(at), endLine(at), text, r,
                            objects.get(v).site(), label, element);
                    escape(v, kind, ev, root);
                }
            }
        }
    }

    /** Records a put with what its value reaches now; the event is the value's add. */
    private void recordMapPut(MethodCallExpr call, IntSet receivers, IntSet keys, IntSet values) {
        if (recordedPuts == null) {
            recordedPuts = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        }
        if (keys.isEmpty() || values.isEmpty() || !recordedPuts.add(call)) {
            return;
        }
        int event = -1;
        for (int i : eventsByNode.getOrDefault(call, List.of())) {
            if (events.get(i).kind() == EventKind.ADD_TO_CONTAINER && !events.get(i).element().key()) {
                event = i;
                break;
            }
        }
        boolean valueIsKey = false;
        for (int v : values.toArray()) {
            valueIsKey |= keys.contains(v);
        }
        List<HeapEdge> path = valueIsKey ? List.of() : pathBetween(values, keys);
        mapPuts.add(new MapPut(event, receivers.toArray(), keys.toArray(), values.toArray(), path, valueIsKey));
    }

    /** The shortest chain of references from one of {@code from} to one of {@code to} in the current heap. */
    private List<HeapEdge> pathBetween(IntSet from, IntSet to) {
        Map<Integer, Map.Entry<FlowState.EdgeKey, FlowState.EdgeInfo>> parent = new HashMap<>();
        ArrayDeque<Integer> work = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        for (int f : from.toArray()) {
            work.add(f);
            seen.add(f);
        }
        while (!work.isEmpty()) {
            int at = work.poll();
            if (to.contains(at)) {
                List<HeapEdge> path = new ArrayList<>();
                for (Integer n = at; parent.containsKey(n); n = parent.get(n).getKey().from()) {
                    Map.Entry<FlowState.EdgeKey, FlowState.EdgeInfo> e = parent.get(n);
                    FlowState.EdgeInfo i = e.getValue();
                    path.add(0, new HeapEdge(e.getKey().from(), e.getKey().to(), e.getKey().slot(), i.label(), i.event(),
                            i.condition(), i.uncertain()));
                }
                return path;
            }
            for (Map.Entry<FlowState.EdgeKey, FlowState.EdgeInfo> e : state.heap.entrySet()) {
                if (e.getKey().from() == at && !e.getValue().uncertain() && seen.add(e.getKey().to())) {
                    parent.put(e.getKey().to(), e);
                    work.add(e.getKey().to());
                }
            }
        }
        return List.of();
    }

    /** Removals, reads, clears and views on a known container; null when the call is none of those. */
    private IntSet containerOther(MethodCallExpr call, IntSet receivers, List<IntSet> args) {
        String name = call.getNameAsString();
        String text = source.text(call);
        if (JdkApi.CLEAR_METHODS.contains(name)) {
            for (int r : receivers.toArray()) {
                AbstractObject o = objects.get(r);
                if (!o.isAllocation()) {
                    recordRemoval(call, EventKind.CLEAR, r, text, name);
                    continue;
                }
                if (receivers.size() == 1 && deferred == 0 && !o.summary()) {
                    removeEdges(r, null, null);
                } else {
                    markUncertain(r, null);
                }
                event(call, EventKind.CLEAR, line(call), column(call), endLine(call), text, o.site(), -1, name,
                        ElementValue.UNKNOWN);
            }
            return IntSet.of(callResult(call));
        }
        if (JdkApi.REMOVE_ELEMENT_METHODS.contains(name) && args.size() == 1) {
            IntSet victims = args.get(0);
            String keyText = constantKey(call.getArgument(0));
            for (int r : receivers.toArray()) {
                AbstractObject o = objects.get(r);
                if (!o.isAllocation()) {
                    recordRemoval(call, EventKind.REMOVE_FROM_CONTAINER, r, text, name);
                    continue;
                }
                boolean definite = receivers.size() == 1 && deferred == 0 && !o.summary();
                boolean isMap = o.allocation() != null && o.allocation().isContainer() && o.allocation().shape().isMap();
                if (isMap && keyText != null && definite) {
                    removeEdges(r, new Slot.MapValue(keyText), null);
                    markUncertain(r, Slot.KEY);
                } else if (!isMap && victims.size() == 1 && definite) {
                    removeEdges(r, Slot.ELEMENT, victims.single());
                } else {
                    markUncertain(r, null);
                }
                event(call, EventKind.REMOVE_FROM_CONTAINER, line(call), column(call), endLine(call), text, o.site(),
                        victims.size() == 1 ? objects.get(victims.single()).site() : -1, name, ElementValue.UNKNOWN);
            }
            return IntSet.of(callResult(call));
        }
        if (JdkApi.REMOVE_SOME_METHODS.contains(name) || JdkApi.REMOVE_ELEMENT_METHODS.contains(name)) {
            IntSet removed = IntSet.EMPTY;
            for (int r : receivers.toArray()) {
                AbstractObject o = objects.get(r);
                if (!o.isAllocation()) {
                    recordRemoval(call, EventKind.REMOVE_FROM_CONTAINER, r, text, name);
                    continue;
                }
                removed = removed.union(elementsOf(IntSet.of(r)));
                markUncertain(r, null);
                event(call, EventKind.REMOVE_FROM_CONTAINER, line(call), column(call), endLine(call), text, o.site(), -1,
                        name, ElementValue.UNKNOWN);
            }
            return removed.isEmpty() ? IntSet.of(callResult(call)) : removed;
        }
        if (JdkApi.ELEMENT_READ_METHODS.contains(name)) {
            IntSet elements = elementsOf(receivers);
            return elements.isEmpty() ? IntSet.of(callResult(call)) : elements;
        }
        if (JdkApi.VIEW_METHODS.contains(name)) {
            Integer known = callResultIds.get(call);
            int view = known != null ? known
                    : newObject(ObjectKind.CALL_RESULT, JdkApi.viewType(name), "", text, call, null);
            callResultIds.put(call, view);
            for (int r : receivers.toArray()) {
                addEdge(view, r, Slot.VIEW, name, -1);
            }
            return IntSet.of(view);
        }
        return null;
    }

    /** {@code append} grows a StringBuilder or StringBuffer field; {@code setLength} and {@code delete} shrink it. */
    private void textBufferUse(MethodCallExpr call, Expression scopeExpr, IntSet receivers) {
        if (scopeExpr == null || !Set.of("StringBuilder", "StringBuffer").contains(TypeNames.rawSimpleName(typeOf(scopeExpr)))) {
            return;
        }
        String name = call.getNameAsString();
        for (int r : receivers.toArray()) {
            if (!objects.get(r).isField()) {
                continue;
            }
            if (name.equals("append") || name.equals("insert")) {
                event(call, EventKind.ADD_TO_CONTAINER, line(call), column(call), endLine(call), source.text(call), r, -1,
                        name, ElementValue.UNKNOWN);
            } else if (name.equals("setLength") || name.startsWith("delete") || name.equals("trimToSize")) {
                recordRemoval(call, EventKind.REMOVE_FROM_CONTAINER, r, source.text(call), name);
            }
        }
    }

    /** A removal from a container the method did not allocate (a field, a parameter): an event, no heap change. */
    private void recordRemoval(Node at, EventKind kind, int receiver, String text, String method) {
        event(at, kind, line(at), column(at), endLine(at), text, receiver, -1, method, ElementValue.UNKNOWN);
    }

    /**
     * A removal through a view ({@code map.keySet().remove(k)}, {@code it.remove()} on an iterator of a
     * collection) removes from the collection behind it.
     */
    private void removeThroughViews(MethodCallExpr call, IntSet receivers) {
        String name = call.getNameAsString();
        boolean removal = JdkApi.CLEAR_METHODS.contains(name) || JdkApi.REMOVE_SOME_METHODS.contains(name)
                || JdkApi.REMOVE_ELEMENT_METHODS.contains(name);
        if (!removal) {
            return;
        }
        for (int r : receivers.toArray()) {
            for (int underlying : viewTargets(r).toArray()) {
                AbstractObject o = objects.get(underlying);
                if (o.isAllocation()) {
                    markUncertain(underlying, null);
                }
                recordRemoval(call, JdkApi.CLEAR_METHODS.contains(name) ? EventKind.CLEAR
                        : EventKind.REMOVE_FROM_CONTAINER, underlying, source.text(call), name);
            }
        }
    }

    /** What a view is a view of, through views of views ({@code map.entrySet().iterator()}). */
    private IntSet viewTargets(int view) {
        IntSet out = IntSet.EMPTY;
        ArrayDeque<Integer> work = new ArrayDeque<>(List.of(view));
        while (!work.isEmpty()) {
            int at = work.poll();
            for (FlowState.EdgeKey k : state.heap.keySet()) {
                if (k.from() == at && k.slot() instanceof Slot.View && !out.contains(k.to())) {
                    out = out.with(k.to());
                    work.add(k.to());
                }
            }
        }
        return out;
    }

    /** Static calls the model understands: factories, wrappers, {@code Collections.addAll}, {@code System.arraycopy}. */
    private IntSet staticCall(MethodCallExpr call, String typeText, String name) {
        String type = TypeNames.rawSimpleName(typeText);
        NodeList<Expression> argExprs = call.getArguments();
        String text = source.text(call);
        String expected = expectedTypeOf(call);
        List<String> expectedArgs = TypeNames.typeArguments(expected);
        if ((type.equals("List") || type.equals("Set")) && name.equals("of")
                || type.equals("Arrays") && name.equals("asList")) {
            ContainerShape shape = type.equals("Set") ? ContainerShape.IMMUTABLE_SET
                    : type.equals("Arrays") ? ContainerShape.COPY_ON_WRITE_LIST : ContainerShape.IMMUTABLE_LIST;
            if (type.equals("Arrays") && argExprs.size() == 1 && TypeNames.isArray(typeOf(argExprs.get(0)))) {
                IntSet array = eval(argExprs.get(0));
                int view = callResult(call);
                for (int r : array.toArray()) {
                    addEdge(view, r, Slot.VIEW, "asList", -1);
                }
                return IntSet.of(view);
            }
            String elementType = expectedArgs.size() == 1 ? expectedArgs.get(0) : "";
            int id = allocate(call, type + "<" + elementType + ">",
                    Allocation.container(shape, elementType).withExactStorage(), text);
            for (Expression arg : argExprs) {
                IntSet v = eval(arg);
                addToContainers(IntSet.of(id), null, Slot.ELEMENT, "of", v, arg, call, text, elementValue(arg, v, elementType));
            }
            return IntSet.of(id);
        }
        if (type.equals("Map") && name.equals("of")) {
            int id = allocate(call, expected.isEmpty() ? "Map" : expected,
                    Allocation.container(ContainerShape.IMMUTABLE_MAP, expectedArgs.size() == 2 ? expectedArgs.get(1) : ""),
                    text);
            for (int i = 0; i < argExprs.size(); i++) {
                IntSet v = eval(argExprs.get(i));
                ElementValue ev = elementValue(argExprs.get(i), v, "");
                addToContainers(IntSet.of(id), null, i % 2 == 0 ? Slot.KEY : new Slot.MapValue("#" + i), "of", v, argExprs.get(i), call, text,
                        i % 2 == 0 ? ev.asKey() : ev);
            }
            return IntSet.of(id);
        }
        if (type.equals("Collections") && name.equals("nCopies") && argExprs.size() == 2) {
            IntSet element = eval(argExprs.get(1));
            int id = allocate(call, "CopiesList", Allocation.object(), text);
            SizeExpr count = folder.fold(argExprs.get(0));
            int loopId = loopId(argExprs.get(0), count, "", null);
            activeLoops.addLast(loopId);
            ElementValue ev = elementValue(argExprs.get(1), element, "");
            // all copies are the same object: it is held once
            ElementValue shared = ev.kind() == ElementValue.Kind.OBJECT || ev.kind() == ElementValue.Kind.SHARED
                    || ev.kind() == ElementValue.Kind.NULL ? ElementValue.SHARED : ev;
            addToContainers(IntSet.of(id), null, Slot.ELEMENT, "nCopies", element, argExprs.get(1), call, text, shared);
            activeLoops.removeLast();
            return IntSet.of(id);
        }
        if (type.equals("Collections") && JdkApi.WRAPPER_FACTORIES.contains(name) && !argExprs.isEmpty()) {
            IntSet wrapped = eval(argExprs.get(0));
            for (int i = 1; i < argExprs.size(); i++) {
                eval(argExprs.get(i));
            }
            int view = callResult(call);
            for (int r : wrapped.toArray()) {
                addEdge(view, r, Slot.VIEW, name, -1);
            }
            return IntSet.of(view);
        }
        if (type.equals("Collections") && name.equals("addAll") && argExprs.size() >= 2) {
            IntSet receivers = eval(argExprs.get(0));
            for (int i = 1; i < argExprs.size(); i++) {
                IntSet v = eval(argExprs.get(i));
                addToContainers(receivers, argExprs.get(0), Slot.ELEMENT, "Collections.addAll", v, argExprs.get(i), call, text,
                        elementValue(argExprs.get(i), v, ""));
            }
            return IntSet.EMPTY;
        }
        if (type.equals("System") && name.equals("arraycopy") && argExprs.size() == 5) {
            IntSet from = eval(argExprs.get(0));
            eval(argExprs.get(1));
            IntSet to = eval(argExprs.get(2));
            eval(argExprs.get(3));
            eval(argExprs.get(4));
            addToContainers(to, argExprs.get(2), Slot.ELEMENT, "arraycopy", elementsOf(from), argExprs.get(0), call, text,
                    ElementValue.UNKNOWN);
            return IntSet.EMPTY;
        }
        if (type.equals("Arrays") && name.equals("copyOf") && argExprs.size() == 2) {
            IntSet from = eval(argExprs.get(0));
            eval(argExprs.get(1));
            String arrayType = typeOf(argExprs.get(0));
            int id = allocate(call, arrayType, Allocation.array(TypeNames.isArray(arrayType)
                    ? TypeNames.componentType(arrayType) : "Object", List.of(folder.fold(argExprs.get(1)))), text);
            IntSet elements = elementsOf(from);
            addToContainers(IntSet.of(id), null, Slot.ELEMENT, "copyOf", elements, argExprs.get(0), call, text,
                    ElementValue.UNKNOWN);
            return IntSet.of(id);
        }
        ContainerShape guava = JdkApi.guavaFactoryShape(type, name);
        if (guava != null) {
            String elementType = guava.isMap() ? (expectedArgs.size() == 2 ? expectedArgs.get(1) : "")
                    : (expectedArgs.size() == 1 ? expectedArgs.get(0) : "");
            Allocation alloc = Allocation.container(guava, elementType);
            List<IntSet> args = new ArrayList<>();
            for (Expression arg : argExprs) {
                args.add(eval(arg));
            }
            if (argExprs.size() == 1 && isIntegral(typeOf(argExprs.get(0)))) {
                alloc = alloc.withInitialCapacity(folder.fold(argExprs.get(0)));
            } else if (!argExprs.isEmpty()) {
                alloc = alloc.withExactStorage();
            }
            int id = allocate(call, expected.isEmpty() ? type : expected, alloc, text);
            if (argExprs.size() == 1 && args.get(0).size() == 1 && isCollectionLike(args.get(0).single(), argExprs.get(0))) {
                copyElements(args.get(0).single(), id, call, text);
            }
            return IntSet.of(id);
        }
        return null;
    }

    // ------------------------------------------------------------------ streams

    /** A terminal operation of a stream whose source and size the model can follow. */
    private IntSet streamTerminal(MethodCallExpr terminal) {
        StreamChains.Chain chain = StreamChains.analyse(terminal, folder);
        if (chain == null) {
            return null;
        }
        // evaluate the source's and intermediate operations' arguments for their side effects
        for (Expression e : chain.sideExpressions()) {
            eval(e);
        }
        String text = source.text(terminal);
        String name = terminal.getNameAsString();
        String expected = expectedTypeOf(terminal);
        if (name.equals("forEach") || name.equals("forEachOrdered")) {
            if (terminal.getArguments().size() == 1 && terminal.getArgument(0) instanceof LambdaExpr l) {
                lambda(l, chain.count(), chain.boxed() || chain.mapper() != null || chain.range() == null ? null
                        : new Range(chain.range().low(), chain.range().high(), -1), null, true);
                return IntSet.EMPTY;
            }
            return null;
        }
        Allocation alloc = chain.target();
        if (alloc == null) {
            return null;
        }
        List<String> expectedArgs = TypeNames.typeArguments(expected);
        String elementType = chain.primitiveElement() != null ? chain.primitiveElement()
                : expectedArgs.size() == 1 ? expectedArgs.get(0) : chain.elementType();
        if (alloc.isArray()) {
            alloc = Allocation.array(elementType.isEmpty() ? "Object" : elementType, List.of(chain.count()));
        } else {
            alloc = new Allocation(alloc.shape(), elementType, List.of(), alloc.initialCapacity(),
                    alloc.hasInitialCapacity(), alloc.exactStorage(), -1);
        }
        int id = allocate(terminal, expected.isEmpty() ? alloc.shape().name() : expected, alloc, text);
        // the collector adds one element per stream element: a loop the size of the stream
        int loopId = loopId(terminal, chain.count(), chain.range() == null ? "" : "#stream", chain.range() == null
                ? null : new Range(chain.range().low(), chain.range().high(), -1));
        activeLoops.addLast(loopId);
        ElementValue element;
        IntSet value = IntSet.EMPTY;
        if (chain.mapper() instanceof LambdaExpr l) {
            List<IntSet> results = new ArrayList<>();
            Range range = chain.range() == null ? null : new Range(chain.range().low(), chain.range().high(), loopId);
            lambda(l, chain.count(), range, results, true);
            for (IntSet r : results) {
                value = value.union(r);
            }
            Expression body = l.getExpressionBody().orElse(null);
            element = body == null ? ElementValue.UNKNOWN : elementValueInLoop(body, value, elementType, l, loopId);
        } else if (chain.primitiveElement() != null) {
            element = ElementValue.UNKNOWN;
        } else if (chain.boxed()) {
            element = ElementValue.boxed(JvmLayout.boxedName(chain.sourceElement()), chain.range() == null ? -1 : loopId);
        } else {
            element = ElementValue.UNKNOWN;
        }
        if (!alloc.isArray() || chain.primitiveElement() == null) {
            if (value.isEmpty()) {
                event(terminal, EventKind.ADD_TO_CONTAINER, line(terminal), column(terminal), endLine(terminal), text,
                        id, -1, "collect", element);
            }
            for (int v : value.toArray()) {
                int ev = event(terminal, EventKind.ADD_TO_CONTAINER, line(terminal), column(terminal), endLine(terminal),
                        text, id, objects.get(v).site(), "collect", element);
                addEdge(id, v, Slot.ELEMENT, "collect", ev);
            }
        }
        activeLoops.removeLast();
        return IntSet.of(id);
    }

    private ElementValue elementValueInLoop(Expression body, IntSet value, String elementType, LambdaExpr l, int loopId) {
        if (!l.getParameters().isEmpty() && body instanceof NameExpr n
                && n.getNameAsString().equals(l.getParameters().get(0).getNameAsString())) {
            return ElementValue.boxed(elementType.isEmpty() ? "Integer" : JvmLayout.boxedName(elementType), loopId);
        }
        locals.push(new LinkedHashMap<>());
        if (!l.getParameters().isEmpty()) {
            locals.peek().put(l.getParameters().get(0).getNameAsString(),
                    new LocalVar(l.getParameters().get(0).getNameAsString(), "int", SizeExpr.UNKNOWN, loopId, true));
        }
        ElementValue v = elementValue(body, value, elementType);
        locals.pop();
        return v;
    }

    // ------------------------------------------------------------------ heap edges

    private void addEdge(int from, int to, Slot slot, String label, int event) {
        FlowState.EdgeKey key = new FlowState.EdgeKey(from, to, slot);
        FlowState.EdgeInfo existing = state.heap.get(key);
        boolean uncertain = mayNotRun > 0;
        FlowState.EdgeInfo added = new FlowState.EdgeInfo(label, event, condition, uncertain);
        if (existing == null || existing.uncertain()) {
            state.heap.put(key, existing == null ? added
                    : new FlowState.EdgeInfo(label, existing.event(), condition, uncertain));
        } else if (!uncertain) {
            state.heap.put(key, new FlowState.EdgeInfo(existing.label(), existing.event(),
                    existing.condition().common(condition), false));
        }
    }

    private void removeEdges(int from, Slot slot, Integer to) {
        state.heap.keySet().removeIf(k -> k.from() == from && (slot == null || k.slot().equals(slot))
                && (to == null || k.to() == to) && k.slot().kind() != EdgeKind.VIEW);
    }

    private void replaceSlot(IntSet receivers, Slot slot) {
        for (int r : receivers.toArray()) {
            if (receivers.size() == 1 && deferred == 0 && !objects.get(r).summary()) {
                removeEdges(r, slot, null);
            } else {
                markUncertain(r, slot);
            }
        }
    }

    private void markUncertain(int from, Slot slot) {
        for (Map.Entry<FlowState.EdgeKey, FlowState.EdgeInfo> e : state.heap.entrySet()) {
            if (e.getKey().from() == from && (slot == null || e.getKey().slot().equals(slot))
                    && e.getKey().slot().kind() != EdgeKind.VIEW) {
                FlowState.EdgeInfo i = e.getValue();
                e.setValue(new FlowState.EdgeInfo(i.label(), i.event(), i.condition(), true));
            }
        }
    }

    /** The objects the given containers may hold (through container edges). */
    private IntSet elementsOf(IntSet containers) {
        IntSet out = IntSet.EMPTY;
        if (containers.isEmpty()) {
            return out;
        }
        for (Map.Entry<FlowState.EdgeKey, FlowState.EdgeInfo> e : state.heap.entrySet()) {
            if (containers.contains(e.getKey().from())) {
                EdgeKind kind = e.getKey().slot().kind();
                if (kind == EdgeKind.CONTAINER && !(e.getKey().slot() instanceof Slot.MapKey)) {
                    out = out.with(e.getKey().to());
                } else if (kind == EdgeKind.VIEW) {
                    out = out.union(elementsOf(IntSet.of(e.getKey().to())));
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ element values, types

    /** What an added value costs per add, for the size model. */
    private ElementValue elementValue(Expression e, IntSet objs, String containerElementType) {
        Expression u = unwrap(e);
        for (int id : objs.toArray()) {
            AbstractObject o = objects.get(id);
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
        String type = typeOf(u);
        if (JvmLayout.isPrimitive(type) || JvmLayout.isBoxType(type)) {
            String box = JvmLayout.isBoxType(type) ? type : JvmLayout.boxedName(type);
            if (JvmLayout.isBoxType(TypeNames.rawSimpleName(containerElementType))) {
                box = TypeNames.rawSimpleName(containerElementType);
            }
            if (u instanceof NameExpr n) {
                LocalVar v = lookupLocal(n.getNameAsString());
                if (v != null && v.loop() >= 0) {
                    return ElementValue.boxed(box, v.loop());
                }
                if (v != null && constantValue(v).isKnownConstant()) {
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
    private SizeExpr stringLength(Expression e) {
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
            LocalVar v = lookupLocal(n.getNameAsString());
            if (v != null && v.loop() >= 0 && isIntegral(v.type())) {
                Loop loop = loops.get(v.loop());
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

    private static boolean isIntegral(String type) {
        return switch (type) {
            case "int", "long", "short", "byte", "char", "Integer", "Long", "Short" -> true;
            default -> false;
        };
    }

    private static String componentOf(String type) {
        return TypeNames.isArray(type) ? TypeNames.componentType(type) : "";
    }

    private static String elementTypeOf(String containerType) {
        if (TypeNames.isArray(containerType)) {
            return TypeNames.componentType(containerType);
        }
        List<String> args = TypeNames.typeArguments(containerType);
        return args.size() == 1 ? args.get(0) : "";
    }

    /** The declared type an expression is assigned to, for diamonds and factories without type arguments. */
    private String expectedTypeOf(Expression e) {
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

    private String returnType(Node n) {
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
            if (isTypeName(f.getScope())) {
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
            if (c.getScope().isPresent() && isTypeName(c.getScope().get())) {
                return JdkApi.staticCallType(nameOf(c.getScope().get()), c.getNameAsString());
            }
            return switch (c.getNameAsString()) {
                case "toString", "name", "substring", "trim", "strip", "toUpperCase", "toLowerCase" -> "String";
                case "size", "length", "hashCode", "indexOf", "ordinal", "intValue" -> "int";
                case "longValue" -> "long";
                case "getRuntime" -> c.getScope().map(s -> nameOf(s).endsWith("Runtime")).orElse(false) ? "Runtime" : "";
                case "getMemoryMXBean" -> "MemoryMXBean";
                default -> "";
            };
        }
        if (e instanceof ThisExpr) {
            return scope.simpleName();
        }
        return "";
    }

    private static String promote(String a, String b) {
        String[] order = {"double", "float", "long", "int"};
        for (String t : order) {
            if (JvmLayout.unboxedName(a).equals(t) || JvmLayout.unboxedName(b).equals(t)) {
                return t;
            }
        }
        boolean numeric = JvmLayout.isPrimitive(JvmLayout.unboxedName(a)) || JvmLayout.isPrimitive(JvmLayout.unboxedName(b));
        return numeric ? "int" : "";
    }

    /** The constant text of a map key, when the key is a literal or a constant name. */
    private String constantKey(Expression key) {
        Expression k = unwrap(key);
        if (k instanceof StringLiteralExpr || k instanceof IntegerLiteralExpr || k instanceof CharLiteralExpr
                || k instanceof LongLiteralExpr || k instanceof BooleanLiteralExpr) {
            return source.text(k);
        }
        if (k instanceof NameExpr n) {
            LocalVar v = lookupLocal(n.getNameAsString());
            if (v != null) {
                SizeExpr c = constantValue(v);
                return c.isKnownConstant() ? c.toString() : null;
            }
            FieldInfo f = scope.field(n.getNameAsString());
            return f != null && f.isStatic() && f.isFinal() ? f.owner() + "." + f.name() : null;
        }
        if (k instanceof FieldAccessExpr f && isTypeName(f.getScope())
                && Character.isUpperCase(f.getNameAsString().charAt(0))) {
            return nameOf(f);
        }
        return null;
    }

    // ------------------------------------------------------------------ counted loops

    private record CountedLoop(String indexVar, SizeExpr tripCount, SizeExpr low, SizeExpr high) {
        Range range() {
            return new Range(low, high, -1);
        }
    }

    /** {@code for (int i = A; i < B; i += S)} and its variants, when the body neither changes {@code i} nor leaves early. */
    private CountedLoop countedLoop(ForStmt f) {
        if (f.getInitialization().size() != 1 || f.getCompare().isEmpty() || f.getUpdate().size() != 1) {
            return null;
        }
        String var;
        Expression start;
        Expression init = f.getInitialization().get(0);
        if (init instanceof VariableDeclarationExpr v && v.getVariables().size() == 1
                && v.getVariables().get(0).getInitializer().isPresent()) {
            var = v.getVariables().get(0).getNameAsString();
            start = v.getVariables().get(0).getInitializer().get();
        } else if (init instanceof AssignExpr a && a.getTarget() instanceof NameExpr n
                && a.getOperator() == AssignExpr.Operator.ASSIGN) {
            var = n.getNameAsString();
            start = a.getValue();
        } else {
            return null;
        }
        long step = LoopShapes.stepOf(f.getUpdate().get(0), var);
        if (step == 0) {
            return null;
        }
        if (!(f.getCompare().get() instanceof BinaryExpr cmp)) {
            return null;
        }
        BinaryExpr.Operator op = cmp.getOperator();
        Expression bound;
        if (cmp.getLeft() instanceof NameExpr l && l.getNameAsString().equals(var)) {
            bound = cmp.getRight();
        } else if (cmp.getRight() instanceof NameExpr r && r.getNameAsString().equals(var)) {
            bound = cmp.getLeft();
            op = switch (op) {
                case LESS -> BinaryExpr.Operator.GREATER;
                case GREATER -> BinaryExpr.Operator.LESS;
                case LESS_EQUALS -> BinaryExpr.Operator.GREATER_EQUALS;
                case GREATER_EQUALS -> BinaryExpr.Operator.LESS_EQUALS;
                default -> op;
            };
        } else {
            return null;
        }
        SizeExpr a = folder.fold(start);
        SizeExpr b = boundOf(bound);
        if (a instanceof SizeExpr.Unknown || b instanceof SizeExpr.Unknown) {
            return null;
        }
        // only now is the body worth a look: nothing in it may move the index or cut an iteration short
        Set<String> assignedInBody = new HashSet<>();
        LoopShapes.collectAssignedNames(f.getBody(), assignedInBody);
        if (assignedInBody.contains(var) || LoopShapes.hasEarlyExit(f.getBody(), f)) {
            return null;
        }
        SizeExpr s = SizeExpr.of(Math.abs(step));
        SizeExpr span;
        SizeExpr low;
        SizeExpr high;
        if (step > 0 && (op == BinaryExpr.Operator.LESS || op == BinaryExpr.Operator.LESS_EQUALS)) {
            SizeExpr end = op == BinaryExpr.Operator.LESS ? b : SizeExpr.binary("+", b, SizeExpr.of(1));
            span = SizeExpr.binary("-", end, a);
            low = a;
            high = end;
        } else if (step < 0 && (op == BinaryExpr.Operator.GREATER || op == BinaryExpr.Operator.GREATER_EQUALS)) {
            SizeExpr end = op == BinaryExpr.Operator.GREATER ? SizeExpr.binary("+", b, SizeExpr.of(1)) : b;
            span = SizeExpr.binary("-", SizeExpr.binary("+", a, SizeExpr.of(1)), end);
            low = end;
            high = SizeExpr.binary("+", a, SizeExpr.of(1));
        } else {
            return null;
        }
        SizeExpr trips = SizeExpr.binary("max", SizeExpr.of(0),
                SizeExpr.binary("/", SizeExpr.binary("+", span, SizeExpr.binary("-", s, SizeExpr.of(1))), s));
        return new CountedLoop(var, trips, low, high);
    }

    private SizeExpr boundOf(Expression bound) {
        if (bound instanceof FieldAccessExpr f && f.getNameAsString().equals("length")) {
            IntSet arrays = state.get(nameOf(f.getScope()));
            if (f.getScope() instanceof NameExpr && arrays.size() == 1) {
                AbstractObject o = objects.get(arrays.single());
                if (o.isAllocation() && o.allocation().isArray() && !o.allocation().dimensions().isEmpty()) {
                    return o.allocation().dimensions().get(0);
                }
            }
            return SizeExpr.UNKNOWN;
        }
        return folder.fold(bound);
    }

    // ------------------------------------------------------------------ bookkeeping

    private void declare(String name, String type, SizeExpr constant, int loop) {
        locals.peek().put(name, new LocalVar(name, type, constant, loop, true));
    }

    private LocalVar lookupLocal(String name) {
        for (Map<String, LocalVar> s : locals) {
            LocalVar v = s.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private SizeExpr localConstant(String name) {
        LocalVar v = lookupLocal(name);
        if (v == null) {
            return null;
        }
        return constantValue(v);
    }

    /** A local's constant value: its initializer's, when nothing in the body assigns it again. */
    private SizeExpr constantValue(LocalVar v) {
        if (v.constant() == null || v.constant() instanceof SizeExpr.Unknown || v.loop() >= 0
                || assignedNames().contains(v.name())) {
            return SizeExpr.UNKNOWN;
        }
        return v.constant();
    }

    private int loopId(Node node, SizeExpr tripCount, String indexVar, Range range) {
        Integer known = loopIds.get(node);
        if (known != null) {
            return known;
        }
        int id = loops.size();
        String header = source.text(node);
        int brace = header.indexOf('{');
        if (brace > 0) {
            header = header.substring(0, brace).strip();
        }
        loops.add(new Loop(id, tripCount, indexVar == null ? "" : indexVar,
                range == null ? SizeExpr.UNKNOWN : range.low(), range == null ? SizeExpr.UNKNOWN : range.high(),
                line(node), endLine(node), SourceText.shorten(header),
                node instanceof Statement || node instanceof LambdaExpr ? branchId(node) : -1));
        loopIds.put(node, id);
        return id;
    }

    private int branchId(Node node) {
        return branchIds.computeIfAbsent(node, n -> nextBranch++);
    }

    private int[] loopStack() {
        return activeLoops.stream().mapToInt(Integer::intValue).toArray();
    }

    private int event(Node node, EventKind kind, int line, int column, int endLine, String text, int subject,
                      int target, String detail, ElementValue element) {
        List<Integer> known = node == null ? null : eventsByNode.get(node);
        if (known != null) {
            for (int i : known) {
                FlowEvent e = events.get(i);
                if (e.kind() == kind && e.subject() == subject && e.target() == target && e.detail().equals(detail)) {
                    return i;
                }
            }
        } else if (node == null) {
            for (FlowEvent e : events) {
                if (e.kind() == kind && e.subject() == subject && e.line() == line && e.detail().equals(detail)) {
                    return e.index();
                }
            }
        }
        int index = events.size();
        events.add(new FlowEvent(index, kind, line, column, endLine, text, subject, target, detail, loopStack(), element,
                condition));
        if (node != null) {
            eventsByNode.computeIfAbsent(node, n -> new ArrayList<>()).add(index);
        }
        return index;
    }

    private static int line(Node n) {
        return Positions.line(n);
    }

    private static int column(Node n) {
        return Positions.column(n);
    }

    private static int endLine(Node n) {
        return Positions.endLine(n);
    }
}
