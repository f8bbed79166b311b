package dev.refflow.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which project bodies each call site can run, and who calls each body. Calls are resolved without a symbol solver:
 * the receiver's declared type (a local, parameter, field or {@code this}; a type named in a static call; the
 * class and its enclosing classes for an unqualified call; static imports) through the project's type index, then
 * the method by name and argument count. A call to a method that subclasses may override stands for the
 * declaration and every override in a project subtype. A call the project does not declare may match a library
 * model row; otherwise it is unknown, and unknown never makes a finding.
 */
public final class CallGraph {
    /** How far a call was resolved. */
    public enum Resolution {
        /** to one or more bodies of the project (or a project constructor with no body) */
        PROJECT,
        /** to a library model row of the receiver's type (or a supertype) */
        LIBRARY,
        /** to a library model row for any receiver, by name */
        LIBRARY_BY_NAME,
        /** to nothing RefFlow knows */
        UNKNOWN
    }

    /** A call of a body: the caller, its file, the call site. */
    public record CallEdge(FileFacts file, MethodFlow caller, CallSite call) {
    }

    /** Where a call goes: the bodies it can run and how it was resolved. */
    public record Targets(List<MethodFlow> bodies, Resolution resolution) {
        static final Targets UNKNOWN = new Targets(List.of(), Resolution.UNKNOWN);
    }

    private static final int MAX_TARGETS = 64;

    private final TypeIndex types;
    private final FieldIndex fields;
    private final ProjectModel project;
    private final Map<CallSite, Targets> targets;
    private final Map<MethodFlow, List<CallEdge>> callers;
    private final int[] counts = new int[Resolution.values().length];

    CallGraph(ProjectModel project, TypeIndex types, FieldIndex fields, int threads) {
        this.project = project;
        this.types = types;
        this.fields = fields;
        // resolving is independent per file: done on the workers, merged in file order
        List<FileFacts> files = project.files();
        int sites = 0;
        int bodies = 0;
        for (FileFacts f : files) {
            bodies += f.methods().size();
            for (MethodFlow m : f.methods()) {
                sites += m.calls().size();
            }
        }
        // sized up front: tens of thousands of entries, not grown by doubling
        targets = new IdentityHashMap<>(sites);
        callers = new IdentityHashMap<>(bodies);
        Targets[][] resolvedPerFile = new Targets[files.size()][];
        Workers.forEachIndex(files.size(), threads, i -> {
            FileFacts f = files.get(i);
            List<Targets> out = new ArrayList<>();
            for (MethodFlow m : f.methods()) {
                for (CallSite c : m.calls()) {
                    out.add(byArgumentTypes(resolve(f, m, c), c));
                }
            }
            resolvedPerFile[i] = out.toArray(new Targets[0]);
        });
        for (int i = 0; i < files.size(); i++) {
            FileFacts f = files.get(i);
            int k = 0;
            for (MethodFlow m : f.methods()) {
                for (CallSite c : m.calls()) {
                    Targets t = resolvedPerFile[i][k++];
                    targets.put(c, t);
                    counts[t.resolution().ordinal()]++;
                    for (MethodFlow body : t.bodies()) {
                        callers.computeIfAbsent(body, x -> new ArrayList<>()).add(new CallEdge(f, m, c));
                    }
                }
            }
        }
    }

    /** Where a call site of a body goes. */
    public Targets targets(CallSite call) {
        return targets.getOrDefault(call, Targets.UNKNOWN);
    }

    /** The project bodies a call site can run (empty when it runs none the project has). */
    public List<MethodFlow> bodies(CallSite call) {
        return targets(call).bodies();
    }

    /** The call sites that can run a body. */
    public List<CallEdge> callers(MethodFlow body) {
        return callers.getOrDefault(body, List.of());
    }

    /** How many call sites were resolved each way. */
    public int count(Resolution r) {
        return counts[r.ordinal()];
    }

    public TypeIndex types() {
        return types;
    }

    // ------------------------------------------------------------------ resolution

    /**
     * Overloads with the same name and count of parameters: when some candidate's parameter types equal the
     * argument types the call is known to pass, Java picks among those (an exact match is the most specific), so the
     * others are dropped; when none does, all stay.
     */
    static Targets byArgumentTypes(Targets t, CallSite c) {
        if (t.bodies().size() < 2) {
            return t;
        }
        List<MethodFlow> exact = new ArrayList<>();
        for (MethodFlow body : t.bodies()) {
            if (fitsKnownArguments(body, c)) {
                exact.add(body);
            }
        }
        return exact.isEmpty() || exact.size() == t.bodies().size() ? t : new Targets(List.copyOf(exact), t.resolution());
    }

