package dev.refflow.rules.checks;

import dev.refflow.model.AbstractObject;
import dev.refflow.model.EdgeKind;
import dev.refflow.model.ExitPoint;
import dev.refflow.model.Trait;
import dev.refflow.model.FlowEvent;
import dev.refflow.model.CallSite;
import dev.refflow.model.Effect;
import dev.refflow.model.LibraryModels;
import dev.refflow.model.HeapEdge;
import dev.refflow.model.MethodSummary;
import dev.refflow.model.ObjectKind;
import dev.refflow.model.Slot;
import dev.refflow.model.ParameterUse;
import dev.refflow.model.Slot;
import dev.refflow.model.MapPut;
import dev.refflow.model.MethodFlow;
import dev.refflow.model.FieldIndex;
import dev.refflow.model.FileFacts;
import dev.refflow.rules.FindingGraph;
import dev.refflow.rules.Level;
import dev.refflow.rules.Rule;
import dev.refflow.rules.RuleContext;
import dev.refflow.rules.RuleInfo;
import dev.refflow.rules.TraceStep;
import dev.refflow.rules.Traces;
import dev.refflow.model.ContainerShape;

import dev.refflow.model.ProjectModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A value put into a weak-keyed map that strongly refers to its own key. A WeakHashMap holds its values
 * strongly, so the value keeps the key reachable, the key never becomes weakly reachable, and the entry is
 * never cleared: the weak map leaks exactly like a strong one. The chain from value to key is the model's
 * points-to edges at the put (the key itself, a constructor argument, a capture, a container, a field).
 * <p>
 * A library call that keeps one argument until another is collected is the same registry ({@code keeps-until-collected}
 * in the library models: {@code Cleaner.register(obj, action)}, whose thread holds the action strongly and the object
 * phantomly): an action that reaches its object keeps it forever, and never runs. An inner or anonymous class
 * instance holds {@code this} where javac keeps {@code this$0} although the body does not use it (below release 18).
 * <p>
 * A key that its class loader keeps (a {@code Class}, a {@code ClassLoader}: {@code held-by-loader} in the models) is
 * also reached through that loader: by any value that reaches something of the key's loader, as the models'
 * {@code same-loader} rows tell (an instance or member of the key class, an object whose class is the key, the
 * loader). Only such rows are evidence; a {@code maybe-same-loader} row (delegation, inherited members) makes a note.
 * A put made by a project method, directly or through others it calls, is judged at the call that hands it the key
 * and the value.
 */
@RuleInfo(summary = "A value put into a weak-keyed map refers to its own key (or a Cleaner's action reaches its "
        + "object), so the entry can never be cleared.", level = Level.ERROR)
public final class WeakKeyRetainedByValue implements Rule {

    @Override
    public void check(RuleContext context) {
        ProjectModel project = context.project();
        FieldIndex fields = project.fields();
        // a put through a project method can only matter when some field of the project is a weak-keyed map
        boolean weakFields = hasWeakKeyedField(project, fields);
        for (FileFacts file : project.files()) {
            for (MethodFlow m : file.methods()) {
                List<HeapEdge> factories = null;
                for (MapPut put : m.mapPuts()) {
                    String map = weakMap(project, file, m, put, fields);
                    if (map == null || put.event() < 0) {
                        continue;
                    }
                    if (factories == null) {
                        factories = factoryEdges(m, project);
                    }
                    List<HeapEdge> path = put.valueReachesKey() && allHold(m, put.pathToKey(), project)
                            ? put.pathToKey() : pathAtExits(m, put.values(), put.keys(), project, factories);
                    Level level = context.defaultLevel();
                    if (!put.valueIsKey() && path.isEmpty()) {
                        LoaderPath byLoader = loaderPath(project, file, m, put.values(), put.keys(),
                                mapType(m, put.receivers()), factories);
                        if (byLoader == null) {
                            continue;
                        }
                        path = byLoader.path();
                        level = byLoader.certain() ? level : Level.NOTE;
                    }
                    FlowEvent event = m.event(put.event());
                    report(context, file, m, level, put.keys(), put.valueIsKey(), path, Holder.map(map),
                            event.line(), event.column(), event.text(), List.of(Traces.step(event)));
                }
                for (CallSite c : m.calls()) {
                    if (c.argumentCount() < 2) {
                        continue;
                    }
                    if (weakFields) {
                        checkPutThrough(context, file, m, c, fields);
                    }
                    checkKeptUntilCollected(context, file, m, c);
                }
            }
        }
    }

