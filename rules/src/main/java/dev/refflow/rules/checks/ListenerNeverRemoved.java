package dev.refflow.rules.checks;

import dev.refflow.model.AbstractObject;
import dev.refflow.model.CallSite;
import dev.refflow.model.Effect;
import dev.refflow.model.FieldRef;
import dev.refflow.model.MethodSummaries;
import dev.refflow.model.MethodSummary;
import dev.refflow.model.LibraryModels;
import dev.refflow.model.ProjectModel;
import dev.refflow.model.Trait;
import dev.refflow.model.MethodFlow;
import dev.refflow.model.ObjectKind;
import dev.refflow.model.Receiver;
import dev.refflow.model.FileFacts;
import dev.refflow.rules.FindingGraph;
import dev.refflow.rules.Level;
import dev.refflow.rules.Rule;
import dev.refflow.rules.RuleContext;
import dev.refflow.rules.RuleInfo;
import dev.refflow.rules.Traces;

import dev.refflow.model.FieldIndex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code this}, or something that captures it, registered as a listener on an object that may outlive it,
 * while the class never unregisters anything nor keeps the registration's handle. The registry's reference
 * keeps the listener, and through it the whole registering object, reachable for as long as the registry
 * lives. Registrations on an object created in the same method, and APIs that take an owner or lifecycle,
 * are not findings; shutdown hooks, timers and executors are CapturedOuterInstance's.
 */
@RuleInfo(summary = "this, or a lambda or inner class capturing it, is registered as a listener on a longer-lived "
        + "object and never unregistered.", level = Level.WARNING)
public final class ListenerNeverRemoved implements Rule {
    @Override
    public void check(RuleContext context) {
        ProjectModel project = context.project();
        FieldIndex fields = project.fields();
        for (FileFacts file : project.files()) {
            Set<String> calls = null;
            Removals removals = null;
            for (MethodFlow m : file.methods()) {
                for (CallSite c : m.calls()) {
                    // cheap tests first: most calls pass nothing that holds on to this
                    if (c.resultUsed() || c.argumentCount() == 0 || takesOwner(c)
                            || capturingArgument(m, c, allArguments(c), fields) == null) {
                        continue;
                    }
                    Registration registration = registration(project, file, m, c);
                    if (registration == null || oneShot(project, file, c)
                            || project.traits(file, c.receiver().type()).contains(Trait.LISTENER)) {
                        continue;
                    }
                    if (calls == null) {
                        calls = callsIn(file);
                    }
                    if (registration.library() == null && removals == null) {
                        removals = removalsIn(project, file);
                    }
                    if (registration.library() != null ? removed(c.name(), registration.library(), calls)
                            : removals.undo(project, registration.fields())) {
                        continue;
                    }
                    AbstractObject listener = capturingArgument(m, c, registration.arguments(), fields);
                    String registry = outlivingReceiver(m, c);
                    if (listener != null && registry != null) {
                        report(context, file, m, c, listener, registry);
                    }
                }
            }
        }
    }

    /**
     * What makes a call a registration: a library row that says it registers (then {@code library} is that effect),
     * or a project method whose summary keeps the argument strongly in something that outlives the call (then
     * {@code fields} are where it keeps it, for finding the removal).
     *
     * @param arguments the positions of the arguments kept
     */
    private record Registration(Set<Integer> arguments, Effect.Registers library, Set<FieldRef> fields) {
    }

