package dev.refflow.rules.checks;

import dev.refflow.model.AbstractObject;
import dev.refflow.model.CallGraph;
import dev.refflow.model.CallSite;
import dev.refflow.model.ObjectKind;
import dev.refflow.model.Effect;
import dev.refflow.model.MethodFlow;
import dev.refflow.model.MethodSummary;
import dev.refflow.model.Trait;
import dev.refflow.model.FieldInfo;
import dev.refflow.model.FileFacts;
import dev.refflow.model.Guard;
import dev.refflow.model.TypeNames;
import dev.refflow.model.FieldIndex;
import dev.refflow.model.FieldIndex.Use;
import dev.refflow.model.FlowEvent;
import dev.refflow.model.EventKind;
import dev.refflow.model.Instantiations;
import dev.refflow.model.ProjectModel;
import dev.refflow.rules.FindingGraph;
import dev.refflow.rules.Level;
import dev.refflow.rules.Rule;
import dev.refflow.rules.RuleContext;
import dev.refflow.rules.RuleInfo;
import dev.refflow.rules.TraceStep;
import dev.refflow.rules.Traces;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-call data set into a ThreadLocal and never removed. On a pooled thread the value outlives the call that
 * set it: the thread's ThreadLocalMap keeps it (and all it references) reachable, and the next task on that
 * thread sees it. Per-thread caches are not findings: the JDK tool types people cache per thread, constants, and
 * initial values and lazy sets after a null get() built without the call's inputs ({@link
 * dev.refflow.model.CallInputs}); a lazy set or a {@code withInitial} supplier built from the calling method's
 * parameters is per-call data. Any remove() of the field counts, anywhere it can be called from. A value that
 * is dropped again in a {@code finally} block (set to null, or the previous value restored), directly or through a
 * project method that sets it, is scoped to the call: not a finding. A reset that is not exception-safe (set(null)
 * outside a finally) is a note: the value leaks only when the call throws.
 * <p>
 * Also (Error Prone's ThreadLocalUsage) a non-static ThreadLocal field that each instance fills with a ThreadLocal of
 * its own, in a class the project makes per call ({@link dev.refflow.model.Instantiations}): every instance leaves an
 * entry in every thread that used it, per-thread cache or not; see {@code perInstance} for the evidence it takes.
 * One finding per field: when both hold, the message gives both reasons.
 */
@RuleInfo(summary = "Per-call data is set into a ThreadLocal that is never removed, or a class made per call gives "
        + "each instance a ThreadLocal of its own: on pooled threads the values outlive the call.",
        level = Level.WARNING)
public final class ThreadLocalNotRemoved implements Rule {
    @Override
    public void check(RuleContext context) {
        ProjectModel project = context.project();
        FieldIndex index = project.fields();
        for (FieldIndex.Declared d : index.declaredFields()) {
            FieldInfo f = d.field();
            if (!isThreadLocal(f, d.file(), project)) {
                continue;
            }
            List<Use> uses = index.uses(f.ref());
            boolean removed = uses.stream().anyMatch(u -> does(project, u, Effect.ClearsForThread.class)
                    || clearedByHelper(project, u));
            if (removed) {
                continue;
            }
            List<Use> perCallSets = new ArrayList<>();
            for (Use u : uses) {
                if (does(project, u, Effect.KeepsForThread.class) && u.call().argumentCount() == 1
                        && isPerCallData(project, u, f) && !isLazyInitialization(project, u, uses, f)
                        && !droppedInFinally(project, u, uses, f)) {
                    perCallSets.add(u);
                } else if (initialValuesFromCallInputs(project, u, f)) {
                    perCallSets.add(u);
                }
            }
            PerInstance perInstance = perInstance(project, d, uses);
            if (!perCallSets.isEmpty() || perInstance != null) {
                boolean resetWithNull = uses.stream().anyMatch(u -> does(project, u, Effect.KeepsForThread.class)
                        && u.call().text().endsWith("(null)"));
                report(context, d, perCallSets, resetWithNull, perInstance);
            }
        }
    }

    /**
     * Why every instance of the field's class leaves entries in the threads' maps: the field is an instance field
     * that each instance fills with a ThreadLocal of its own, the ThreadLocal is used ({@code get}, {@code set}),
     * the class does not live as long as the application, and the project makes instances per call ({@code shown})
     * or a container scope narrower than the application's makes them (not shown: a note).
     */
    private record PerInstance(String how, boolean shown, Instantiations.PerCall site) {
    }

    /**
     * A non-static ThreadLocal field of a class instantiated many times (Error Prone's ThreadLocalUsage): each
     * instance makes a new ThreadLocal, and each thread that uses it keeps an entry for it in its ThreadLocalMap
     * until the instance is collected and the thread's map happens to expunge the stale entry (or the thread ends).
     * Evidence of many instances is a {@code new} that runs per call ({@link Instantiations}): a warning; a container
     * scope narrower than the application's (request, session, prototype) says the container makes many where the
     * code does not show it: a note. An instance field of an enum, a singleton or a singleton-scoped component is
     * made once; a class the project never instantiates, or only once (static initialization, {@code main}, a
     * one-time guard), gives no evidence either way and is not reported: such classes are mostly made once by a
     * framework (servlets, filters, beans wired in configuration), and a note on each would be Error Prone's
     * syntactic warning without its evidence. A field given a ThreadLocal from outside (a constructor parameter)
     * shares it, and one never read or set makes no entries.
     */
    private static PerInstance perInstance(ProjectModel project, FieldIndex.Declared d, List<Use> uses) {
        FieldInfo f = d.field();
        if (f.isStatic() || project.longLivedRoot(f.owner()) != null) {
            return null;
        }
        boolean ownThreadLocal = uses.stream().anyMatch(u -> u.kind() == FieldIndex.UseKind.REPLACE
                && freshThreadLocal(project, u) >= 0);
        boolean used = uses.stream().anyMatch(u -> does(project, u, Effect.KeepsForThread.class)
                || does(project, u, Effect.ReturnsElement.class));
        if (!ownThreadLocal || !used) {
            return null;
        }
        Instantiations.PerCall many = project.instantiations().perCall(f.owner());
        if (many != null) {
            return new PerInstance(many.how(), true, many);
        }
        String scope = project.narrowScope(f.owner());
        return scope == null ? null : new PerInstance("a bean scoped " + scope, false, null);
    }

    /**
     * The object a store into the field puts there when it is a ThreadLocal made on the spot ({@code new
     * ThreadLocal<>()}, an anonymous subclass, {@code ThreadLocal.withInitial(...)}), or -1.
     */
    private static int freshThreadLocal(ProjectModel project, Use store) {
        FlowEvent e = store.event();
        if (e == null || (e.kind() != EventKind.STORE_FIELD && e.kind() != EventKind.STORE_STATIC) || e.subject() < 0) {
            return -1;
        }
        MethodFlow m = store.method();
        AbstractObject value = m.object(e.subject());
        if (value.isAllocation()) {
            return value.id();
        }
        if (value.kind() == ObjectKind.CALL_RESULT) {
            for (CallSite c : m.calls()) {
                if (c.result() == value.site() && project.libraryCall(store.file(), m, c)
                        .map(row -> row.has(Effect.Fresh.class)).orElse(false)) {
                    return value.id();
                }
            }
        }
        return -1;
    }

    /**
     * A store of a ThreadLocal whose initial values are built from the inputs of the call that makes it ({@code
     * CONTEXT = ThreadLocal.withInitial(() -> new Context(request))}, an anonymous subclass whose
     * {@code initialValue()} uses a parameter): each thread that reads it keeps that call's data, like a set. An
     * initial value built without them (no arguments, constants, what the instance holds) is a per-thread cache.
     */
    private static boolean initialValuesFromCallInputs(ProjectModel project, Use u, FieldInfo field) {
        if (u.kind() != FieldIndex.UseKind.REPLACE) {
            return false;
        }
        int value = freshThreadLocal(project, u);
        if (value < 0 || !project.callInputs().builtFromInputs(u.method(), value)) {
            return false;
        }
        List<String> args = TypeNames.typeArguments(field.type());
        return args.size() == 1 && isPerCallType(project, u.file(), TypeNames.rawSimpleName(args.get(0)));
    }

    /** A field whose declared or allocated type is a ThreadLocal (or a project class extending one). */
    static boolean isThreadLocal(FieldInfo f, FileFacts file, ProjectModel project) {
        return declaredOrAllocatedIsA(f, file, project, "java.lang.ThreadLocal")
                || project.isSubtypeNamed(f.rawType(), "ThreadLocal");
    }

    /** The field's declared type or the type its initializer allocates is, as the library models say, a {@code type}. */
    private static boolean declaredOrAllocatedIsA(FieldInfo f, FileFacts file, ProjectModel project, String type) {
        for (String written : List.of(f.type(), f.initType())) {
            String modelled = project.libraryType(file, written);
            if (!modelled.isEmpty() && project.libraryModels().isA(modelled, type)) {
                return true;
            }
        }
        return false;
    }

    /** The field passed to a project method that removes its value ({@code clear(CONTEXT)} calling remove()). */
    private static boolean clearedByHelper(ProjectModel project, Use u) {
        if (u.kind() != FieldIndex.UseKind.PASS || u.event() == null) {
            return false;
        }
        CallSite c = u.method().callAt(u.line(), u.column(), u.text());
        if (c == null) {
            return false;
        }
        for (MethodFlow body : project.calls().bodies(c)) {
            for (int k = 0; k < c.argumentCount(); k++) {
                boolean passed = false;
                for (int a : c.argument(k)) {
                    passed |= u.method().object(a).site() == u.event().subject();
                }
                if (passed && project.summaries().of(body).parameter(k).contains(new MethodSummary.ClearedForThread())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A call on the field whose library row has an effect of this kind ({@code set}: keeps-for-thread). */
    private static boolean does(ProjectModel project, Use u, Class<? extends Effect> kind) {
        if (u.call() == null) {
            return false;
        }
        return project.libraryModels().declared("java.lang.ThreadLocal", u.call().name(), u.call().argumentCount())
                .map(m -> m.has(kind)).orElse(false);
    }

    /** The value's type, from the argument (its static type or what it allocates) or the field's type argument. */
    private static boolean isPerCallData(ProjectModel project, Use u, FieldInfo field) {
        CallSite c = u.call();
        if (isConstant(c.text())) {
            // null, true, 0, "x", an enum or static constant: shared values, nothing per call is kept
            return false;
        }
        String type = TypeNames.rawSimpleName(c.arguments().get(0).type());
        if (type.isEmpty()) {
            for (int id : c.argument(0)) {
                AbstractObject o = u.method().object(id);
                if (o.isAllocation()) {
                    type = o.rawType();
                }
            }
        }
        if (type.isEmpty()) {
            List<String> args = TypeNames.typeArguments(field.type());
            type = args.size() == 1 ? TypeNames.rawSimpleName(args.get(0)) : "";
        }
        return isPerCallType(project, u.file(), type);
    }

    /** A value of this type may be per-call data: a known type that is not an array nor a tool cached per thread. */
    private static boolean isPerCallType(ProjectModel project, FileFacts file, String type) {
        if (type.isEmpty() || type.equals("T") || type.equals("Object")) {
            return false;
        }
        return !TypeNames.isArray(type) && !project.traits(file, type).contains(Trait.PER_THREAD_TOOL);
    }

    private static boolean isConstant(String callText) {
        int open = callText.lastIndexOf('(', callText.length() - 2);
        String arg = open < 0 ? "" : callText.substring(open + 1, callText.length() - 1).strip();
        return arg.matches("null|true|false|-?\\d[\\d_]*[lLfFdD]?|\"[^\"]*\"|'.'|([A-Z]\\w*\\.)*[A-Z][A-Z0-9_]*");
    }

    /**
     * The value is scoped to the call: the method that sets it also resets the field in a {@code finally} block
     * ({@code set(null)}, or {@code set(saved)} of what {@code get()} returned before), or, when the set is in a
     * project method that sets the field to its parameter ({@code setCurrent(x)}), every caller that passes a value
     * calls a setter of the field with {@code null} in a {@code finally} block.
     */
    private static boolean droppedInFinally(ProjectModel project, Use set, List<Use> uses, FieldInfo field) {
        if (resetInFinally(project, set.method(), uses, field)) {
            return true;
        }
        int parameter = parameterPassed(set);
        if (parameter < 0) {
            return false;
        }
        List<CallGraph.CallEdge> callers = project.calls().callers(set.method());
        if (callers.isEmpty()) {
            return false;
        }
        for (CallGraph.CallEdge e : callers) {
            if (parameter >= e.call().argumentCount() || isNullArgument(e.call(), parameter)) {
                continue;
            }
            boolean reset = false;
            for (CallSite c : e.caller().calls()) {
                reset |= c != e.call() && inFinally(c) && c.argumentCount() > parameter && isNullArgument(c, parameter)
                        && project.calls().bodies(c).contains(set.method());
            }
            if (!reset) {
                return false;
            }
        }
        return true;
    }

    /** A set or remove of the field in this method, inside a finally block, that drops or restores the value. */
    private static boolean resetInFinally(ProjectModel project, MethodFlow m, List<Use> uses, FieldInfo field) {
        for (Use u : uses) {
            if (u.method() != m || u.call() == null || !inFinally(u.call())) {
                continue;
            }
            if (does(project, u, Effect.ClearsForThread.class)) {
                return true;
            }
            if (does(project, u, Effect.KeepsForThread.class) && u.call().argumentCount() == 1
                    && (isNullArgument(u.call(), 0) || readFromField(m, u.call(), uses, project))) {
                return true;
            }
        }
        return false;
    }

    /** The argument of {@code set(saved)} is what a {@code get()} of the same field returned in this method. */
    private static boolean readFromField(MethodFlow m, CallSite set, List<Use> uses, ProjectModel project) {
        for (int id : set.argument(0)) {
            for (Use u : uses) {
                if (u.method() == m && u.call() != null && u.call().result() == id
                        && does(project, u, Effect.ReturnsElement.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The index of the parameter of the set's method that the set passes, or -1. */
    private static int parameterPassed(Use set) {
        MethodFlow m = set.method();
        for (int id : set.call().argument(0)) {
            AbstractObject o = m.object(id);
            // a parameter's object site is its position
            if (o.kind() == ObjectKind.PARAMETER && o.site() >= 0 && o.site() < m.parameterCount()) {
                return o.site();
            }
        }
        return -1;
    }

    private static boolean inFinally(CallSite c) {
        return c.guards().stream().anyMatch(g -> g instanceof Guard.InFinally);
    }

    private static boolean isNullArgument(CallSite c, int index) {
        String text = c.text();
        return c.argumentCount() == 1 && index == 0 && text.replace(" ", "").endsWith("(null)");
    }

    /**
     * {@code if (TL.get() == null) TL.set(...)}: a per-thread cache filled lazily, when the value is built without the
     * inputs of the call that sets it (no arguments, constants, what the instance holds). A value built from them
     * ({@code if (CTX.get() == null) CTX.set(new Context(request))}) is per-call data: the first call's data stays with
     * the thread, and every later call on it sees that.
     */
    private static boolean isLazyInitialization(ProjectModel project, Use set, List<Use> uses, FieldInfo field) {
        if (!nullGuarded(set.call()) || project.callInputs().argumentBuiltFromInputs(set.method(), set.call(), 0)) {
            return false;
        }
        if (uses.stream().anyMatch(u -> u.method() == set.method() && does(project, u, Effect.ReturnsElement.class))) {
            return true;
        }
        // the value read through a project method: current() returning CONTEXT.get()
        MethodSummary.ElementOf read = new MethodSummary.ElementOf(field.ref());
        for (CallSite c : set.method().calls()) {
            for (MethodFlow body : project.calls().bodies(c)) {
                if (project.summaries().of(body).results().contains(read)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void report(RuleContext context, FieldIndex.Declared d, List<Use> sets, boolean resetWithNull,
                        PerInstance perInstance) {
        FieldInfo f = d.field();
        String owner = f.owner().substring(f.owner().lastIndexOf('.') + 1);
        List<TraceStep> trace = new ArrayList<>();
        trace.add(Traces.step(f.line(), "declare", f.type() + " " + f.name()));
        for (Use u : sets.subList(0, Math.min(5, sets.size()))) {
            trace.add(new TraceStep(u.line(), u.line(), u.call() == null ? "initial value" : "set",
                    u.method().ownerSimpleName() + "." + u.method().signature() + ": " + u.text()).in(u.file().file()));
        }
        if (perInstance != null && perInstance.site() != null) {
            Instantiations.PerCall many = perInstance.site();
            trace.add(new TraceStep(many.site().line(), many.site().line(), "new instance per call",
                    many.body().ownerSimpleName() + "." + many.body().signature() + ": " + many.site().text())
                    .in(many.file().file()));
        }
        trace.add(Traces.step(f.line(), "never removed", "no " + f.name() + ".remove() anywhere it can be called"));
        String instances = perInstance == null ? "" : perInstanceText(owner, perInstance);
        Level instanceLevel = perInstance == null ? null : perInstance.shown() ? context.defaultLevel() : Level.NOTE;
        String message;
        Level level;
        if (sets.isEmpty()) {
            message = "ThreadLocal " + owner + "." + f.name() + " is an instance field" + instances
                    + "; make the field static (one ThreadLocal shared by all instances), or remove() the value "
                    + "when the instance is done with it";
            level = instanceLevel;
        } else {
            message = perCallMessage(context.project(), d, owner, sets, resetWithNull);
            // a reset that only a throw skips is partial evidence: a note
            level = resetWithNull ? Level.NOTE : context.defaultLevel();
            if (perInstance != null) {
                message += "; it is also an instance field" + instances + "; make it static";
                level = instanceLevel.atLeast(level) ? instanceLevel : level;
            }
        }
        String entry = "ThreadLocalMap entry for " + f.name() + (perInstance == null ? "" : ", one per " + owner);
        String value = sets.isEmpty() ? "value of one " + owner : "value set by " + sets.get(0).method().signature();
        FindingGraph graph = new FindingGraph(
                List.of(new FindingGraph.Node(0, "pooled Thread (GC root)", 0, true),
                        new FindingGraph.Node(1, entry, f.line(), false),
                        new FindingGraph.Node(2, value, sets.isEmpty() ? f.line() : sets.get(0).line(), false)),
                List.of(new FindingGraph.Edge(0, 1, "threadLocals", true),
                        new FindingGraph.Edge(1, 2, "value", false)));
        context.reportField(d.file(), f, level, message, trace, -1, graph);
    }

    /** Per-call data set (or given as initial values) and never removed, or reset only outside a finally block. */
    private static String perCallMessage(ProjectModel project, FieldIndex.Declared d, String owner, List<Use> sets,
                                         boolean resetWithNull) {
        FieldInfo f = d.field();
        String inheritable = inheritable(d.file(), f, project)
                ? "; it is inheritable, so the value also spreads into every thread (and pool thread) started while "
                + "it is set" : "";
        Use first = sets.get(0);
        String where = " in " + first.method().ownerSimpleName() + "." + first.method().signature();
        if (first.call() == null) {
            return "ThreadLocal " + owner + "." + f.name() + " is made with initial values built from the call's "
                    + "inputs (" + first.text() + where + ") and never removed: every thread that reads it keeps that "
                    + "call's data in its ThreadLocalMap, with everything it references, beyond the call, and on a "
                    + "pooled thread the next task sees it" + inheritable
                    + "; build the initial value without the call's data, or remove() it in a finally block";
        }
        String lazy = nullGuarded(first.call())
                ? "; the null check does not make it a per-thread cache: the value is built from the call's inputs, "
                + "so the thread keeps the first call's data for every later call" : "";
        String set = "ThreadLocal " + owner + "." + f.name() + " is set (" + first.text() + where + ")";
        return resetWithNull
                ? set + " and only reset with set(null) outside a finally block: when the call throws, the reset is "
                + "skipped and the value stays reachable from the pooled thread's ThreadLocalMap for the next task"
                + lazy + inheritable + "; reset or remove() it in a finally block"
                : set + " and never removed: on a pooled thread the value outlives the call, stays reachable from "
                + "the thread's ThreadLocalMap with everything it references, and leaks into the next task"
                + lazy + inheritable + "; remove() it in a finally block";
    }

    /** Why the instances of the field's class each leave an entry in every thread's map, for messages. */
    private static String perInstanceText(String owner, PerInstance p) {
        String made = p.shown() ? ", and " + owner + " is made per call (" + p.how() + ")"
                : ", and " + owner + " is " + p.how() + ", which the container makes anew as the scope comes and goes";
        return made + ": every instance creates a new ThreadLocal, and each thread that uses one keeps an entry for it "
                + "in its ThreadLocalMap, value included, until the instance is collected and a later lookup on that "
                + "thread happens to expunge the stale entry (or the thread ends), so on pooled threads the entries "
                + "pile up with the instances";
    }

    private static boolean nullGuarded(CallSite c) {
        return c.guards().stream().anyMatch(g -> g instanceof Guard.Condition cond && cond.text().contains("null"));
    }

    private static boolean inheritable(FileFacts file, FieldInfo f, ProjectModel project) {
        return declaredOrAllocatedIsA(f, file, project, "java.lang.InheritableThreadLocal");
    }
}
