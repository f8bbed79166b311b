package dev.refflow.rules.checks;

import dev.refflow.model.AbstractObject;
import dev.refflow.model.CallSite;
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
import java.util.Set;

/**
 * Per-call data set into a ThreadLocal and never removed. On a pooled thread the value outlives the call that
 * set it: the thread's ThreadLocalMap keeps it (and all it references) reachable, and the next task on that
 * thread sees it. Per-thread caches are not findings: initial values, lazy sets after a null get(), and the JDK
 * tool types people cache per thread. Any remove() of the field counts, anywhere it can be called from.
 */
@RuleInfo(summary = "Per-call data is set into a ThreadLocal that is never removed: on pooled threads it outlives "
        + "the call and leaks into the next one.", level = Level.WARNING)
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
                        && isPerCallData(project, u, f) && !isLazyInitialization(project, u, uses, f)) {
                    perCallSets.add(u);
                }
            }
            if (!perCallSets.isEmpty()) {
                boolean resetWithNull = uses.stream().anyMatch(u -> does(project, u, Effect.KeepsForThread.class)
                        && u.call().text().endsWith("(null)"));
                report(context, d, perCallSets, resetWithNull);
            }
        }
    }

    /** A field whose declared or allocated type is a ThreadLocal (or a project class extending one). */
    static boolean isThreadLocal(FieldInfo f, FileFacts file, ProjectModel project) {
        for (String written : List.of(f.type(), f.initType())) {
            String type = project.libraryType(file, written);
            if (!type.isEmpty() && project.libraryModels().isA(type, "java.lang.ThreadLocal")) {
                return true;
            }
        }
        return project.isSubtypeNamed(f.rawType(), "ThreadLocal");
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
        if (type.isEmpty() || type.equals("T") || type.equals("Object")) {
            return false;
        }
        return !TypeNames.isArray(type) && !project.traits(u.file(), type).contains(Trait.PER_THREAD_TOOL);
    }

    private static boolean isConstant(String callText) {
        int open = callText.lastIndexOf('(', callText.length() - 2);
        String arg = open < 0 ? "" : callText.substring(open + 1, callText.length() - 1).strip();
        return arg.matches("null|true|false|-?\\d[\\d_]*[lLfFdD]?|\"[^\"]*\"|'.'|([A-Z]\\w*\\.)*[A-Z][A-Z0-9_]*");
    }

    /** {@code if (TL.get() == null) TL.set(...)}: a per-thread cache filled lazily. */
    private static boolean isLazyInitialization(ProjectModel project, Use set, List<Use> uses, FieldInfo field) {
        boolean nullGuarded = set.call().guards().stream()
                .anyMatch(g -> g instanceof Guard.Condition c && c.text().contains("null"));
        if (!nullGuarded) {
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

    private void report(RuleContext context, FieldIndex.Declared d, List<Use> sets, boolean resetWithNull) {
        FieldInfo f = d.field();
        String owner = f.owner().substring(f.owner().lastIndexOf('.') + 1);
        List<TraceStep> trace = new ArrayList<>();
        trace.add(Traces.step(f.line(), "declare", f.type() + " " + f.name()));
        for (Use u : sets.subList(0, Math.min(5, sets.size()))) {
            trace.add(new TraceStep(u.line(), u.line(), "set", u.method().ownerSimpleName() + "."
                    + u.method().signature() + ": " + u.text()));
        }
        trace.add(Traces.step(f.line(), "never removed", "no " + f.name() + ".remove() anywhere it can be called"));
        Use first = sets.get(0);
        String set = "ThreadLocal " + owner + "." + f.name() + " is set (" + first.text() + " in "
                + first.method().ownerSimpleName() + "." + first.method().signature() + ")";
        String message = resetWithNull
                ? set + " and only reset with set(null), never removed: the value is dropped, but every pooled "
                + "thread's ThreadLocalMap keeps an entry for it (and a reset that is skipped leaves the value "
                + "reachable for the next task); remove() it in a finally block"
                : set + " and never removed: on a pooled thread the value outlives the call, stays reachable from "
                + "the thread's ThreadLocalMap with everything it references, and leaks into the next task; "
                + "remove() it in a finally block";
        FindingGraph graph = new FindingGraph(
                List.of(new FindingGraph.Node(0, "pooled Thread (GC root)", 0, true),
                        new FindingGraph.Node(1, "ThreadLocalMap entry for " + f.name(), f.line(), false),
                        new FindingGraph.Node(2, "value set by " + first.method().signature(), first.line(), false)),
                List.of(new FindingGraph.Edge(0, 1, "threadLocals", true),
                        new FindingGraph.Edge(1, 2, "value", false)));
        context.reportField(d.file(), f, context.defaultLevel(), message, trace, -1, graph);
    }
}
