package dev.refflow.rules.checks;

import dev.refflow.model.BodyKind;
import dev.refflow.model.CallSite;
import dev.refflow.model.EventKind;
import dev.refflow.model.FlowEvent;
import dev.refflow.model.MethodSummaries;
import dev.refflow.model.MethodSummary;
import dev.refflow.model.FieldInfo;
import dev.refflow.model.Guard;
import dev.refflow.model.KeyDomain;
import dev.refflow.model.KeyDomains;
import dev.refflow.model.ObjectKind;
import dev.refflow.model.Trait;
import dev.refflow.model.Effect;
import dev.refflow.model.LibraryModels;
import dev.refflow.model.MethodFlow;
import dev.refflow.model.DisjointTypes;
import dev.refflow.model.AbstractObject;
import dev.refflow.model.TypeNames;
import dev.refflow.model.CallGraph;
import dev.refflow.model.FieldIndex;
import dev.refflow.model.FieldIndex.Use;
import dev.refflow.model.FileFacts;
import dev.refflow.model.ProjectModel;
import dev.refflow.model.TypeFacts;
import dev.refflow.rules.FindingGraph;
import dev.refflow.rules.Level;
import dev.refflow.rules.Rule;
import dev.refflow.rules.RuleContext;
import dev.refflow.rules.RuleInfo;
import dev.refflow.rules.TraceStep;
import dev.refflow.rules.Traces;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A static mutable collection that code adds to after class initialization and that nothing in the project
 * ever removes from, clears or replaces: it grows for as long as the program runs. Uses are joined across the
 * project (a map filled in one class and cleared in another is fine). Silent when the collection is weak,
 * bounded or immutable, when its adds are guarded by a size check, and when it escapes where someone else may
 * shrink it (returned, or passed to code the model does not see).
 * <p>
 * A map or set grows only as far as its keys can vary ({@link KeyDomain}): keys that are constants, values of a
 * finite type or names a throwing lookup accepted are silent; keys that are classes or their members cannot grow
 * with the workload but pin class loaders (a note); a registry that stores what its callers pass in grows with
 * what they register (a note). A warning needs keys that come from the workload and values the map computes or
 * makes itself.
 */
@RuleInfo(summary = "A collection held by a static or a long-lived object (a singleton bean) is added to outside "
        + "initialization and never removed from, cleared or replaced: it grows for as long as the program runs.",
        level = Level.WARNING, formerIds = {"UnboundedStaticCollection"})
public final class UnboundedCollection implements Rule {