    /**
     * The registration a call makes, or null. A project method registers an argument when what it does (its
     * summary, through the calls it makes) keeps the argument strongly in a field of its receiver or a static, or
     * hands it to a library registration; one that only reads it (a notification: {@code fireChanged(this)}) or
     * keeps it weakly registers nothing. A call RefFlow cannot resolve to a project body is asked of the library
     * models.
     */
    private static Registration registration(ProjectModel project, FileFacts file, MethodFlow m, CallSite c) {
        Effect.Registers verb = project.libraryCall(file, m, c)
                .flatMap(x -> x.effects(Effect.Registers.class).stream().findFirst()).orElse(null);
        List<MethodFlow> bodies = project.calls().bodies(c);
        if (!bodies.isEmpty() && bodies.size() <= MethodSummaries.MAX_DISPATCH) {
            Set<Integer> kept = new java.util.TreeSet<>();
            Set<FieldRef> where = new HashSet<>();
            for (MethodFlow body : bodies) {
                for (int i = 0; i < c.argumentCount(); i++) {
                    boolean named = verb != null && verb.args().includes(i, c.argumentCount());
                    for (MethodSummary.Use u : project.summaries().of(body).parameter(i)) {
                        // a registration keeps what it is given among others (a list of listeners); a method named
                        // like one may keep it in a field too; a single field set by any other method is wiring
                        if (u instanceof MethodSummary.KeptIn k && !k.weak() && !k.isStatic() && (k.element() || named)) {
                            kept.add(i);
                            if (k.field() != null) {
                                where.add(k.field());
                            }
                        } else if (u instanceof MethodSummary.Registered) {
                            kept.add(i);
                        }
                    }
                }
            }
            return kept.isEmpty() ? null : new Registration(kept, null, where);
        }
        if (!bodies.isEmpty() || verb == null) {
            return null;
        }
        Set<Integer> positions = new java.util.TreeSet<>();
        for (int p : verb.args().positions(c.argumentCount())) {
            positions.add(p);
        }
        return new Registration(positions, verb, Set.of());
    }

    /** Every argument position of a call. */
    private static Set<Integer> allArguments(CallSite c) {
        Set<Integer> out = new java.util.TreeSet<>();
        for (int i = 0; i < c.argumentCount(); i++) {
            out.add(i);
        }
        return out;
    }

