package dev.refflow.rules.checks;

import dev.refflow.model.AbstractObject;
import dev.refflow.model.CallGraph;
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
import dev.refflow.model.FieldIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the listener rules share about registrations: whether a call registers its argument with the receiver (a
 * library row that says so, or a project method whose summary keeps the argument where it can be removed again),
 * whether the class undoes it, and what the listener is registered with and how long that lives.
 */
final class Registrations {
    private Registrations() {
    }

    /**
     * What makes a call a registration: a library row that says it registers (then {@code library} is that effect),
     * or a project method whose summary keeps the argument strongly in something that outlives the call (then
     * {@code fields} are where it keeps it, for finding the removal).
     *
     * @param arguments the positions of the arguments kept
     */
    record Registration(Set<Integer> arguments, Effect.Registers library, Set<FieldRef> fields,
                                boolean certain) {
    }

    /**
     * The verbs that undo a registration through a project method ({@code join} by {@code leave},
     * {@code addCallback} by {@code removeCallback}).
     */
    static final Effect.Registers PROJECT_UNDO = new Effect.Registers(Effect.Args.ALL,
            List.of("remove", "unregister", "deregister", "unsubscribe", "off", "delete", "detach", "leave",
                    "removeAll", "cancel"));

    /**
     * The registration a call makes, or null. A project method registers an argument when what it does (its
     * summary, through the calls it makes) keeps the argument strongly in a field of its receiver or a static, or
     * hands it to a library registration; one that only reads it (a notification: {@code fireChanged(this)}) or
     * keeps it weakly registers nothing. A call RefFlow cannot resolve to a project body is asked of the library
     * models.
     */
    static Registration registration(ProjectModel project, FileFacts file, MethodFlow m, CallSite c) {
        return registration(project, file, m, c, false);
    }

    /**
     * The registration a call makes, or null. Asked about growth per call ({@code perCallGrowth}), a project method
     * that keeps the argument in a static collection (a registry of static methods) registers too, and one that hands
     * it to a library keep registers only when each call adds an entry that stays (a listener list, a shutdown hook),
     * not when it fills a slot the next call replaces (a ThreadLocal) or a task that runs and is dropped.
     */
    static Registration registration(ProjectModel project, FileFacts file, MethodFlow m, CallSite c,
                                     boolean perCallGrowth) {
        LibraryModels.Match row = project.libraryCall(file, m, c).orElse(null);
        if (row == null || row.onType() == null || row.onType().isEmpty() || row.onType().contains("*")) {
            LibraryModels.Match typed = rowByResultType(project, m, c);
            row = typed != null ? typed : row;
        }
        Effect.Registers verb = row == null ? null
                : row.effects(Effect.Registers.class).stream().findFirst().orElse(null);
        CallGraph.Targets targets = project.calls().targets(c);
        List<MethodFlow> bodies = targets.bodies();
        if (targets.resolution() == CallGraph.Resolution.PROJECT) {
            if (bodies.size() > MethodSummaries.MAX_DISPATCH) {
                return null;
            }
            String type = project.calls().receiverProjectType(file, m, c);
            boolean declaresUndo = type != null && (declaresUndo(project, type, c.name(),
                    verb != null ? verb : PROJECT_UNDO) || returnsHandle(project, type, c));
            if (bodies.isEmpty()) {
                // declared in the project, implemented elsewhere: only its name, and a declared undo, say so
                return verb == null || !declaresUndo ? null
                        : new Registration(positions(verb, c), verb, Set.of(), true);
            }
            Set<Integer> kept = new java.util.TreeSet<>();
            Set<FieldRef> where = new HashSet<>();
            boolean handedToLibrary = false;
            for (MethodFlow body : bodies) {
                for (int i = 0; i < c.argumentCount(); i++) {
                    boolean named = verb != null && verb.args().includes(i, c.argumentCount());
                    for (MethodSummary.Use u : project.summaries().of(body).parameter(i)) {
                        // a registration keeps what it is given among others (a list of listeners); a method named
                        // like one may keep it in a field too; a single field set by any other method is wiring
                        // asked about growth per call, a single field replaced by each call grows nothing
                        if (u instanceof MethodSummary.KeptIn k && !k.weak() && (perCallGrowth || !k.isStatic())
                                && (k.element() || named && !perCallGrowth)) {
                            kept.add(i);
                            if (k.field() != null) {
                                where.add(k.field());
                            }
                        } else if (u instanceof MethodSummary.Registered r
                                && (perCallGrowth ? r.accumulates() : r.kind() == MethodSummary.Registered.Kind.LISTENER)) {
                            kept.add(i);
                            handedToLibrary = true;
                        }
                    }
                }
            }
            if (kept.isEmpty()) {
                return null;
            }
            // what it keeps with no way to take it back is not a listener list (see the class comment)
            boolean undoable = handedToLibrary || declaresUndo || removesParameterFrom(project, where);
            return undoable ? new Registration(kept, null, where, true) : null;
        }
        if (verb == null || !bodies.isEmpty()) {
            return null;
        }
        // a row of the receiver's own type says what it does; a row for any receiver goes by the name alone
        boolean typed = row.onType() != null && !row.onType().isEmpty() && !row.onType().contains("*");
        return new Registration(positions(verb, c), verb, Set.of(), typed);
    }