    @Override
    public void check(RuleContext context) {
        ProjectModel project = context.project();
        FieldIndex index = project.fields();
        KeyDomains domains = new KeyDomains(project);
        Map<String, List<FieldIndex.Declared>> holders = null;
        for (FieldIndex.Declared d : index.declaredFields()) {
            FieldInfo f = d.field();
            // a static, or a field of an object that lives as long as the application (a singleton bean)
            String bean = f.isStatic() ? null : project.longLivedRoot(f.owner());
            List<FieldIndex.Declared> heldBy = List.of();
            if (!f.isStatic() && bean == null) {
                // or of an object a static or a long-lived object made and holds: growth through that holder counts
                if (holders == null) {
                    holders = holders(project);
                }
                heldBy = holders.getOrDefault(f.owner(), List.of());
                if (heldBy.isEmpty()) {
                    continue;
                }
            }
            if (!isMutableContainer(f, d.file(), project)) {
                continue;
            }
            // the object holding the field is made once per holder: its construction is initialization
            boolean madeOnce = bean != null || !heldBy.isEmpty();
            List<Use> uses = index.uses(f.ref());
            List<Use> growth = new ArrayList<>();
            List<Use> wrongRemovals = new ArrayList<>();
            boolean shrinks = false;
            for (Use u : uses) {
                switch (u.kind()) {
                    case GROW -> {
                        if (!isInitialization(u, project, madeOnce) && !sizeGuarded(u)) {
                            growth.add(u);
                        }
                    }
                    case PASS -> {
                        switch (passedTo(project, u)) {
                            case GROWS -> {
                                if (!isInitialization(u, project, madeOnce)) {
                                    growth.add(u);
                                }
                            }
                            case READS -> {
                            }
                            default -> shrinks = true;
                        }
                    }
                    // a clear only in an exception handler bounds nothing while adds run on the normal path
                    case SHRINK -> {
                        if (removesNothing(project, d, u)) {
                            wrongRemovals.add(u);
                        } else {
                            shrinks |= !onlyOnErrorPath(u);
                        }
                    }
                    case RETURN -> shrinks = true;
                    // the field's own initializer (static, or for a bean's field its constructor) is no reset
                    case REPLACE -> shrinks |= !u.inStaticInitialization()
                            && !(madeOnce && isConstructionOf(u.method(), f));
                    default -> {
                    }
                }
            }
            if (!heldBy.isEmpty()) {
                // only what is added through the held instance: other instances of the class may come and go
                FieldIndex.Declared holder = null;
                for (java.util.Iterator<Use> it = growth.iterator(); it.hasNext(); ) {
                    FieldIndex.Declared through = throughHolder(project, it.next().method(), heldBy);
                    if (through == null) {
                        it.remove();
                    } else if (holder == null) {
                        holder = through;
                    }
                }
                if (holder != null) {
                    FieldInfo h = holder.field();
                    String hOwner = LibraryModels.simpleName(h.owner());
                    bean = "the " + LibraryModels.simpleName(f.owner()) + " held by " + (h.isStatic() ? "static "
                            : "") + hOwner + "." + h.name() + (h.isStatic() ? "" : " of " + project.longLivedRoot(
                            h.owner()));
                }
            }
            if (growth.isEmpty() || shrinks) {
                continue;
            }
            Evidence evidence = isKeyed(f, d.file(), project) ? evidence(project, domains, growth) : Evidence.WORKLOAD;
            if (evidence == Evidence.WORKLOAD && isIdentityKeyed(f, d.file(), project)
                    && growth.stream().allMatch(UnboundedCollection::keysAreCallersObjects)) {
                evidence = Evidence.ONCE_PER_OBJECT;
            }
            if (evidence == Evidence.WORKLOAD && growth.stream().allMatch(u -> project.calls()
                    .onlyReachedFrom(u.method(), project::isStartStep, 3))) {
                evidence = Evidence.CONFIGURATION;
            }
            if (evidence != Evidence.BOUNDED) {
                report(context, d, growth, evidence, bean, wrongRemovals);
            }
        }
    }

    /**
     * The fields that make and hold an object for as long as the application, by the project type they hold: a static
     * ({@code static final Registry REGISTRY = new Registry()}) or a field of a long-lived root that it sets to a new
     * object of that type (in its initializer or constructor).
     */
    private static Map<String, List<FieldIndex.Declared>> holders(ProjectModel project) {
        Map<String, List<FieldIndex.Declared>> out = new java.util.HashMap<>();
        for (FieldIndex.Declared h : project.fields().declaredFields()) {
            FieldInfo f = h.field();
            if (f.initType().isEmpty() || !f.isStatic() && project.longLivedRoot(f.owner()) == null) {
                continue;
            }
            String made = project.calls().types().resolve(h.file(), f.owner(), f.initType());
            if (made != null) {
                out.computeIfAbsent(made, k -> new ArrayList<>()).add(h);
            }
        }
        return out;
    }

    /** The holder through which a project call runs {@code body} ({@code REGISTRY.register(x)}), or null. */
    private static FieldIndex.Declared throughHolder(ProjectModel project, MethodFlow body,
                                                     List<FieldIndex.Declared> holders) {
        for (CallGraph.CallEdge e : project.calls().callers(body)) {
            for (int r : e.call().receivers()) {
                FieldIndex.Declared d = project.fields().resolve(e.caller().object(r));
                if (d != null && holders.stream().anyMatch(h -> h.field().ref().equals(d.field().ref()))) {
                    return d;
                }
            }
        }
        return null;
    }