    /**
     * What the class's calls of project methods take out of fields: the fields a callee removes a parameter from,
     * and the bodies it calls (one that shrinks a field undoes what was kept there). Gathered once per file.
     */
    private record Removals(Set<FieldRef> removedFrom, Set<MethodFlow> called) {
        /** Whether a registration kept in one of {@code fields} is undone. */
        boolean undo(ProjectModel project, Set<FieldRef> fields) {
            for (FieldRef f : fields) {
                if (removedFrom.contains(f)) {
                    return true;
                }
                for (FieldIndex.Use use : project.fields().uses(f)) {
                    if (use.kind() == FieldIndex.UseKind.SHRINK && called.contains(use.method())) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static Removals removalsIn(ProjectModel project, FileFacts file) {
        Set<FieldRef> removedFrom = new HashSet<>();
        Set<MethodFlow> called = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (MethodFlow m : file.methods()) {
            for (CallSite c : m.calls()) {
                for (MethodFlow body : project.calls().bodies(c)) {
                    called.add(body);
                    MethodSummary s = project.summaries().of(body);
                    for (int i = 0; i < c.argumentCount(); i++) {
                        for (MethodSummary.Use u : s.parameter(i)) {
                            if (u instanceof MethodSummary.RemovedFrom r) {
                                removedFrom.add(r.field());
                            }
                        }
                    }
                }
            }
        }
        return new Removals(removedFrom, called);
    }

    /** The names of the calls the class (its file, nested and anonymous classes included) makes. */
    private static Set<String> callsIn(FileFacts file) {
        Set<String> out = new HashSet<>();
        for (MethodFlow m : file.methods()) {
            for (CallSite c : m.calls()) {
                out.add(c.name());
            }
        }
        return out;
    }

    /**
     * Whether a registration is undone somewhere in the class: by a call the model's row names for it
     * ({@code addErrorListener} by {@code removeErrorListener}, {@code register} by {@code unregister}).
     */
    static boolean removed(String registration, Effect.Registers registers, Set<String> calls) {
        return LibraryModels.undoNames(registration, registers).stream().anyMatch(calls::contains);
    }

    /**
     * A callback on a future or promise runs once, when it completes, and the future drops it then
     * ({@code future.addListener(...)}, {@code Futures.addCallback(future, ...)}): nothing to unregister. The type
     * says so; when it is not known, a receiver named like one ({@code responseFuture}) does.
     */
    private static boolean oneShot(ProjectModel project, FileFacts file, CallSite c) {
        if (project.traits(file, c.receiver().type()).contains(Trait.ONE_SHOT)) {
            return true;
        }
        String text = c.receiver().text().replaceAll("\\(\\)$", "");
        String last = text.substring(text.lastIndexOf('.') + 1);
        if (last.startsWith("get") && last.length() > 3) {
            last = last.substring(3);
        }
        return !last.isEmpty() && project.libraryModels()
                .traitsOfSimpleName(Character.toUpperCase(last.charAt(0)) + last.substring(1)).contains(Trait.ONE_SHOT);
    }

    /** {@code observe(lifecycleOwner, observer)}: the API removes the listener with its owner. */
    private static boolean takesOwner(CallSite c) {
        String text = c.text().toLowerCase(Locale.ROOT);
        return c.argumentCount() >= 2 && (text.contains("owner") || text.contains("lifecycle"));
    }

    /**
     * An argument that is {@code this} or holds on to it: directly, or a field whose stored value does (a
     * listener kept in a field, assigned in an initializer or constructor).
     */
    private static AbstractObject capturingArgument(MethodFlow m, CallSite c, Set<Integer> arguments,
                                                    FieldIndex fields) {
        for (int at : arguments) {
            for (int id : c.argument(at)) {
                AbstractObject o = m.object(id);
                if (o.kind() == ObjectKind.THIS || o.capturesThis()) {
                    return o;
                }
                FieldIndex.Declared d = o.isField() ? fields.resolve(o) : null;
                if (d != null && !d.field().isStatic() && storesCapturingValue(fields, d.field().ref())) {
                    return o;
                }
            }
        }
        return null;
    }

    private static boolean storesCapturingValue(FieldIndex fields, dev.refflow.model.FieldRef key) {
        for (FieldIndex.Use u : fields.uses(key)) {
            if (u.kind() == FieldIndex.UseKind.REPLACE && u.event().subject() >= 0
                    && u.method().object(u.event().subject()).capturesThis()) {
                return true;
            }
        }
        return false;
    }

    /** The receiver, when it may outlive the listener: a field, static, parameter, or obtained service. */
    private static String outlivingReceiver(MethodFlow m, CallSite c) {
        if (c.receivers().length == 0) {
            // a static registry: Registry.register(this)
            String scope = c.receiver().text();
            return c.receiver() instanceof Receiver.OfType && !scope.isEmpty()
                    && Character.isUpperCase(scope.charAt(scope.lastIndexOf('.') + 1)) ? scope : null;
        }
        for (int r : c.receivers()) {
            AbstractObject o = m.object(r);
            if (o.kind() == ObjectKind.ALLOCATION || o.kind() == ObjectKind.THIS || o.kind() == ObjectKind.LAMBDA) {
                return null;
            }
        }
        return c.receiver().text();
    }

    private void report(RuleContext context, FileFacts file, MethodFlow m, CallSite c, AbstractObject listener,
                        String registry) {
        String what = listener.kind() == ObjectKind.THIS ? "this (" + m.ownerSimpleName() + ")"
                : listener.text() + ", which captures this (" + m.ownerSimpleName() + ")";
        String message = what + " is registered with " + registry + "." + c.name() + "(...) and "
                + m.ownerSimpleName() + " never unregisters it nor keeps a handle to close: " + registry
                + " keeps the listener, and through it the whole " + m.ownerSimpleName()
                + ", reachable for as long as it lives; remove the listener when done (close(), dispose())";
        FindingGraph graph = new FindingGraph(
                List.of(new FindingGraph.Node(0, registry, 0, true),
                        new FindingGraph.Node(1, listener.kind() == ObjectKind.THIS ? "this" : listener.label(),
                                listener.line(), false),
                        new FindingGraph.Node(2, m.ownerSimpleName() + " instance", 0, false)),
                listener.kind() == ObjectKind.THIS
                        ? List.of(new FindingGraph.Edge(0, 1, c.name(), true), new FindingGraph.Edge(1, 2, "is", false))
                        : List.of(new FindingGraph.Edge(0, 1, c.name(), true),
                        new FindingGraph.Edge(1, 2, "captures this", false)));
        context.report(file, m, context.defaultLevel(), c.line(), c.column(), message,
                List.of(Traces.step(c.line(), "register", c.text())), -1, c.text(), graph);
    }
}