    /**
     * The row of a call on what a project method returned ({@code Settings.support().addListener(l)}), typed by
     * that method's declared return type, or null.
     */
    private static LibraryModels.Match rowByResultType(ProjectModel project, MethodFlow m, CallSite c) {
        for (int r : c.receivers()) {
            if (m.object(r).kind() != ObjectKind.CALL_RESULT) {
                continue;
            }
            for (CallSite producer : m.calls()) {
                if (producer.result() != r) {
                    continue;
                }
                for (MethodFlow callee : project.calls().bodies(producer)) {
                    var types = project.calls().types();
                    for (var decl : types.declared(callee.ownerType(), callee.name(), callee.parameterTypes().size())) {
                        String type = project.libraryType(types.fileOf(callee), decl.returnType());
                        if (!type.isEmpty()) {
                            var row = project.libraryModels().method(type,
                                    dev.refflow.model.TypeNames.rawSimpleName(decl.returnType()), c.name(),
                                    c.argumentCount());
                            if (row.isPresent()) {
                                return row.get();
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    static Set<Integer> positions(Effect.Registers verb, CallSite c) {
        Set<Integer> out = new java.util.TreeSet<>();
        for (int p : verb.args().positions(c.argumentCount())) {
            out.add(p);
        }
        return out;
    }

    /** Whether a project type (or a project supertype) declares a method that undoes {@code registration}. */
    static boolean declaresUndo(ProjectModel project, String type, String registration,
                                        Effect.Registers verbs) {
        Set<String> undo = LibraryModels.undoNames(registration, verbs);
        for (String t : project.calls().types().ancestry(type)) {
            var declared = project.calls().types().type(t);
            if (declared == null) {
                continue;
            }
            for (var decl : declared.type().methods()) {
                if (undo.contains(decl.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The simple names of library types that undo what returned them when closed or cancelled. */
    static final Set<String> HANDLE_TYPES = Set.of("AutoCloseable", "Closeable", "Disposable", "Subscription",
            "Registration", "Cancellable", "Cancelable", "ListenerRegistration", "Handle");
    static final Set<String> HANDLE_METHODS = Set.of("close", "cancel", "dispose", "unsubscribe",
            "unregister", "remove");

    /**
     * Whether the project method called returns a handle that undoes the registration: a library handle type
     * ({@code AutoCloseable}, {@code Subscription}, ...) or a project type that declares, or extends one that declares,
     * {@code close()}, {@code cancel()}, {@code dispose()}, {@code unsubscribe()}, ...
     */
    static boolean returnsHandle(ProjectModel project, String type, CallSite c) {
        var types = project.calls().types();
        for (String t : types.ancestry(type)) {
            for (var decl : types.declared(t, c.name(), c.argumentCount())) {
                String returned = dev.refflow.model.TypeNames.rawSimpleName(decl.returnType());
                if (HANDLE_TYPES.contains(returned)) {
                    return true;
                }
                String projectType = types.resolve(types.type(t).file(), t, decl.returnType());
                if (projectType != null) {
                    for (String h : types.ancestry(projectType)) {
                        var declared = types.type(h);
                        if (declared == null) {
                            continue;
                        }
                        for (String sup : declared.type().superTypes()) {
                            if (HANDLE_TYPES.contains(dev.refflow.model.TypeNames.rawSimpleName(sup))) {
                                return true;
                            }
                        }
                        for (var m : declared.type().methods()) {
                            if (HANDLE_METHODS.contains(m.name()) && m.parameterTypes().isEmpty()) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether what a registration keeps in these fields does not pile up: a map keeps one value per key (the next put
     * of the key replaces it: a keyed slot), and a queue its owner drains itself (a removal or clear that takes no
     * parameter: {@code poll()}, {@code clear()}, an iterator's {@code remove()}) is a work queue, not a listener list.
     */
    static boolean keyedOrDrained(ProjectModel project, Set<FieldRef> kept) {
        for (FieldRef f : kept) {
            FieldIndex.Declared d = project.fields().declared(f);
            if (d == null) {
                continue;
            }
            String type = project.libraryType(d.file(), d.field().type());
            if (!type.isEmpty() && project.libraryModels().isA(type, "java.util.Map")) {
                return true;
            }
            for (FieldIndex.Use u : project.fields().uses(f)) {
                if (u.kind() == FieldIndex.UseKind.SHRINK && u.event() != null && (u.event().target() < 0
                        || u.method().object(u.event().target()).kind() != ObjectKind.PARAMETER)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether some project method takes an element out of one of these fields by a parameter it is given. */
    static boolean removesParameterFrom(ProjectModel project, Set<FieldRef> kept) {
        for (FieldRef f : kept) {
            for (FieldIndex.Use u : project.fields().uses(f)) {
                if (u.kind() == FieldIndex.UseKind.SHRINK && u.event() != null && u.event().target() >= 0
                        && u.method().object(u.event().target()).kind() == ObjectKind.PARAMETER) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every argument position of a call. */
    static Set<Integer> allArguments(CallSite c) {
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
    record Removals(Set<FieldRef> removedFrom, Set<MethodFlow> called) {
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

    /**
     * What one file's classes undo, worked out when a registration first asks: the names of the calls they make and
     * what the project methods they call take out of fields.
     */
    static final class Undo {
        private final ProjectModel project;
        private final FileFacts file;
        private Set<String> calls;
        private Removals removals;

        Undo(ProjectModel project, FileFacts file) {
            this.project = project;
            this.file = file;
        }

        /** Whether the file's classes undo this registration ({@link Registrations#undone}). */
        boolean undoes(CallSite c, Registration registration) {
            if (calls == null) {
                calls = callsIn(file);
            }
            if (registration.library() == null && removals == null) {
                removals = removalsIn(project, file);
            }
            return undone(project, c, registration, calls, removals);
        }
    }

    /**
     * A call on something that is no listener list whatever its name: a future or promise (it runs its callbacks
     * once and drops them), or a listener itself (calling it notifies it).
     */
    static boolean onNoListenerList(ProjectModel project, FileFacts file, CallSite c) {
        return oneShot(project, file, c) || project.traits(file, c.receiver().type()).contains(Trait.LISTENER);
    }

    /**
     * Whether the class undoes a registration: a library registration by a call the row names for it; a project one
     * by a callee that takes it out of where it was kept, or by a call named as its undo ({@code registerBean} by
     * {@code unregisterBean}), which covers what the project method handed on to a library registry.
     */
    static boolean undone(ProjectModel project, CallSite c, Registration registration, Set<String> calls,
                          Removals removals) {
        if (registration.library() != null) {
            return removed(c.name(), registration.library(), calls);
        }
        // by name only when the name has a noun to match: a bare "remove" anywhere in the file says nothing
        return removals.undo(project, registration.fields())
                || !c.name().equals(c.name().toLowerCase(java.util.Locale.ROOT)) && removed(c.name(), PROJECT_UNDO, calls);
    }

    /** How deep the calls a class makes are followed to find it emptying a registry. */
    static final int REMOVAL_DEPTH = 3;

    static Removals removalsIn(ProjectModel project, FileFacts file) {
        Set<FieldRef> removedFrom = new HashSet<>();
        Set<MethodFlow> called = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        // what the class calls, and what those call in turn (close() -> factory.remove(this) -> map.remove(key))
        List<MethodFlow> frontier = new ArrayList<>();
        for (MethodFlow m : file.methods()) {
            for (CallSite c : m.calls()) {
                frontier.addAll(project.calls().bodies(c));
            }
        }
        for (int depth = 0; depth < REMOVAL_DEPTH && !frontier.isEmpty(); depth++) {
            List<MethodFlow> next = new ArrayList<>();
            for (MethodFlow body : frontier) {
                if (called.add(body)) {
                    for (CallSite c : body.calls()) {
                        List<MethodFlow> targets = project.calls().bodies(c);
                        if (targets.size() <= MethodSummaries.MAX_DISPATCH) {
                            next.addAll(targets);
                        }
                    }
                }
            }
            frontier = next;
        }
        for (MethodFlow m : file.methods()) {
            for (CallSite c : m.calls()) {
                for (MethodFlow body : project.calls().bodies(c)) {
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
    static Set<String> callsIn(FileFacts file) {
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
    static boolean oneShot(ProjectModel project, FileFacts file, CallSite c) {
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
    static boolean takesOwner(CallSite c) {
        String text = c.text().toLowerCase(Locale.ROOT);
        return c.argumentCount() >= 2 && (text.contains("owner") || text.contains("lifecycle"));
    }
    /**
     * What the listener is registered with, as written, and whether it is known to outlive the owner: a static, a
     * field the owner was given (injected), or what a project method returns from a static. Null when the owner made
     * it (in this method, or in a field it only ever sets to objects it creates): it dies with the owner.
     */
    record Subject(String text, boolean outlives) {
    }

    static Subject subject(ProjectModel project, FileFacts file, MethodFlow m, CallSite c, FieldIndex fields) {
        if (c.receivers().length == 0) {
            // a static registry: Registry.register(this)
            String scope = c.receiver().text();
            return c.receiver() instanceof Receiver.OfType && !scope.isEmpty()
                    && Character.isUpperCase(scope.charAt(scope.lastIndexOf('.') + 1)) ? new Subject(scope, true) : null;
        }
        boolean outlives = false;
        for (int r : c.receivers()) {
            AbstractObject o = m.object(r);
            switch (o.kind()) {
                case ALLOCATION, THIS, LAMBDA -> {
                    return null;
                }
                case STATIC_FIELD -> outlives = true;
                case FIELD -> {
                    FieldIndex.Declared d = fields.resolve(o);
                    Boolean given = d == null ? null : givenField(fields, d);
                    if (Boolean.FALSE.equals(given)) {
                        return null;
                    }
                    outlives |= Boolean.TRUE.equals(given);
                }
                case CALL_RESULT -> outlives |= fromStatic(project, m, r);
                case PARAMETER -> outlives |= keptByOwner(m, r);
                default -> {
                }
            }
        }
        return new Subject(c.receiver().text(), outlives);
    }

    /**
     * Where a field's value comes from: true when it is set from a parameter (a service the owner was given, shared
     * with whoever gave it), false when only ever to objects the class creates (it dies with the owner), null when
     * the model cannot tell (never set in the project, or set from calls).
     */
    static Boolean givenField(FieldIndex fields, FieldIndex.Declared d) {
        boolean created = !d.field().initType().isEmpty();
        boolean given = false;
        boolean unknown = false;
        for (FieldIndex.Use u : fields.uses(d.field().ref())) {
            if (u.kind() != FieldIndex.UseKind.REPLACE || u.event() == null || u.event().subject() < 0) {
                continue;
            }
            switch (u.method().object(u.event().subject()).kind()) {
                case ALLOCATION, LAMBDA, THIS -> created = true;
                case PARAMETER -> given = true;
                default -> unknown = true;
            }
        }
        if (given) {
            return true;
        }
        return created && !unknown ? Boolean.FALSE : null;
    }

    /**
     * A parameter the method also keeps in a field of the owner ({@code this.model = model; model.addX(this)}): a
     * service the owner was given, shared with whoever gave it. Any other parameter: the model cannot tell how long
     * what the caller passed lives.
     */
    static boolean keptByOwner(MethodFlow m, int parameter) {
        for (dev.refflow.model.FlowEvent e : m.events()) {
            if (e.kind() == dev.refflow.model.EventKind.STORE_FIELD && e.subject() == parameter && e.target() >= 0
                    && m.object(e.target()).kind() == ObjectKind.FIELD) {
                return true;
            }
        }
        return false;
    }

    /** A call's value that a project method takes from a static field (a singleton's getter, a global registry). */
    static boolean fromStatic(ProjectModel project, MethodFlow m, int result) {
        for (CallSite c : m.calls()) {
            if (c.result() != result) {
                continue;
            }
            for (MethodFlow callee : project.calls().bodies(c)) {
                for (MethodSummary.Source s : project.summaries().of(callee).results()) {
                    if (s instanceof MethodSummary.FieldValue f) {
                        FieldIndex.Declared d = project.fields().declared(f.field());
                        if (d != null && d.field().isStatic()) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
