package dev.refflow.rules.checks;

import dev.refflow.model.AbstractObject;
import dev.refflow.model.CallSite;
import dev.refflow.model.Effect;
import dev.refflow.model.FieldRef;
import dev.refflow.model.LibraryModels;
import dev.refflow.model.ProjectModel;
import dev.refflow.model.Trait;
import dev.refflow.model.EdgeKind;
import dev.refflow.model.Escape;
import dev.refflow.model.EscapeKind;
import dev.refflow.model.EventKind;
import dev.refflow.model.ExitPoint;
import dev.refflow.model.FlowEvent;
import dev.refflow.model.HeapEdge;
import dev.refflow.model.MethodFlow;
import dev.refflow.model.ObjectKind;
import dev.refflow.model.FieldIndex;
import dev.refflow.model.FileFacts;
import dev.refflow.rules.FindingGraph;
import dev.refflow.rules.Level;
import dev.refflow.rules.Rule;
import dev.refflow.rules.RuleContext;
import dev.refflow.rules.RuleInfo;
import dev.refflow.rules.TraceStep;
import dev.refflow.rules.Traces;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A lambda, method reference, anonymous or inner class instance that really uses {@code this}, stored where it
 * lives on: a static field, a static collection that is never drained, a ThreadLocal that is never removed, a
 * shutdown hook, a timer, a static scheduler. It holds the whole enclosing object, which then lives as long as
 * that root. Objects created in a static context capture nothing; a drained static queue is a transient hold.
 * A singleton's or enum constant's own {@code this} is not reported: it lives as long as its class anyway.
 * <p>
 * What holds the enclosing instance is decided by what javac emits for the release the code is compiled for (the
 * request's language level, from {@code maven.compiler.release} or {@code source}). Checked with {@code javap -p}
 * on the same class compiled by javac 17 and javac 25: with {@code --release 17} (and 8) every inner, local and
 * anonymous class created in an instance context has the field {@code final Outer this$0}, whether its body uses
 * it or not; with {@code --release 18} and {@code 25} (JDK-8271623; the choice follows the target, not the javac
 * version) the field is left out when the body does not use it, except in serializable classes (a class that
 * implements {@code Serializable}, an anonymous subclass of {@code HashMap}), which keep it. Their constructors
 * still take the outer instance, so a class that creates an inner class of its outer uses that instance and keeps
 * {@code this$0} (RefFlow counts such a creation only when the created class itself holds the instance). A
 * lambda's body method is static unless the lambda uses {@code this}, at every release.
 */
@RuleInfo(summary = "A lambda, inner or anonymous class instance that uses this is stored in a long-lived root "
        + "(static, ThreadLocal, shutdown hook, timer), retaining its whole enclosing object.", level = Level.WARNING)
public final class CapturedOuterInstance implements Rule {

    @Override
    public void check(RuleContext context) {
        FieldIndex fields = context.project().fields();
        for (FileFacts file : context.project().files()) {
            for (MethodFlow m : file.methods()) {
                if (context.project().longLivedRoot(m.ownerType()) != null) {
                    // a long-lived root (a singleton, an enum constant, a singleton bean) lives as long as the
                    // application: a root that keeps it keeps nothing that would otherwise die (its own exit hook)
                    continue;
                }
                Set<Integer> reported = new HashSet<>();
                for (ExitPoint x : m.exits()) {
                    for (Escape e : x.escapes()) {
                        if (e.kind() != EscapeKind.STATIC || reported.contains(e.event())) {
                            continue;
                        }
                        AbstractObject captured = capturing(m, x.heap(), new int[] {e.object()});
                        FlowEvent store = m.event(e.event());
                        if (captured == null || drained(m, store, fields)) {
                            continue;
                        }
                        reported.add(e.event());
                        report(context, file, m, store.line(), store.column(), store.text(), captured,
                                "static " + e.root(), Traces.step(store));
                    }
                }
                List<HeapEdge> edges = null;
                for (CallSite c : m.calls()) {
                    if (c.argumentCount() == 0) {
                        continue;
                    }
                    // what is handed over must hold this: most calls hand over nothing that does (asked first, cheap)
                    if (edges == null) {
                        edges = allEdges(m);
                    }
                    boolean capturingArgument = false;
                    for (int at = 0; at < c.argumentCount() && !capturingArgument; at++) {
                        capturingArgument = capturing(m, edges, c.argument(at)) != null;
                    }
                    if (!capturingArgument) {
                        continue;
                    }
                    Root root = longLivedRoot(context.project(), file, m, c, fields);
                    if (root == null) {
                        continue;
                    }
                    if (root.waitsFor() >= 0 && root.waitsFor() < c.argumentCount()
                            && reaches(m, edges, root.arguments().positions(c.argumentCount()), c,
                            c.argument(root.waitsFor()))) {
                        // a Cleaner action that reaches its own object keeps it for good: WeakKeyRetainedByValue's
                        continue;
                    }
                    if (released(context.project(), m, c, root, fields)) {
                        continue;
                    }
                    for (int at : root.arguments().positions(c.argumentCount())) {
                        AbstractObject captured = capturing(m, edges, c.argument(at));
                        if (captured != null) {
                            report(context, file, m, c.line(), c.column(), c.text(), captured, root.description(),
                                    Traces.step(c.line(), "store", c.text()));
                            break;
                        }
                    }
                }
            }
        }
    }

    /**
     * The capturing object reachable from {@code from}, or null: one whose body uses {@code this}, or one that holds
     * it unused as javac compiles it (an inner or anonymous class below release 18, a serializable one).
     */
    private static AbstractObject capturing(MethodFlow m, List<HeapEdge> heap, int[] from) {
        ArrayDeque<Integer> work = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        for (int f : from) {
            work.add(f);
        }
        while (!work.isEmpty()) {
            int id = work.poll();
            if (!seen.add(id)) {
                continue;
            }
            AbstractObject o = m.object(id);
            if (o.holdsOuter()) {
                return o;
            }
            for (HeapEdge e : heap) {
                if (e.from() == id && !e.uncertain() && e.kind() != EdgeKind.VIEW) {
                    work.add(e.to());
                }
            }
        }
        return null;
    }

    private static List<HeapEdge> allEdges(MethodFlow m) {
        List<HeapEdge> out = new ArrayList<>();
        for (ExitPoint x : m.exits()) {
            out.addAll(x.heap());
        }
        return out;
    }

    /** A static collection that something takes out of again passes objects through: not retention. */
    private static boolean drained(MethodFlow m, FlowEvent store, FieldIndex fields) {
        if (store.kind() != EventKind.ADD_TO_CONTAINER || store.subject() < 0) {
            return false;
        }
        FieldIndex.Declared d = fields.resolve(m.object(store.subject()));
        return d != null && fields.uses(d.field().ref()).stream()
                .anyMatch(u -> u.kind() == FieldIndex.UseKind.SHRINK || u.kind() == FieldIndex.UseKind.REPLACE
                        && !u.inStaticInitialization());
    }

    /**
     * A long-lived holder a call hands some of its arguments to.
     *
     * @param waitsFor the argument whose collection releases them ({@code Cleaner.register}'s object), or -1
     */
    private record Root(String description, Effect.Args arguments, int waitsFor) {
        Root(String description, Effect.Args arguments) {
            this(description, arguments, -1);
        }
    }

    /**
     * Whether the given arguments of a call reach one of {@code targets} through references that certainly exist, or
     * through an enclosing instance held unused (then {@code this} is reached).
     */
    private static boolean reaches(MethodFlow m, List<HeapEdge> heap, int[] positions, CallSite c, int[] targets) {
        Set<Integer> goal = new HashSet<>();
        for (int t : targets) {
            goal.add(t);
        }
        ArrayDeque<Integer> work = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        for (int p : positions) {
            for (int a : c.argument(p)) {
                work.add(a);
            }
        }
        while (!work.isEmpty()) {
            int id = work.poll();
            if (!seen.add(id)) {
                continue;
            }
            if (goal.contains(id)) {
                return true;
            }
            if (m.object(id).holdsUnusedOuter()) {
                for (int g : goal) {
                    if (m.object(g).kind() == ObjectKind.THIS) {
                        return true;
                    }
                }
            }
            for (HeapEdge e : heap) {
                if (e.from() == id && !e.uncertain() && e.kind() != EdgeKind.VIEW) {
                    work.add(e.to());
                }
            }
        }
        return false;
    }

    /**
     * A call that hands an argument to a long-lived holder, as the library models say: the JVM's shutdown hooks, a
     * ThreadLocal that is never removed, a timer's own thread, a scheduler held by a static, a Cleaner's thread (which
     * keeps an action until its object is unreachable). Null otherwise.
     */
    private static Root longLivedRoot(ProjectModel project, FileFacts file, MethodFlow m, CallSite c,
                                      FieldIndex fields) {
        LibraryModels.Match match = project.libraryCall(file, m, c).orElse(null);
        if (match == null) {
            return null;
        }
        String type = match.onType().isEmpty() ? c.receiver().type() : LibraryModels.simpleName(match.onType());
        for (Effect.KeepsUntilExit e : match.effects(Effect.KeepsUntilExit.class)) {
            return new Root("the shutdown hook list (" + type + ")", e.args());
        }
        for (Effect.KeepsUntilCollected e : match.effects(Effect.KeepsUntilCollected.class)) {
            // a Cleaner's thread keeps the action, and all it captures, until the registered object is unreachable
            String object = e.key() < c.argumentCount() && c.argument(e.key()).length > 0
                    ? m.object(c.argument(e.key())[0]).text() : "the object registered";
            return new Root(type + (c.receiver().text().isEmpty() ? "" : " " + c.receiver().text())
                    + " (its thread keeps the action until " + object + " is unreachable)", Effect.Args.of(e.value()),
                    e.key());
        }
        for (Effect.KeepsForThread e : match.effects(Effect.KeepsForThread.class)) {
            if (neverCleared(project, m, c, fields)) {
                return new Root("ThreadLocal " + c.receiver().text(), e.args());
            }
        }
        for (Effect.RunsLater e : match.effects(Effect.RunsLater.class)) {
            if (!match.onType().isEmpty()
                    && project.libraryModels().traits(match.onType()).contains(Trait.OWN_THREAD)) {
                return new Root(type + " " + c.receiver().text() + " (its thread runs until cancelled)", e.args());
            }
            for (int r : c.receivers()) {
                if (m.object(r).kind() == ObjectKind.STATIC_FIELD) {
                    return new Root("static scheduler " + c.receiver().text(), e.args());
                }
            }
        }
        return null;
    }

    /**
     * Whether what the call hands over is let go somewhere: the hook or task is kept in a field that a release is
     * called with ({@code removeShutdownHook(hook)}) or on ({@code task.cancel()}), the timer or scheduler it went to
     * is cancelled, or the handle the call returned is kept in a field and cancelled.
     */
    private static boolean released(ProjectModel project, MethodFlow m, CallSite c, Root root, FieldIndex fields) {
        Set<FieldRef> holders = new HashSet<>();
        for (int at : root.arguments().positions(c.argumentCount())) {
            for (int a : c.argument(at)) {
                holders.addAll(fieldsHolding(m, a, fields));
            }
        }
        for (int r : c.receivers()) {
            holders.addAll(fieldsHolding(m, r, fields));
        }
        if (c.result() >= 0) {
            holders.addAll(fieldsHolding(m, c.result(), fields));
        }
        for (FieldRef f : holders) {
            for (FieldIndex.Use u : fields.uses(f)) {
                CallSite use = u.call() != null ? u.call() : u.method().callAt(u.line(), u.column(), u.text());
                LibraryModels.Match row = use == null ? null
                        : project.libraryCall(u.file(), u.method(), use).orElse(null);
                if (row == null || row.onType().isEmpty()) {
                    continue;
                }
                if (u.kind() == FieldIndex.UseKind.CALL && row.has(Effect.ReleasesAll.class)) {
                    return true;
                }
                if (u.kind() == FieldIndex.UseKind.PASS) {
                    for (Effect.Releases rel : row.effects(Effect.Releases.class)) {
                        for (int k : rel.args().positions(use.argumentCount())) {
                            for (int a : use.argument(k)) {
                                if (u.method().object(a).site() == u.event().subject()) {
                                    return true;
                                }
                            }
                        }
                    }
                }
            }
        }
        return false;
    }

    /** The fields an object of a body is, or is stored in by that body. */
    private static Set<FieldRef> fieldsHolding(MethodFlow m, int id, FieldIndex fields) {
        Set<FieldRef> out = new HashSet<>();
        AbstractObject o = m.object(id);
        FieldIndex.Declared own = o.isField() ? fields.resolve(o) : null;
        if (own != null) {
            out.add(own.field().ref());
        }
        for (FlowEvent e : m.events()) {
            if ((e.kind() == EventKind.STORE_FIELD || e.kind() == EventKind.STORE_STATIC) && e.subject() == o.site()
                    && e.target() >= 0) {
                FieldIndex.Declared d = fields.resolve(m.object(e.target()));
                if (d != null) {
                    out.add(d.field().ref());
                }
            }
        }
        return out;
    }

    /** A per-thread value that nothing clears again ({@code ThreadLocal.remove()} nowhere on the field). */
    private static boolean neverCleared(ProjectModel project, MethodFlow m, CallSite c, FieldIndex fields) {
        for (int r : c.receivers()) {
            FieldIndex.Declared d = fields.resolve(m.object(r));
            if (d != null) {
                return fields.uses(d.field().ref()).stream().noneMatch(u -> u.call() != null
                        && project.libraryCall(u.file(), u.method(), u.call()).map(x -> x.has(Effect.ClearsForThread.class))
                        .orElse(false));
            }
        }
        return true;
    }

    private void report(RuleContext context, FileFacts file, MethodFlow m, int line, int column, String text,
                        AbstractObject captured, String root, TraceStep store) {
        List<TraceStep> trace = new ArrayList<>();
        FlowEvent capture = Traces.first(m, EventKind.CAPTURE, captured.id());
        if (capture != null) {
            trace.add(new TraceStep(capture.line(), capture.line(), "capture this", captured.text()));
        } else if (captured.holdsUnusedOuter()) {
            trace.add(new TraceStep(captured.line(), captured.line(), "hold this$0", captured.text()));
        }
        trace.add(store);
        String owner = m.ownerSimpleName();
        String message = captured.holdsUnusedOuter()
                ? kind(captured) + " created on line " + captured.line() + " does not use this (" + owner
                + "), but holds it all the same as compiled: javac gives inner, local and anonymous classes a hidden "
                + "field this$0 for the enclosing instance when compiling for a release below 18 (and serializable "
                + "ones at any release); it is stored in " + root + ": the root keeps it, and through it the whole "
                + owner + " instance and everything it references, alive for as long as the root lives; make it a "
                + "static nested class or a lambda that does not use this, or release it when done"
                : kind(captured) + " created on line " + captured.line() + " uses this (" + owner
                + ") and is stored in " + root + ": the root keeps it, and through it the whole " + owner
                + " instance and everything it references, alive for as long as the root lives; make it static "
                + "(pass what it needs explicitly), or release it when done";
        FindingGraph graph = new FindingGraph(
                List.of(new FindingGraph.Node(0, root, 0, true),
                        new FindingGraph.Node(1, captured.label(), captured.line(), false),
                        new FindingGraph.Node(2, owner + " instance (this)", 0, false)),
                List.of(new FindingGraph.Edge(0, 1, "holds", true), new FindingGraph.Edge(1, 2,
                        captured.holdsUnusedOuter() ? "this$0 (unused)" : "captures", false)));
        context.report(file, m, context.defaultLevel(), line, column, message, trace, -1, text, graph);
    }

    private static String kind(AbstractObject o) {
        if (o.kind() == ObjectKind.LAMBDA) {
            return o.text().contains("::") ? "the method reference " + o.text() : "the lambda";
        }
        return o.text().contains("{") ? "the anonymous " + o.rawType() : "the " + o.rawType() + " instance";
    }
}