    /**
     * A library call that keeps one argument until another is collected, as the models say
     * ({@code Cleaner.register(obj, action)}): reported at the call when what is kept reaches the object it waits for,
     * which then never becomes unreachable.
     */
    private void checkKeptUntilCollected(RuleContext context, FileFacts file, MethodFlow m, CallSite c) {
        ProjectModel project = context.project();
        LibraryModels.Match match = project.libraryCall(file, m, c).orElse(null);
        if (match == null) {
            return;
        }
        for (Effect.KeepsUntilCollected kept : match.effects(Effect.KeepsUntilCollected.class)) {
            if (kept.key() >= c.argumentCount() || kept.value() >= c.argumentCount()) {
                continue;
            }
            int[] keys = c.argument(kept.key());
            int[] values = c.argument(kept.value());
            if (keys.length == 0 || values.length == 0) {
                continue;
            }
            boolean valueIsKey = false;
            for (int v : values) {
                for (int k : keys) {
                    valueIsKey |= v == k && m.object(v).kind() != ObjectKind.CALL_RESULT;
                }
            }
            // asked only of the few calls that keep something until collection: factory edges cost summaries
            List<HeapEdge> path = valueIsKey ? List.of()
                    : pathAtExits(m, values, keys, project, factoryEdges(m, project));
            if (!valueIsKey && path.isEmpty()) {
                continue;
            }
            String type = match.onType().isEmpty() ? c.receiver().type() : LibraryModels.simpleName(match.onType());
            String receiver = c.receiver().text().isEmpty() ? type : type + " " + c.receiver().text();
            report(context, file, m, context.defaultLevel(), keys, valueIsKey, path,
                    Holder.untilCollected(receiver, c.name()), c.line(),
                    c.column(), c.text(), List.of(Traces.step(c.line(), "register", c.text())));
        }
    }

    /** The slot name of the last step of a path that ends at the key's class loader. */
    private static final String LOADER = "class loader";

    /**
     * A chain from a value to something of the key's class loader, ending in a step to the key.
     *
     * @param certain false when the library models only say it may belong to that loader
     */
    private record LoaderPath(List<HeapEdge> path, boolean certain) {
    }

    /** The declared type of the map a put goes into, as its first receiver says (empty when unknown). */
    private static String mapType(MethodFlow m, int[] receivers) {
        for (int r : receivers) {
            if (!m.object(r).type().isEmpty()) {
                return m.object(r).type();
            }
        }
        return "";
    }