    private static boolean fitsKnownArguments(MethodFlow body, CallSite c) {
        if (body.parameterTypes().size() != c.argumentCount()) {
            return false;
        }
        for (int k = 0; k < c.argumentCount(); k++) {
            String given = c.arguments().get(k).type();
            if (given == null || given.isEmpty()) {
                continue;
            }
            if (!TypeNames.rawSimpleName(given).equals(TypeNames.rawSimpleName(body.parameterTypes().get(k)))) {
                return false;
            }
        }
        return true;
    }

    private Targets resolve(FileFacts file, MethodFlow m, CallSite c) {
        String owner = m.ownerType();
        int n = c.argumentCount();
        if (c.name().equals(CallSite.CONSTRUCTOR)) {
            String type;
            if (c.receiver() instanceof Receiver.OfType t) {
                type = types.resolve(file, owner, t.text());
            } else {
                type = c.receiver().text().equals("super") ? types.superclass(owner) : owner;
            }
            if (type != null) {
                return new Targets(types.bodies(type, CallSite.CONSTRUCTOR, n), Resolution.PROJECT);
            }
            return library(file, m, c);
        }
        if (c.receiver() instanceof Receiver.Implicit implicit) {
            for (String t = owner; t != null && !t.isEmpty(); t = types.enclosingOf(t)) {
                Targets found = dispatch(t, c.name(), n);
                if (found != null) {
                    return found;
                }
            }
            for (String imported : implicit.staticImports()) {
                if (types.type(imported) != null) {
                    Targets found = dispatch(imported, c.name(), n);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return library(file, m, c);
        }
        if (c.receiver() instanceof Receiver.OfType t) {
            String type = types.resolve(file, owner, t.text());
            Targets found = type == null ? null : dispatch(type, c.name(), n);
            return found != null ? found : library(file, m, c);
        }
        String text = c.receiver().text();
        if (text.equals("super")) {
            String superclass = types.superclass(owner);
            TypeFacts.MethodDecl decl = superclass == null ? null : declaration(superclass, c.name(), n);
            if (decl != null) {
                return new Targets(declaringBodies(superclass, c.name(), n), Resolution.PROJECT);
            }
            return library(file, m, c);
        }
        String type = receiverType(file, m, c);
        Targets found = type == null ? null : dispatch(type, c.name(), n);
        return found != null ? found : library(file, m, c);
    }

    /**
     * The project type a call's receiver is declared as ({@code Bus} for {@code bus.register(this)} with a field
     * {@code Bus bus}; the type itself for {@code Bus.register(this)}), or null when it is not one of the project's.
     */
    public String receiverProjectType(FileFacts file, MethodFlow m, CallSite c) {
        if (c.receiver() instanceof Receiver.OfType t) {
            return types.resolve(file, m.ownerType(), t.text());
        }
        if (c.receiver() instanceof Receiver.Implicit) {
            return m.ownerType();
        }
        return receiverType(file, m, c);
    }

    /** The project type a call's receiver is declared as, or null. */
    private String receiverType(FileFacts file, MethodFlow m, CallSite c) {
        String owner = m.ownerType();
        if (c.receiver().text().equals("this")) {
            return owner;
        }
        for (int r : c.receivers()) {
            if (m.object(r).kind() == ObjectKind.THIS) {
                return owner;
            }
        }
        if (!c.receiver().type().isEmpty()) {
            String t = types.resolve(file, owner, c.receiver().type());
            if (t != null) {
                return t;
            }
        }
        for (int r : c.receivers()) {
            AbstractObject o = m.object(r);
            if (o.isField()) {
                FieldIndex.Declared d = fields.resolve(o);
                if (d != null) {
                    String t = types.resolve(d.file(), d.field().owner(), d.field().type());
                    if (t != null) {
                        return t;
                    }
                }
            } else if (o.kind() == ObjectKind.PARAMETER && r < m.parameterCount()) {
                String t = types.resolve(file, owner, m.parameterTypes().get(r));
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /**
     * A call of {@code name} on a receiver of project type {@code type}: the body that declares it (in the type or a
     * project supertype) and, unless it is static or private, every override in a project subtype of {@code type}.
     * Null when the project does not declare such a method for the type.
     */
    private Targets dispatch(String type, String name, int n) {
        DispatchKey key = new DispatchKey(type, name, n);
        Targets known = dispatched.get(key);
        if (known != null) {
            return known == NOT_DECLARED ? null : known;
        }
        Targets found = dispatchUncached(type, name, n);
        dispatched.put(key, found == null ? NOT_DECLARED : found);
        return found;
    }

    private static final Targets NOT_DECLARED = new Targets(List.of(), Resolution.UNKNOWN);
    /** (a record: no key string built and hashed again for every call) */
    private record DispatchKey(String type, String name, int arity) {
    }

    private final Map<DispatchKey, Targets> dispatched = new java.util.concurrent.ConcurrentHashMap<>();

    private Targets dispatchUncached(String type, String name, int n) {
        String declaring = null;
        TypeFacts.MethodDecl decl = null;
        for (String t : types.ancestry(type)) {
            List<TypeFacts.MethodDecl> found = types.declared(t, name, n);
            if (!found.isEmpty()) {
                declaring = t;
                decl = found.get(0);
                break;
            }
        }
        if (decl == null) {
            return null;
        }
        List<MethodFlow> out = new ArrayList<>(declaringBodies(declaring, name, n));
        if (!decl.isStatic() && !decl.isPrivate()) {
            for (String sub : types.descendants(type)) {
                for (MethodFlow body : types.bodies(sub, name, n)) {
                    if (out.size() >= MAX_TARGETS) {
                        break;
                    }
                    if (!out.contains(body)) {
                        out.add(body);
                    }
                }
            }
        }
        return new Targets(List.copyOf(out), Resolution.PROJECT);
    }

    private List<MethodFlow> declaringBodies(String type, String name, int n) {
        return types.bodies(type, name, n);
    }

    private TypeFacts.MethodDecl declaration(String type, String name, int n) {
        for (String t : types.ancestry(type)) {
            List<TypeFacts.MethodDecl> found = types.declared(t, name, n);
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        return null;
    }

    private Targets library(FileFacts file, MethodFlow m, CallSite c) {
        return project.libraryCall(file, m, c)
                .map(match -> new Targets(List.of(), match.onType().isEmpty() || match.onType().contains("*")
                        ? Resolution.LIBRARY_BY_NAME : Resolution.LIBRARY))
                .orElse(Targets.UNKNOWN);
    }

    // ------------------------------------------------------------------ who calls a body

    /** How a call site calls: from class initialization, from main, under a one-time guard, or otherwise. */
    public enum CallerKind {
        STATIC_INITIALIZATION, MAIN, GUARDED_ONCE, OTHER
    }

    public static CallerKind kind(CallEdge e) {
        MethodFlow caller = e.caller();
        if (caller.kind() == BodyKind.STATIC_INITIALIZER) {
            return CallerKind.STATIC_INITIALIZATION;
        }
        if (caller.mainMethod()) {
            return CallerKind.MAIN;
        }
        return guardedOnce(caller, e.call()) ? CallerKind.GUARDED_ONCE : CallerKind.OTHER;
    }

    /**
     * {@code if (!initialized) { ...; initialized = true; }}, {@code if (instance == null) { instance = ...; }}: the
     * call is under a condition on a field that the same body then sets, so it runs once.
     */
    public static boolean guardedOnce(MethodFlow caller, CallSite call) {
        Set<String> assigned = new HashSet<>();
        for (FlowEvent e : caller.events()) {
            if ((e.kind() == EventKind.STORE_FIELD || e.kind() == EventKind.STORE_STATIC) && e.target() >= 0) {
                AbstractObject holder = caller.object(e.target());
                for (FieldRef f : holder.field()) {
                    assigned.add(f.name());
                }
            }
        }
        if (assigned.isEmpty()) {
            return false;
        }
        for (Guard g : call.guards()) {
            if (g instanceof Guard.Condition c) {
                String text = c.text().replace(" ", "").replace("this.", "");
                for (String field : assigned) {
                    if (text.equals("!" + field) || text.equals(field + "==null") || text.equals("null==" + field)
                            || text.equals(field + "==false") || text.endsWith("." + field + "==null")
                            || text.equals("!" + lastName(field))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String lastName(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    /**
     * True when every way into a body starts in class initialization, in {@code main}, or under a one-time guard: its
     * growth is initialization, not something the workload repeats. Static initializers and {@code main} are; a
     * body with no project caller is not (anything may call it); otherwise every call of it must be from class
     * initialization, {@code main}, under a one-time guard, or from a body that is itself initialization-only. Asked
     * about a few bodies: answered by walking their callers, and remembered.
     */
    public synchronized boolean initializationOnly(MethodFlow body) {
        return initOnly(body, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private final Map<MethodFlow, Boolean> initOnly = new IdentityHashMap<>();

    /**
     * {@code waiting}: the bodies whose answer waits on this one. A caller among them closes a cycle of calls, which
     * by itself never makes growth initialization (the least answer), so it counts as an ordinary caller.
     */
    private boolean initOnly(MethodFlow body, Set<MethodFlow> waiting) {
        Boolean known = initOnly.get(body);
        if (known != null) {
            return known;
        }
        if (body.kind() == BodyKind.STATIC_INITIALIZER || body.mainMethod()) {
            initOnly.put(body, true);
            return true;
        }
        List<CallEdge> in = callers(body);
        if (in.isEmpty() || !waiting.add(body)) {
            return false;
        }
        boolean all = true;
        for (CallEdge e : in) {
            if (kind(e) == CallerKind.OTHER && !initOnly(e.caller(), waiting)) {
                all = false;
                break;
            }
        }
        waiting.remove(body);
        if (all || waiting.isEmpty()) {
            // a "no" found while an outer body waits may rest on that wait: remembered only at the top
            initOnly.put(body, all);
        }
        return all;
    }

    /**
     * True when {@code body} is an entry (as {@code entry} says) or every way into it, up to {@code depth} calls
     * up, starts at one: a body no project code calls is not (anything may call it). For questions such as "does
     * this only run while the component starts?" or "only while it stops?".
     */
    public synchronized boolean onlyReachedFrom(MethodFlow body, java.util.function.Predicate<MethodFlow> entry,
                                                int depth) {
        return reachedOnlyFrom(body, entry, depth, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private boolean reachedOnlyFrom(MethodFlow body, java.util.function.Predicate<MethodFlow> entry, int depth,
                                    Set<MethodFlow> seen) {
        return reachedOnlyFrom(body, null, entry, depth, seen);
    }

    /**
     * What a body's path to the growth needs of one of its parameters: that it is one of these constants (the growth
     * is in a {@code switch} arm for them, or is reached through a call that passes the parameter on to such an arm).
     */
    private record Needs(int parameter, List<String> constants) {
        boolean refusedBy(String constantText) {
            String given = lastName(constantText);
            return constants.stream().noneMatch(c -> lastName(c).equals(given));
        }
    }

    private boolean reachedOnlyFrom(MethodFlow body, Needs needs, java.util.function.Predicate<MethodFlow> entry,
                                    int depth, Set<MethodFlow> seen) {
        if (entry.test(body)) {
            return true;
        }
        if (depth <= 0 || !seen.add(body)) {
            return false;
        }
        List<CallEdge> in = callers(body);
        if (in.isEmpty()) {
            return false;
        }
        boolean anyFeasible = false;
        for (CallEdge e : in) {
            if (e.caller() == body) {
                // a recursive call adds no way in from outside
                continue;
            }
            Needs passed = null;
            if (needs != null && needs.parameter() < e.call().argumentCount()) {
                String written = KeyDomains.argumentText(e.call().text(), needs.parameter()).strip();
                if (CONSTANT_NAME.matcher(written).matches()) {
                    // only a constant named through the parameter's own type (an enum constant, Mode.FAST): a bare
                    // name may be a static final holding any of them
                    String type = TypeNames.rawSimpleName(body.parameterTypes().get(needs.parameter()));
                    int dot = written.lastIndexOf('.');
                    String qualifier = dot < 0 ? "" : written.substring(0, dot);
                    if ((qualifier.equals(type) || qualifier.endsWith("." + type)) && needs.refusedBy(written)) {
                        // a caller that passes another constant never reaches the growth: not a way in
                        continue;
                    }
                } else {
                    passed = passedOn(e, needs);
                }
            }
            Needs callerNeeds = passed;
            Needs own = armNeeds(e);
            if (own != null && callerNeeds != null && own.parameter() == callerNeeds.parameter()) {
                List<String> both = own.constants().stream().filter(c -> !callerNeeds.refusedBy(c)).toList();
                if (both.isEmpty()) {
                    continue;
                }
                own = new Needs(own.parameter(), both);
            }
            anyFeasible = true;
            if (!reachedOnlyFrom(e.caller(), own != null ? own : callerNeeds, entry, depth - 1, seen)) {
                return false;
            }
        }
        return anyFeasible;
    }

    /** an enum constant or a static final, as written: {@code VM}, {@code Source.VM} */
    private static final java.util.regex.Pattern CONSTANT_NAME =
            java.util.regex.Pattern.compile("(?:[A-Za-z_$][\\w$]*\\.)*[A-Z][A-Z0-9_]*");

    /** The caller's parameter the call passes on where the callee needs a constant, with the same need; or null. */
    private static Needs passedOn(CallEdge e, Needs needs) {
        int[] passed = e.call().argument(needs.parameter());
        if (passed.length != 1) {
            return null;
        }
        AbstractObject o = e.caller().object(passed[0]);
        return o.kind() == ObjectKind.PARAMETER && passed[0] < e.caller().parameterTypes().size()
                ? new Needs(passed[0], needs.constants()) : null;
    }

    /** What the call's own switch arm needs of one of the caller's parameters (the selector), or null. */
    private static Needs armNeeds(CallEdge e) {
        for (Guard g : e.call().guards()) {
            if (g instanceof Guard.Case c) {
                for (int p = 0; p < e.caller().parameterTypes().size(); p++) {
                    if (e.caller().object(p).name().equals(c.selector())) {
                        return new Needs(p, c.labels());
                    }
                }
            }
        }
        return null;
    }
}