    /** What the keys of the growth say about how far the collection can grow. */
    private enum Evidence {
        /** constants, finite values, validated names: it cannot grow with the workload */
        BOUNDED,
        /** classes or their members: as many as the classes loaded, each pinning its class loader */
        CLASS_KEYS,
        /** workload keys, but every value is one a caller outside the project passes in: an API to register with */
        REGISTRY,
        /** identity-keyed by the objects callers pass in: "once per object" bookkeeping that pins each object */
        ONCE_PER_OBJECT,
        /** added to only while the program starts or is configured: configuration-scale */
        CONFIGURATION,
        /** keys from the workload, values made here: grows with the workload */
        WORKLOAD
    }

    private static boolean isIdentityKeyed(FieldInfo f, FileFacts file, ProjectModel project) {
        String allocated = project.libraryType(file, f.initType());
        return !allocated.isEmpty() && project.libraryModels().isA(allocated, "java.util.IdentityHashMap");
    }

    /** Every key the growth adds is an object a caller passed in (a parameter), not one made here. */
    private static boolean keysAreCallersObjects(Use u) {
        if (u.event() == null || u.event().kind() != EventKind.ADD_TO_CONTAINER) {
            return false;
        }
        MethodFlow m = u.method();
        for (FlowEvent e : m.events()) {
            if (e.kind() == EventKind.ADD_TO_CONTAINER && e.line() == u.line() && e.column() == u.column()
                    && e.subject() == u.event().subject() && (e.element().key() || !hasKeyEvent(m, e))
                    && (e.target() < 0 || m.object(e.target()).kind() != ObjectKind.PARAMETER)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasKeyEvent(MethodFlow m, FlowEvent at) {
        for (FlowEvent e : m.events()) {
            if (e.kind() == EventKind.ADD_TO_CONTAINER && e.line() == at.line() && e.column() == at.column()
                    && e.element().key()) {
                return true;
            }
        }
        return false;
    }

    /** A map or a set: one entry per distinct key, so its size is bounded by how far its keys vary. */
    private static boolean isKeyed(FieldInfo f, FileFacts file, ProjectModel project) {
        LibraryModels models = project.libraryModels();
        for (String written : List.of(f.type(), f.initType())) {
            String type = project.libraryType(file, written);
            if (!type.isEmpty() && (models.isA(type, "java.util.Map") || models.isA(type, "java.util.Set"))) {
                return true;
            }
        }
        return false;
    }

    private static Evidence evidence(ProjectModel project, KeyDomains domains, List<Use> growth) {
        boolean classKeys = false;
        boolean registry = true;
        boolean workload = false;
        Set<String> seen = new HashSet<>();
        for (Use u : growth) {
            if (u.event() == null || u.event().kind() != EventKind.ADD_TO_CONTAINER) {
                // growth through a helper: what it adds is not seen here
                return Evidence.WORKLOAD;
            }
            if (!seen.add(u.method().signature() + "@" + u.line() + ":" + u.column())) {
                continue;
            }
            List<FlowEvent> keys = new ArrayList<>();
            List<FlowEvent> values = new ArrayList<>();
            for (FlowEvent e : u.method().events()) {
                if (e.kind() == EventKind.ADD_TO_CONTAINER && e.line() == u.line() && e.column() == u.column()
                        && e.subject() == u.event().subject()) {
                    (e.element().key() ? keys : values).add(e);
                }
            }
            boolean map = !keys.isEmpty();
            for (FlowEvent k : map ? keys : values) {
                KeyDomain domain = domains.of(u.file(), u.method(), k);
                classKeys |= domain == KeyDomain.CLASS_METADATA;
                if (!domain.bounded()) {
                    workload = true;
                    registry &= map && storesCallersValue(project, u, values);
                }
            }
        }
        if (!workload) {
            return classKeys ? Evidence.CLASS_KEYS : Evidence.BOUNDED;
        }
        return registry ? Evidence.REGISTRY : Evidence.WORKLOAD;
    }

    /**
     * A put of a value the caller passes in ({@code register(name, handler)} doing {@code MAP.put(name, handler)}),
     * in a method only code outside the project calls: the map holds what its callers register, not what it
     * computes, and whether they register per request or once at startup is not in the code analysed.
     */
    private static boolean storesCallersValue(ProjectModel project, Use u, List<FlowEvent> values) {
        MethodFlow m = u.method();
        if (m.isPrivate() || values.isEmpty() || !project.calls().callers(m).isEmpty()) {
            return false;
        }
        CallSite c = m.callAt(u.line(), u.column(), u.text());
        if (c == null || project.libraryCall(u.file(), m, c).map(r -> r.effects(Effect.Puts.class).isEmpty())
                .orElse(true)) {
            return false;
        }
        for (FlowEvent v : values) {
            if (v.target() < 0 || m.object(v.target()).kind() != ObjectKind.PARAMETER) {
                return false;
            }
        }
        return true;
    }

    /** What a method the collection is passed to does with it. */
    private enum Passed {
        /** adds to it */
        GROWS,
        /** only reads it: no effect on its size, and it does not escape */
        READS,
        /** removes from it, keeps it, or the model cannot tell: someone else may shrink it */
        ESCAPES
    }

    /**
     * What the project methods a collection is passed to do with it, from their summaries: a helper that adds to it
     * is growth, one that only reads it is nothing, anything else (it removes, keeps it, passes it on where the
     * model cannot see, or the call is not resolved) may shrink it.
     */
    private static Passed passedTo(ProjectModel project, Use u) {
        if (u.event() == null || u.event().kind() != EventKind.PASS_AS_ARGUMENT) {
            return Passed.ESCAPES;
        }
        MethodFlow m = u.method();
        CallSite c = m.callAt(u.line(), u.column(), u.text());
        if (c == null) {
            return Passed.ESCAPES;
        }
        List<MethodFlow> bodies = project.calls().bodies(c);
        if (bodies.isEmpty() || bodies.size() > MethodSummaries.MAX_DISPATCH) {
            return Passed.ESCAPES;
        }
        boolean grows = false;
        for (int k = 0; k < c.argumentCount(); k++) {
            boolean passed = false;
            for (int a : c.argument(k)) {
                passed |= m.object(a).site() == u.event().subject();
            }
            if (!passed) {
                continue;
            }
            for (MethodFlow body : bodies) {
                for (MethodSummary.Use use : project.summaries().of(body).parameter(k)) {
                    if (use instanceof MethodSummary.Grows) {
                        grows = true;
                    } else {
                        return Passed.ESCAPES;
                    }
                }
            }
        }
        return grows ? Passed.GROWS : Passed.READS;
    }

    /**
     * A static that holds a growable container (a collection, a map, a text buffer, as the library models say), and
     * nothing bounds or freezes it: not its initializer, not its type, not an override such as removeEldestEntry.
     */
    private static boolean isMutableContainer(FieldInfo f, FileFacts file, ProjectModel project) {
        LibraryModels models = project.libraryModels();
        String declared = project.libraryType(file, f.type());
        String allocated = project.libraryType(file, f.initType());
        boolean container = false;
        for (String type : List.of(declared, allocated)) {
            container |= !type.isEmpty() && (models.isA(type, "java.util.Collection") || models.isA(type, "java.util.Map")
                    || models.anyRowHas(type, Effect.Grows.class));
        }
        if (!container) {
            return false;
        }
        Set<Trait> traits = EnumSet.noneOf(Trait.class);
        traits.addAll(f.traits());
        for (String type : List.of(declared, allocated)) {
            if (!type.isEmpty()) {
                traits.addAll(models.traits(type));
            }
        }
        if (traits.contains(Trait.IMMUTABLE) || traits.contains(Trait.BOUNDED) || traits.contains(Trait.WEAK_KEYS)) {
            return false;
        }
        // a project class of that name (as the declaring file's imports resolve it: two projects' classes may share
        // a simple name) is the project's own, not the library's; one that overrides a method the models say bounds
        // it (an LRU map's removeEldestEntry) is bounded
        for (String written : List.of(f.rawType(), f.initType())) {
            String qualified = written.isEmpty() ? null : project.calls().types().resolve(file, f.owner(), written);
            TypeFacts t = qualified == null ? null : project.type(qualified).orElse(null);
            if (t == null) {
                continue;
            }
            if (project.libraryType(file, written).isEmpty()) {
                return false;
            }
            for (String method : t.methodNames()) {
                for (String type : List.of(declared, allocated)) {
                    if (!type.isEmpty() && overrideBounds(models, type, method)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean overrideBounds(LibraryModels models, String type, String method) {
        for (int arity = 0; arity <= 3; arity++) {
            var row = models.declared(type, method, arity);
            if (row.isPresent() && row.get().effects(Effect.IfOverridden.class).stream()
                    .anyMatch(e -> e.trait() == Trait.BOUNDED)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Growth while the program initializes is not growth the workload drives: in static initialization, in a body
     * every way into which starts there, in {@code main} or under a one-time guard (the call graph tells), and in
     * the constructors of long-lived roots (enum constants, singletons, singleton beans and the abstract classes only
     * they extend: each is built once) and of a singleton bean whose field it is (the container builds it once).
     */
    private static boolean isInitialization(Use u, ProjectModel project, boolean beanField) {
        MethodFlow m = u.method();
        if (m.kind() == BodyKind.STATIC_INITIALIZER || project.calls().initializationOnly(m)) {
            return true;
        }
        boolean constructor = m.kind() == BodyKind.CONSTRUCTOR || m.kind() == BodyKind.INSTANCE_INITIALIZER;
        // a long-lived root (an enum constant, a singleton, a bean) is made once: its constructor runs once per root
        return constructor && (beanField || project.longLivedRoot(m.ownerType()) != null);
    }

    /** A removal inside a {@code catch} block: it runs only when something failed. */
    private static boolean onlyOnErrorPath(Use u) {
        CallSite c = u.call() != null ? u.call() : u.method().callAt(u.line(), u.column(), u.text());
        return c != null && c.guards().stream().anyMatch(g -> g instanceof Guard.InHandler);
    }

    /** A constructor or instance initializer of the field's own class: it runs as the object is made. */
    private static boolean isConstructionOf(MethodFlow m, FieldInfo f) {
        return (m.kind() == BodyKind.CONSTRUCTOR || m.kind() == BodyKind.INSTANCE_INITIALIZER)
                && m.ownerType().equals(f.owner());
    }

    /** An add under {@code if (X.size() < MAX)} or after {@code if (X.size() >= MAX) return;} is bounded. */
    private static boolean sizeGuarded(Use u) {
        CallSite c = u.method().callAt(u.line(), u.column(), u.text());
        if (c == null || c.receiver().text().isEmpty()) {
            return false;
        }
        for (Guard g : c.guards()) {
            if (g instanceof Guard.Condition condition && condition.text().contains(c.receiver().text())
                    && (condition.text().contains("size()") || condition.text().contains("isEmpty()")
                    || condition.text().contains("remainingCapacity()"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code sessions.remove(session)} on a {@code Map<String, Session>}: the argument's type can never equal a key's
     * (see {@link DisjointTypes}), so the call removes nothing. Asked of maps and sets, by their first type argument;
     * a list's {@code remove(int)} removes by index and is not asked.
     */
    private static boolean removesNothing(ProjectModel project, FieldIndex.Declared d, Use u) {
        FieldInfo f = d.field();
        CallSite c = u.call() != null ? u.call() : u.method().callAt(u.line(), u.column(), u.text());
        if (c == null || c.argumentCount() != 1 || !c.name().equals("remove")) {
            return false;
        }
        String type = project.libraryType(d.file(), f.type());
        if (type.isEmpty() || !(project.libraryModels().isA(type, "java.util.Map")
                || project.libraryModels().isA(type, "java.util.Set"))) {
            return false;
        }
        List<String> arguments = TypeNames.typeArguments(f.type());
        int[] passed = c.argument(0);
        if (arguments.isEmpty() || passed.length == 0) {
            return false;
        }
        for (int id : passed) {
            AbstractObject o = u.method().object(id);
            if (!DisjointTypes.disjoint(project, d.file(), f.owner(), arguments.get(0), u.file(),
                    u.method().ownerType(), o.type())) {
                return false;
            }
        }
        return true;
    }

    private void report(RuleContext context, FieldIndex.Declared d, List<Use> growth, Evidence evidence, String bean,
                        List<Use> wrongRemovals) {
        FieldInfo f = d.field();
        String owner = f.owner().substring(f.owner().lastIndexOf('.') + 1);
        List<TraceStep> trace = new ArrayList<>();
        String kind = bean == null ? "static" : "field";
        // where the collection hangs: a class (a GC root for the life of its loader) or the long-lived object
        String rootName = bean == null ? "this static root" : bean + ", which lives as long as the application";
        trace.add(Traces.step(f.line(), "declare", kind + " " + f.type() + " " + f.name()
                + (bean == null ? "" : ", held by " + bean)));
        for (Use u : growth.subList(0, Math.min(5, growth.size()))) {
            TraceStep step = new TraceStep(u.line(), u.line(), "add", where(u) + u.text());
            trace.add(u.file().equals(d.file()) ? step : step.in(u.file().file()));
            trace.addAll(helperSteps(context.project(), u));
        }
        if (growth.size() > 5) {
            Use sixth = growth.get(5);
            trace.add(Traces.step(sixth.line(), "add", "... and " + (growth.size() - 5) + " more places")
                    .in(sixth.file().file()));
        }
        for (Use u : wrongRemovals) {
            TraceStep step = new TraceStep(u.line(), u.line(), "removes nothing", u.text()
                    + ": the argument's type can never equal a key's");
            trace.add(u.file().equals(d.file()) ? step : step.in(u.file().file()));
        }
        trace.add(Traces.step(f.line(), "never shrunk", "no remove, clear or replacement of " + owner + "." + f.name()
                + " anywhere in the project"));
        Use first = growth.get(0);
        String grows = kind + " " + f.rawType() + " " + owner + "." + f.name() + (bean == null ? "" : " of " + bean)
                + " only grows: "
                + verb(first) + " in " + memberName(first) + (first.file().equals(d.file()) ? "" : " ("
                + first.file().file().relativePath() + ")") + (growth.size() > 1 ? " and " + (growth.size() - 1)
                + " more place" + (growth.size() > 2 ? "s" : "") : "")
                + ", and nothing in the project removes from it, clears or replaces it"
                + (wrongRemovals.isEmpty() ? "" : " (" + wrongRemovals.get(0).text() + " removes nothing: its argument "
                + "is never equal to a key of type " + TypeNames.typeArguments(f.type()).get(0) + ")");
        String message = switch (evidence) {
            case CLASS_KEYS -> grows + ". Its keys are classes or their members (or names of them): it cannot grow "
                    + "with the workload, but it keeps every class it saw, and that class's loader, reachable from "
                    + rootName + ", so a redeployed application's classes are never unloaded. Use ClassValue "
                    + "or weak keys";
            case ONCE_PER_OBJECT -> grows + ". It remembers, by identity, each object its callers hand in: that "
                    + "does not grow with the workload unless the objects do, but it keeps every one of them (and all "
                    + "they reach) reachable from " + rootName + " after the rest of the program has dropped it. Use "
                    + "weak keys (Collections.newSetFromMap(new WeakHashMap<>()) compares by equals; Guava's "
                    + "new MapMaker().weakKeys() by identity)";
            case CONFIGURATION -> grows + ", but only in start-up or configuration steps (every way into "
                    + memberName(first) + " starts in a method such as start(), init() or configure(), or in a constructor "
                    + "given an annotation, which frameworks call once per annotated element): it holds "
                    + "the configuration and stays that large, unless the step runs again (a restart or reload that "
                    + "does not clear it grows it each time)";
            case REGISTRY -> grows + ". It keeps what its callers register (the value is the caller's): a registry "
                    + "filled from configuration stays small, one filled per request or per object grows with the "
                    + "workload and keeps every value reachable from " + rootName + ". Check what calls it, and "
                    + "give it a way to unregister";
            default -> grows + "; everything it holds stays reachable from " + rootName + ", in the old "
                    + "generation, for as long as that lives. Bound it (evict the eldest entry, a cache with a maximum "
                    + "size), remove entries when done, or make the keys weak";
        };
        // keys that cannot follow the workload, or values callers choose, are partial evidence: a note
        Level level = evidence == Evidence.WORKLOAD ? context.defaultLevel() : Level.NOTE;
        FindingGraph graph = new FindingGraph(
                List.of(new FindingGraph.Node(0, bean == null ? "class " + owner + " (GC root)" : bean, 0, true),
                        new FindingGraph.Node(1, kind + " " + f.name() + ": " + f.rawType(), f.line(), false),
                        new FindingGraph.Node(2, "entries added by " + memberName(first), first.line(), false)),
                List.of(new FindingGraph.Edge(0, 1, kind + " field", true),
                        new FindingGraph.Edge(1, 2, verb(first), false)));
        context.reportField(d.file(), f, level, message, trace, -1, graph);
    }

    /** For growth through a helper: where the helper adds to what it was given, in the helper's file. */
    private static List<TraceStep> helperSteps(ProjectModel project, Use u) {
        if (u.event().kind() != EventKind.PASS_AS_ARGUMENT) {
            return List.of();
        }
        CallSite c = u.method().callAt(u.line(), u.column(), u.text());
        if (c == null) {
            return List.of();
        }
        List<TraceStep> out = new ArrayList<>();
        for (MethodFlow body : project.calls().bodies(c)) {
            FileFacts file = project.calls().types().fileOf(body);
            for (FlowEvent e : body.events()) {
                if (e.kind() == EventKind.ADD_TO_CONTAINER && e.subject() >= 0 && e.subject() < body.parameterCount()
                        && !e.element().key()) {
                    out.add(new TraceStep(e.line(), e.endLine(), "add", body.ownerSimpleName() + "."
                            + body.signature() + ": " + e.text()).in(file.file()));
                }
            }
        }
        return out.size() > 3 ? out.subList(0, 3) : out;
    }

    /** {@code put}, or for growth through a helper, the helper's call: {@code Lists.grow(...) adds to it}. */
    private static String verb(Use u) {
        if (u.event().kind() == EventKind.PASS_AS_ARGUMENT) {
            CallSite c = u.method().callAt(u.line(), u.column(), u.text());
            return (c == null ? "a call" : c.name() + "(...)") + ", which adds to it,";
        }
        return u.event().detail();
    }

    private static String where(Use u) {
        return memberName(u) + ": ";
    }

    private static String memberName(Use u) {
        MethodFlow m = u.method();
        String type = m.ownerSimpleName();
        return switch (m.kind()) {
            case CONSTRUCTOR -> "the constructor of " + type;
            case INSTANCE_INITIALIZER -> "an instance initializer of " + type;
            case STATIC_INITIALIZER -> "static initialization of " + type;
            default -> type + "." + m.signature();
        };
    }
}