    /**
     * For a key that its class loader keeps (a {@code Class}, a {@code ClassLoader}, by the key's type or the map's key
     * type), a value that reaches anything belonging to that loader: an instance of the key class, one of its members,
     * the loader itself, as the library models' {@code same-loader} rows tell from the calls that made them
     * ({@code type.getDeclaredConstructor().newInstance()}, {@code o.getClass()}). Null when there is no such chain, or
     * the key is of another kind (a loader does not keep instances: reaching an object's loader does not pin it).
     */
    private static LoaderPath loaderPath(ProjectModel project, FileFacts file, MethodFlow m, int[] values, int[] keys,
                                         String mapType, List<HeapEdge> factories) {
        boolean held = false;
        for (int k : keys) {
            held |= !m.object(k).type().isEmpty()
                    && project.traits(file, m.object(k).type()).contains(Trait.HELD_BY_LOADER);
        }
        List<String> typeArgs = dev.refflow.model.TypeNames.typeArguments(mapType);
        held |= typeArgs.size() == 2 && project.traits(file, typeArgs.get(0)).contains(Trait.HELD_BY_LOADER);
        if (!held) {
            return null;
        }
        int n = m.objects().size();
        int[] certain = new int[n];
        int[] possible = new int[n];
        for (int i = 0; i < n; i++) {
            certain[i] = i;
            possible[i] = i;
        }
        boolean any = false;
        for (CallSite c : m.calls()) {
            if (c.result() < 0) {
                continue;
            }
            LibraryModels.Match row = project.libraryCall(file, m, c).orElse(null);
            if (row == null) {
                continue;
            }
            for (Effect.SameLoader same : row.effects(Effect.SameLoader.class)) {
                int[] of = same.arg() == Effect.SameLoader.RECEIVER ? c.receivers()
                        : same.arg() < c.argumentCount() ? c.argument(same.arg()) : new int[0];
                for (int o : of) {
                    union(possible, c.result(), o);
                    if (same.certain()) {
                        union(certain, c.result(), o);
                    }
                    any = true;
                }
            }
        }
        if (!any) {
            return null;
        }
        for (boolean sure : new boolean[] {true, false}) {
            int[] sets = sure ? certain : possible;
            for (ExitPoint x : m.exits()) {
                List<HeapEdge> heap = new ArrayList<>(x.heap().stream().filter(e -> holds(m, e, project)).toList());
                heap.addAll(factories);
                List<HeapEdge> path = pathToLoader(m, heap, values, keys, sets);
                if (path != null) {
                    return new LoaderPath(path, sure);
                }
            }
            if (m.exits().isEmpty()) {
                List<HeapEdge> path = pathToLoader(m, factories, values, keys, sets);
                if (path != null) {
                    return new LoaderPath(path, sure);
                }
            }
        }
        return null;
    }

    /**
     * The references from a value to an object of the same loader set as a key (breadth first: the shortest), then a
     * last step from that object to the key; null when none.
     */
    private static List<HeapEdge> pathToLoader(MethodFlow m, List<HeapEdge> heap, int[] from, int[] keys, int[] sets) {
        Map<Integer, HeapEdge> parent = new HashMap<>();
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int f : from) {
            work.add(f);
            seen.add(f);
        }
        while (!work.isEmpty()) {
            int at = work.poll();
            for (int k : keys) {
                if (at != k && find(sets, at) == find(sets, k)) {
                    List<HeapEdge> out = new ArrayList<>();
                    for (Integer n = at; parent.containsKey(n); n = parent.get(n).from()) {
                        out.add(0, parent.get(n));
                    }
                    out.add(new HeapEdge(at, k, new Slot.Field(LOADER), "belongs to the class loader that keeps", -1,
                            dev.refflow.model.PathCondition.TRUE, false));
                    return out;
                }
            }
            for (HeapEdge e : heap) {
                if (e.from() == at && !e.uncertain() && e.kind() != EdgeKind.VIEW && seen.add(e.to())) {
                    parent.put(e.to(), e);
                    work.add(e.to());
                }
            }
        }
        return null;
    }

    private static int find(int[] sets, int i) {
        while (sets[i] != i) {
            sets[i] = sets[sets[i]];
            i = sets[i];
        }
        return i;
    }

    private static void union(int[] sets, int a, int b) {
        if (a >= 0 && b >= 0 && a < sets.length && b < sets.length) {
            sets[find(sets, a)] = find(sets, b);
        }
    }

    private static boolean hasWeakKeyedField(ProjectModel project, FieldIndex fields) {
        for (FieldIndex.Declared d : fields.declaredFields()) {
            if (d.field().traits().contains(Trait.WEAK_KEYS)
                    || project.traits(d.file(), d.field().type()).contains(Trait.WEAK_KEYS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A call of a project method that puts its arguments into a weak-keyed map a field holds
     * ({@code remember(widget, new Peer(widget))}): reported at the call when the value passed reaches the key
     * passed.
     */
    private void checkPutThrough(RuleContext context, FileFacts file, MethodFlow m, CallSite c, FieldIndex fields) {
        ProjectModel project = context.project();
        List<MethodFlow> bodies = project.calls().bodies(c);
        if (bodies.size() != 1) {
            return;
        }
        MethodFlow callee = bodies.get(0);
        // one finding per map and pair of arguments, however many ways the callee puts them there
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (MethodSummary.Put put : project.summaries().of(callee).puts()) {
            FieldIndex.Declared d = fields.declared(put.map());
            if (d == null || put.key() >= c.argumentCount() || put.value() >= c.argumentCount()
                    || reported.contains(put.map() + "|" + put.key() + "|" + put.value())
                    || !(d.field().traits().contains(Trait.WEAK_KEYS)
                    || project.traits(d.file(), d.field().type()).contains(Trait.WEAK_KEYS))) {
                continue;
            }
            int[] keys = c.argument(put.key());
            int[] values = c.argument(put.value());
            boolean valueIsKey = false;
            for (int v : values) {
                for (int k : keys) {
                    valueIsKey |= v == k && m.object(v).kind() != ObjectKind.CALL_RESULT;
                }
            }
            List<HeapEdge> factories = factoryEdges(m, project);
            List<HeapEdge> path = valueIsKey ? List.of() : pathAtExits(m, values, keys, project, factories);
            Level level = context.defaultLevel();
            if (!valueIsKey && path.isEmpty()) {
                LoaderPath byLoader = loaderPath(project, file, m, values, keys, d.field().type(), factories);
                if (byLoader == null) {
                    continue;
                }
                path = byLoader.path();
                level = byLoader.certain() ? level : Level.NOTE;
            }
            FileFacts calleeFile = project.calls().types().fileOf(callee);
            List<TraceStep> tail = List.of(Traces.step(c.line(), "call", c.text()),
                    Traces.step(put.line(), "put", callee.ownerSimpleName() + "." + callee.signature()
                            + " puts it into " + put.map().ownerSimpleName() + "." + put.map().name())
                            .in(calleeFile.file()));
            reported.add(put.map() + "|" + put.key() + "|" + put.value());
            report(context, file, m, level, keys, valueIsKey, path, Holder.map(put.map().ownerSimpleName() + "."
                    + put.map().name() + " (through " + callee.ownerSimpleName() + "." + callee.signature() + ")"),
                    c.line(), c.column(), c.text(), tail);
        }
    }

    /**
     * References the heap at the exits does not show: what a project factory returns refers to what it was given
     * ({@code Peer.of(widget)} returning a Peer that keeps the widget), and an inner or anonymous class instance that
     * does not use {@code this} holds it all the same where javac keeps {@code this$0} (below release 18, or a
     * serializable class).
     */
    private static List<HeapEdge> factoryEdges(MethodFlow m, ProjectModel project) {
        List<HeapEdge> out = new ArrayList<>();
        int self = -1;
        for (AbstractObject o : m.objects()) {
            if (o.kind() == ObjectKind.THIS) {
                self = o.id();
                break;
            }
        }
        if (self >= 0) {
            for (AbstractObject o : m.objects()) {
                if (o.holdsUnusedOuter() && o.kind() != ObjectKind.THIS) {
                    out.add(new HeapEdge(o.id(), self, Slot.Captured.THIS, "this$0 (kept though unused)", -1,
                            dev.refflow.model.PathCondition.TRUE, false));
                }
            }
        }
        for (CallSite c : m.calls()) {
            if (c.result() < 0) {
                continue;
            }
            List<MethodFlow> bodies = project.calls().bodies(c);
            if (bodies.size() != 1) {
                continue;
            }
            MethodFlow callee = bodies.get(0);
            for (int held : project.summaries().of(callee).resultHolds()) {
                if (held >= c.argumentCount()) {
                    continue;
                }
                for (int a : c.argument(held)) {
                    out.add(new HeapEdge(c.result(), a, new Slot.Field(callee.name()), "kept by " + callee.name()
                            + "(...)", -1, dev.refflow.model.PathCondition.TRUE, false));
                }
            }
        }
        return out;
    }

    /** The weak-keyed map a put goes into, as written, or null when the receiver is not known to be weak-keyed. */
    private static String weakMap(ProjectModel project, FileFacts file, MethodFlow m, MapPut put, FieldIndex fields) {
        for (int r : put.receivers()) {
            AbstractObject o = m.object(r);
            if (isWeak(project, file, o, fields)) {
                return o.name().isEmpty() ? o.text() : o.name();
            }
            for (ExitPoint x : m.exits()) {
                for (HeapEdge e : x.heap()) {
                    if (e.from() == r && e.kind() == EdgeKind.VIEW && isWeak(project, file, m.object(e.to()), fields)) {
                        return o.text();
                    }
                }
            }
        }
        return null;
    }

    /**
     * A map whose keys are held weakly, as its allocation, its type or its field's initializer tell (a
     * {@code WeakHashMap}, a cache built with {@code weakKeys()}).
     */
    private static boolean isWeak(ProjectModel project, FileFacts file, AbstractObject o, FieldIndex fields) {
        if (o.allocation() != null && o.allocation().shape() == ContainerShape.WEAK_HASH_MAP) {
            return true;
        }
        if (!o.type().isEmpty() && project.traits(file, o.type()).contains(Trait.WEAK_KEYS)) {
            return true;
        }
        FieldIndex.Declared d = o.isField() ? fields.resolve(o) : null;
        return d != null && (d.field().traits().contains(Trait.WEAK_KEYS)
                || project.traits(d.file(), d.field().type()).contains(Trait.WEAK_KEYS));
    }

    /** The value may be linked to its key after the put, or by another path: look again where the method ends. */
    private static List<HeapEdge> pathAtExits(MethodFlow m, int[] values, int[] keys, ProjectModel project,
                                              List<HeapEdge> factories) {
        for (ExitPoint x : m.exits()) {
            List<HeapEdge> heap = new ArrayList<>(x.heap().stream().filter(e -> holds(m, e, project)).toList());
            heap.addAll(factories);
            List<HeapEdge> path = path(heap, values, keys);
            if (!path.isEmpty()) {
                return path;
            }
        }
        if (m.exits().isEmpty() && !factories.isEmpty()) {
            return path(factories, values, keys);
        }
        return List.of();
    }

    private static boolean allHold(MethodFlow m, List<HeapEdge> path, ProjectModel project) {
        return path.stream().allMatch(e -> holds(m, e, project));
    }

    /**
     * Whether a reference really holds its target strongly. A constructor argument does, unless the project's
     * own constructor (following super(...) and this(...)) provably only reads it or keeps it only through a weak
     * or soft reference.
     */
    private static boolean holds(MethodFlow m, HeapEdge e, ProjectModel project) {
        if (e.kind() != EdgeKind.OPAQUE) {
            return true;
        }
        if (!(e.slot() instanceof Slot.ConstructorArgument argument)) {
            return true;
        }
        ParameterUse use = project.constructorKeeps(m.object(e.from()).rawType(), argument.arity(), argument.index());
        return !(use instanceof ParameterUse.ReadOnly || use instanceof ParameterUse.KeptWeakly);
    }

    private static List<HeapEdge> path(List<HeapEdge> heap, int[] from, int[] to) {
        Map<Integer, HeapEdge> parent = new HashMap<>();
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        java.util.Set<Integer> targets = new java.util.HashSet<>();
        for (int t : to) {
            targets.add(t);
        }
        for (int f : from) {
            work.add(f);
            seen.add(f);
        }
        while (!work.isEmpty()) {
            int at = work.poll();
            if (targets.contains(at) && parent.containsKey(at)) {
                List<HeapEdge> out = new ArrayList<>();
                for (Integer n = at; parent.containsKey(n); n = parent.get(n).from()) {
                    out.add(0, parent.get(n));
                }
                return out;
            }
            for (HeapEdge e : heap) {
                if (e.from() == at && !e.uncertain() && e.kind() != EdgeKind.VIEW && seen.add(e.to())) {
                    parent.put(e.to(), e);
                    work.add(e.to());
                }
            }
        }
        return List.of();
    }

    /**
     * What holds the value strongly and the key weakly: a weak-keyed map, or a library object that keeps a value until
     * its key is collected (a Cleaner and its cleaning actions). Only the words differ.
     *
     * @param node  the holder, for pictures
     * @param value what the value is called ({@code value}, {@code action})
     * @param key   what the key is called ({@code key}, {@code object})
     * @param held  how the holder holds the key ({@code weak}, {@code phantom})
     * @param map   true for a weak-keyed map, false for a Cleaner-like registry
     * @param name  the holder as written, for messages
     */
    private record Holder(String node, String value, String key, String held, boolean map, String name) {
        static Holder map(String name) {
            return new Holder("weak map " + name, "value", "key", "weak", true, name);
        }

        static Holder untilCollected(String receiver, String method) {
            return new Holder(receiver + " (" + method + ")", "action", "object", "phantom", false, receiver);
        }
    }

    private void report(RuleContext context, FileFacts file, MethodFlow m, Level level, int[] keys,
                        boolean valueIsKey, List<HeapEdge> path, Holder holder, int line, int column, String statement,
                        List<TraceStep> tail) {
        AbstractObject key = m.object(keys[0]);
        String keyName = name(key);
        List<TraceStep> trace = new ArrayList<>();
        List<FindingGraph.Node> nodes = new ArrayList<>();
        List<FindingGraph.Edge> edges = new ArrayList<>();
        nodes.add(new FindingGraph.Node(0, holder.node(), 0, true));
        StringBuilder chain = new StringBuilder();
        if (valueIsKey) {
            chain.append("the ").append(holder.value()).append(" is the ").append(holder.key()).append(" itself");
            nodes.add(new FindingGraph.Node(1, holder.key() + " " + keyName, key.line(), false));
            edges.add(new FindingGraph.Edge(0, 1, holder.value() + " (strong)", true));
            edges.add(new FindingGraph.Edge(0, 1, holder.key() + " (" + holder.held() + ")", false));
        } else {
            AbstractObject value = m.object(path.get(0).from());
            nodes.add(new FindingGraph.Node(1, holder.value() + " " + value.label(), value.line(), false));
            edges.add(new FindingGraph.Edge(0, 1, holder.value() + " (strong)", true));
            chain.append("the ").append(holder.value()).append(" ").append(name(value));
            int last = 1;
            for (HeapEdge e : path) {
                AbstractObject to = m.object(e.to());
                chain.append(" -> ").append(e.label()).append(" -> ").append(name(to));
                nodes.add(new FindingGraph.Node(nodes.size(), to.label(), to.line(), false));
                edges.add(new FindingGraph.Edge(last, nodes.size() - 1, e.label(), false));
                last = nodes.size() - 1;
                if (e.event() >= 0) {
                    trace.add(Traces.step(m.event(e.event())));
                }
            }
            edges.add(new FindingGraph.Edge(0, last, holder.key() + " (" + holder.held() + ")", false));
        }
        trace.addAll(tail);
        String message = holder.map()
                ? "the value put into weak-keyed map " + holder.name() + " refers to its key " + keyName + " (" + chain
                + "): a weak map holds its values strongly, so the key stays reachable and the entry is never "
                + "cleared; hold the key weakly inside the value (a WeakReference) or key by something the value "
                + "does not reach"
                : "the cleaning action registered with " + holder.name() + " refers to the object it is to clean up "
                + "after, " + keyName + " (" + chain + "): the Cleaner holds its actions strongly until their object "
                + "becomes phantom reachable, which this one then never does, so the action never runs and the object, "
                + "with everything it references, stays in memory (only an explicit clean() lets it go); give the "
                + "action only the resource it releases (a static nested class, or a lambda that uses neither this nor "
                + "the object), never the object itself or an inner class of it";
        if (!path.isEmpty() && path.get(path.size() - 1).slot() instanceof Slot.Field f && f.name().equals(LOADER)) {
            message += level == Level.NOTE
                    ? " (possibly: the loader that defined what the value holds may be the key's parent instead, "
                    + "through delegation or an inherited member; a note, not a warning)"
                    : " (a class loader keeps every class it defined, and every class, member and instance reaches "
                    + "its loader: key such caches by ClassValue, or hold the value through a WeakReference)";
        }
        context.report(file, m, level, line, column, message, trace, -1, statement, new FindingGraph(nodes, edges));
    }

    private static String name(AbstractObject o) {
        return o.name().isEmpty() ? o.text() : o.name();
    }
}
