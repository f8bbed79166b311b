package dev.refflow.model;

import dev.refflow.model.MethodSummary.Use;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link MethodSummary} of a project body, computed from the per-file facts when a rule first asks for it: the
 * body and everything it calls (to any depth) that is not summarized yet, callees first, a body from itself and its
 * callees' summaries; mutually recursive bodies again and again until nothing changes (at most {@link #MAX_ROUNDS}
 * rounds). A call the model cannot resolve makes what is passed to it {@link MethodSummary.Escapes}: unknown, never
 * evidence. A summary depends only on the body and its callees' final summaries, so it is the same whichever rule
 * asks first, on whichever thread.
 */
public final class MethodSummaries {
    static final int MAX_ROUNDS = 8;
    /** More uses than this for one reference: the summary is big enough to say it escapes. */
    private static final int MAX_USES = 24;
    private static final int MAX_PATH = 6;
    /** More sources than this for a method's results: the rest are not followed (a call dispatched far and wide). */
    private static final int MAX_SOURCES = 16;
    private static final int MAX_LINKS = 32;
    /**
     * A call that may run more bodies than this (an interface method many classes implement) is not followed: what
     * so many bodies do together is, for a summary, as good as unknown.
     */
    public static final int MAX_DISPATCH = 8;

    private final ProjectModel project;
    private final CallGraph calls;
    private final FieldIndex fields;
    /** final summaries, read without a lock (MethodFlow equals by identity) */
    private final Map<MethodFlow, MethodSummary> done = new java.util.concurrent.ConcurrentHashMap<>();
    /** the summaries of the components being computed, as they grow; only under the lock */
    private final Map<MethodFlow, MethodSummary> working = new IdentityHashMap<>();
    private int rounds = 1;

    MethodSummaries(ProjectModel project, CallGraph calls, FieldIndex fields) {
        this.project = project;
        this.calls = calls;
        this.fields = fields;
    }

    /** The summary of a project body (computed on first request, with what it calls); empty for any other body. */
    public MethodSummary of(MethodFlow body) {
        MethodSummary s = done.get(body);
        if (s != null) {
            return s;
        }
        if (calls.types().fileOf(body) == null) {
            return MethodSummary.EMPTY;
        }
        synchronized (this) {
            s = done.get(body);
            if (s != null) {
                return s;
            }
            if (working.containsKey(body)) {
                // asked while its own component is being summarized: what it has so far
                return working.get(body);
            }
            for (List<MethodFlow> component : components(body)) {
                summarize(component);
            }
            return done.getOrDefault(body, MethodSummary.EMPTY);
        }
    }

    /** How many bodies have been summarized so far. */
    public int size() {
        return done.size();
    }

    /** How many rounds the most recursive component took to reach its fixed point. */
    public synchronized int rounds() {
        return rounds;
    }

    /** One component, to its fixed point (under the lock); then its summaries are final. */
    private void summarize(List<MethodFlow> component) {
        for (MethodFlow m : component) {
            working.put(m, MethodSummary.EMPTY);
        }
        boolean recursive = component.size() > 1 || calls(component.get(0), component.get(0));
        for (int round = 1; round <= (recursive ? MAX_ROUNDS : 1); round++) {
            boolean changed = false;
            for (MethodFlow m : component) {
                MethodSummary before = working.get(m);
                MethodSummary s = grow(before == MethodSummary.EMPTY ? null : before, new Summarizer(m).summarize());
                if (!s.equals(before)) {
                    working.put(m, s);
                    changed = true;
                }
            }
            rounds = Math.max(rounds, round);
            if (!changed) {
                break;
            }
        }
        for (MethodFlow m : component) {
            done.put(m, working.remove(m));
        }
    }

    private boolean calls(MethodFlow caller, MethodFlow callee) {
        for (CallSite c : caller.calls()) {
            if (calls.bodies(c).contains(callee)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The strongly connected components of the call graph among the bodies reachable from {@code root} that have no
     * summary yet, callees before callers (Tarjan's algorithm, without recursion: call chains can be deep).
     */
    private List<List<MethodFlow>> components(MethodFlow root) {
        Map<MethodFlow, int[]> indexAndLow = new IdentityHashMap<>();
        Map<MethodFlow, List<MethodFlow>> successors = new IdentityHashMap<>();
        Set<MethodFlow> onStack = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<MethodFlow> stack = new ArrayDeque<>();
        List<List<MethodFlow>> out = new ArrayList<>();
        int counter = 0;
        ArrayDeque<Object[]> work = new ArrayDeque<>();
        work.push(new Object[] {root, 0});
        while (!work.isEmpty()) {
            Object[] frame = work.peek();
            MethodFlow v = (MethodFlow) frame[0];
            int next = (Integer) frame[1];
            if (next == 0 && !indexAndLow.containsKey(v)) {
                indexAndLow.put(v, new int[] {counter, counter});
                counter++;
                stack.push(v);
                onStack.add(v);
            }
            List<MethodFlow> succ = successors.computeIfAbsent(v, this::unsummarizedCallees);
            int[] vl = indexAndLow.get(v);
            if (next < succ.size()) {
                frame[1] = next + 1;
                MethodFlow w = succ.get(next);
                int[] wl = indexAndLow.get(w);
                if (wl == null) {
                    work.push(new Object[] {w, 0});
                } else if (onStack.contains(w)) {
                    vl[1] = Math.min(vl[1], wl[0]);
                }
                continue;
            }
            work.pop();
            if (!work.isEmpty()) {
                int[] parent = indexAndLow.get((MethodFlow) work.peek()[0]);
                parent[1] = Math.min(parent[1], vl[1]);
            }
            if (vl[1] == vl[0]) {
                List<MethodFlow> component = new ArrayList<>();
                MethodFlow w;
                do {
                    w = stack.pop();
                    onStack.remove(w);
                    component.add(w);
                } while (w != v);
                out.add(component);
            }
        }
        return out;
    }

    /**
     * The bodies a body calls that have no summary yet, in call order: those of calls that run few enough bodies to
     * be followed ({@link #MAX_DISPATCH}; a summary never looks into the others).
     */
    private List<MethodFlow> unsummarizedCallees(MethodFlow m) {
        List<MethodFlow> out = new ArrayList<>();
        for (CallSite c : m.calls()) {
            List<MethodFlow> targets = calls.bodies(c);
            if (targets.size() > MAX_DISPATCH) {
                continue;
            }
            for (MethodFlow callee : targets) {
                // few callees per body: a list's identity scan is cheaper than a set
                if (!done.containsKey(callee) && !working.containsKey(callee) && !out.contains(callee)) {
                    out.add(callee);
                }
            }
        }
        return out;
    }

    /**
     * A summary only ever grows from one round to the next (what a callee does is added, never taken back), and a
     * reference with too many uses is said to escape for good: so the rounds reach a fixed point.
     */
    private static MethodSummary grow(MethodSummary before, MethodSummary now) {
        if (before == null) {
            return now;
        }
        List<Set<Use>> params = new ArrayList<>();
        for (int i = 0; i < now.parameters().size(); i++) {
            params.add(union(before.parameter(i), now.parameter(i)));
        }
        List<MethodSummary.Source> results = new ArrayList<>(before.results());
        for (MethodSummary.Source s : now.results()) {
            if (results.size() >= MAX_SOURCES) {
                break;
            }
            if (!results.contains(s)) {
                results.add(s);
            }
        }
        Set<Integer> holds = new java.util.TreeSet<>(before.resultHolds());
        holds.addAll(now.resultHolds());
        List<MethodSummary.Link> links = new ArrayList<>(before.links());
        for (MethodSummary.Link l : now.links()) {
            if (links.size() < MAX_LINKS && !links.contains(l)) {
                links.add(l);
            }
        }
        List<MethodSummary.Put> puts = new ArrayList<>(before.puts());
        for (MethodSummary.Put p : now.puts()) {
            if (puts.size() < MAX_LINKS && !puts.contains(p)) {
                puts.add(p);
            }
        }
        return new MethodSummary(params, union(before.receiver(), now.receiver()), results, holds, links, puts);
    }

    private static final Set<Use> TOO_MANY = Set.of(new MethodSummary.Escapes());

    private static Set<Use> union(Set<Use> before, Set<Use> now) {
        if (before.equals(TOO_MANY) || now.equals(TOO_MANY)) {
            return TOO_MANY;
        }
        if (before.containsAll(now)) {
            return before;
        }
        Set<Use> out = new LinkedHashSet<>(before);
        out.addAll(now);
        return out.size() > MAX_USES ? TOO_MANY : Set.copyOf(out);
    }

    // ------------------------------------------------------------------ one body

    /** Summarizes one body with the callees' summaries of the previous round. */
    private final class Summarizer {
        private final MethodFlow m;
        private final FileFacts file;
        private final Map<Integer, Set<Use>> memo = new java.util.HashMap<>();
        private final Set<Integer> inProgress = new HashSet<>();
        private final ById<HeapEdge> edgesFrom = new ById<>();
        private final Map<Integer, Set<Integer>> reachable = new java.util.HashMap<>();
        private final ById<FlowEvent> eventsAbout = new ById<>();
        private final ById<int[]> passedAt = new ById<>();
        private final ById<CallSite> receiverAt = new ById<>();
        private final ById<CallSite> byResult = new ById<>();

        /** objects the returned values reach (the returned ones included) */
        private final Set<Integer> returnedReach = new HashSet<>();
        /** per object, the escapes (deduplicated by escaping object) whose object reaches it */
        private final ById<Escape> escapesReaching = new ById<>();
        /** per object, the certain heap edges from a parameter to it */
        private final ById<HeapEdge> fromParameters = new ById<>();
        private boolean heapBuilt;

        Summarizer(MethodFlow m) {
            this.m = m;
            this.file = calls.types().fileOf(m);
            for (FlowEvent e : m.events()) {
                if (e.subject() >= 0) {
                    eventsAbout.add(e.subject(), e);
                }
                if (e.target() >= 0 && e.target() != e.subject()) {
                    eventsAbout.add(e.target(), e);
                }
            }
            List<CallSite> all = m.calls();
            for (int i = 0; i < all.size(); i++) {
                CallSite c = all.get(i);
                for (int k = 0; k < c.argumentCount(); k++) {
                    for (int a : c.argument(k)) {
                        passedAt.add(a, new int[] {i, k});
                    }
                }
                for (int r : c.receivers()) {
                    receiverAt.add(r, c);
                }
                if (c.result() >= 0) {
                    byResult.add(c.result(), c);
                }
            }
        }

        /** The heap at the exits, once, with what returns and escapes reach: built on the first question. */
        private void heap() {
            if (heapBuilt) {
                return;
            }
            heapBuilt = true;
            int n = m.parameterCount();
            Set<Long> unique = new HashSet<>();
            Map<Integer, Escape> escapes = new java.util.LinkedHashMap<>();
            List<Integer> returned = new ArrayList<>();
            for (ExitPoint x : m.exits()) {
                for (HeapEdge e : x.heap()) {
                    if (e.uncertain() || e.kind() == EdgeKind.VIEW || droppedByConstructor(e)
                            || !unique.add(((long) e.from() << 32) | (e.to() & 0xFFFF_FFFFL))) {
                        continue;
                    }
                    edgesFrom.add(e.from(), e);
                    if (e.from() < n && e.from() != e.to()) {
                        fromParameters.add(e.to(), e);
                    }
                }
                for (Escape esc : x.escapes()) {
                    escapes.putIfAbsent(esc.object(), esc);
                }
                if (x.isReturn()) {
                    for (int r : x.returned()) {
                        returned.add(r);
                    }
                }
            }
            for (int r : returned) {
                returnedReach.add(r);
                returnedReach.addAll(reachableFromCached(r));
            }
            for (Escape esc : escapes.values()) {
                for (int reached : reachableFromCached(esc.object())) {
                    if (reached != esc.object()) {
                        escapesReaching.add(reached, esc);
                    }
                }
            }
        }

        /**
         * {@code new T(.., x, ..)} where every project constructor it may call provably does nothing lasting with
         * {@code x} (reads it, at most): the new object does not hold {@code x}, whatever the call's edge says.
         */
        private boolean droppedByConstructor(HeapEdge e) {
            if (!(e.slot() instanceof Slot.ConstructorArgument a)) {
                return false;
            }
            for (CallSite c : byResult.get(e.from())) {
                if (!c.name().equals(CallSite.CONSTRUCTOR)) {
                    continue;
                }
                CallGraph.Targets t = calls.targets(c);
                if (t.resolution() != CallGraph.Resolution.PROJECT || t.bodies().isEmpty()
                        || t.bodies().size() > MAX_DISPATCH) {
                    return false;
                }
                for (MethodFlow ctor : t.bodies()) {
                    if (!of(ctor).parameter(a.index()).isEmpty()) {
                        return false;
                    }
                }
                return true;
            }
            return false;
        }

        private Set<Integer> reachableFromCached(int from) {
            return reachable.computeIfAbsent(from, this::reachableFrom);
        }

        MethodSummary summarize() {
            List<Set<Use>> params = new ArrayList<>();
            for (int i = 0; i < m.parameterCount(); i++) {
                params.add(usesOf(i));
            }
            int self = thisObject();
            Set<Use> receiver = self < 0 ? Set.of() : usesOf(self);
            List<MethodSummary.Source> results = new ArrayList<>();
            Set<Integer> holds = new java.util.TreeSet<>();
            Set<Integer> returned = new java.util.TreeSet<>();
            for (ExitPoint x : m.exits()) {
                if (x.isReturn()) {
                    for (int r : x.returned()) {
                        returned.add(r);
                    }
                }
            }
            for (int r : returned) {
                Returns of = returnsOf(r);
                for (MethodSummary.Source s : of.sources()) {
                    if (results.size() < MAX_SOURCES && !results.contains(s)) {
                        results.add(s);
                    }
                }
                holds.addAll(of.holds());
            }
            return new MethodSummary(params, receiver, results, holds, links(), puts());
        }

        private int thisObject() {
            for (AbstractObject o : m.objects()) {
                if (o.kind() == ObjectKind.THIS) {
                    return o.id();
                }
            }
            return -1;
        }

        /** What happens to one object of the body (a parameter, {@code this}, an allocation, a call's value). */
        Set<Use> usesOf(int id) {
            Set<Use> known = memo.get(id);
            if (known != null) {
                return known;
            }
            if (!inProgress.add(id)) {
                return Set.of();
            }
            Set<Use> out = new LinkedHashSet<>();
            AbstractObject o = m.object(id);
            int site = o.site();
            for (FlowEvent e : eventsAbout(id, site)) {
                switch (e.kind()) {
                    case STORE_FIELD, STORE_STATIC -> {
                        if (e.subject() == site) {
                            stored(e, out);
                        }
                    }
                    case ADD_TO_CONTAINER -> {
                        if (e.target() == site && e.subject() >= 0 && e.subject() != id) {
                            added(e, out);
                        } else if (e.subject() == id && o.kind() == ObjectKind.PARAMETER) {
                            out.add(new MethodSummary.Grows());
                        }
                    }
                    case REMOVE_FROM_CONTAINER, CLEAR -> {
                        if (e.subject() == id) {
                            out.add(new MethodSummary.Shrinks());
                        } else if (e.target() == site && e.subject() >= 0 && m.object(e.subject()).isField()) {
                            FieldIndex.Declared d = fields.resolve(m.object(e.subject()));
                            if (d != null) {
                                out.add(new MethodSummary.RemovedFrom(d.field().ref()));
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
            heap();
            if (returnedReach.contains(id)) {
                out.add(new MethodSummary.Returned());
            }
            for (Escape esc : escapesReaching.get(id)) {
                escaped(esc, out);
            }
            for (HeapEdge e : fromParameters.get(id)) {
                out.add(new MethodSummary.HeldBy(e.from(), e.slot() instanceof Slot.Field f ? f.name() : "element"));
            }
            for (int[] at : passedAt.get(id)) {
                passed(m.calls().get(at[0]), at[1], out);
            }
            for (CallSite c : receiverAt.get(id)) {
                receiverOf(c, out);
            }
            inProgress.remove(id);
            Set<Use> result = out.size() > MAX_USES ? TOO_MANY : Set.copyOf(out);
            memo.put(id, result);
            return result;
        }

        private void stored(FlowEvent e, Set<Use> out) {
            if (e.target() >= 0 && m.object(e.target()).isField()) {
                AbstractObject holder = m.object(e.target());
                FieldIndex.Declared d = fields.resolve(holder);
                out.add(new MethodSummary.KeptIn(d == null ? null : d.field().ref(), false, false,
                        holder.kind() == ObjectKind.STATIC_FIELD));
            } else if (e.kind() == EventKind.STORE_STATIC) {
                out.add(new MethodSummary.KeptIn(null, false, false, true));
            } else if (e.detail().startsWith("this.")) {
                out.add(new MethodSummary.KeptIn(null, false, false, false));
            } else if (e.target() < 0) {
                // a field of a parameter is a heap edge (HeldBy); of anything else, the model cannot place
                boolean ofParameter = false;
                for (int p = 0; p < m.parameterCount(); p++) {
                    ofParameter |= e.detail().startsWith(m.parameter(p).name() + ".");
                }
                if (!ofParameter) {
                    out.add(new MethodSummary.Escapes());
                }
            }
        }

        private void added(FlowEvent e, Set<Use> out) {
            AbstractObject container = m.object(e.subject());
            if (container.isField()) {
                FieldIndex.Declared d = fields.resolve(container);
                boolean weak = e.element().key() && d != null && weakKeys(d);
                out.add(new MethodSummary.KeptIn(d == null ? null : d.field().ref(), true, weak,
                        container.kind() == ObjectKind.STATIC_FIELD));
            } else if (container.kind() == ObjectKind.PARAMETER && e.subject() < m.parameterCount()) {
                out.add(new MethodSummary.HeldBy(e.subject(), "element"));
            } else if (container.isAllocation()) {
                out.addAll(usesOf(container.id()));
            } else if (container.kind() == ObjectKind.THIS) {
                out.add(new MethodSummary.KeptIn(null, true, false, false));
            } else {
                out.add(new MethodSummary.Escapes());
            }
        }

        private boolean weakKeys(FieldIndex.Declared d) {
            return d.field().traits().contains(Trait.WEAK_KEYS)
                    || project.traits(d.file(), d.field().type()).contains(Trait.WEAK_KEYS);
        }

        private void escaped(Escape esc, Set<Use> out) {
            switch (esc.kind()) {
                case RETURN -> out.add(new MethodSummary.Returned());
                case STATIC, FIELD -> {
                    FlowEvent e = m.event(esc.event());
                    FieldRef field = null;
                    boolean element = e.kind() == EventKind.ADD_TO_CONTAINER;
                    int holderId = element ? e.subject() : e.target();
                    if (holderId >= 0 && m.object(holderId).isField()) {
                        FieldIndex.Declared d = fields.resolve(m.object(holderId));
                        field = d == null ? null : d.field().ref();
                    }
                    out.add(new MethodSummary.KeptIn(field, element, false, esc.kind() == EscapeKind.STATIC));
                }
                case OUTSIDE -> {
                    FlowEvent e = m.event(esc.event());
                    int holder = e.kind() == EventKind.ADD_TO_CONTAINER ? e.subject() : -1;
                    if (holder >= 0 && holder < m.parameterCount()) {
                        out.add(new MethodSummary.HeldBy(holder, "element"));
                    } else {
                        out.add(new MethodSummary.Escapes());
                    }
                }
            }
        }

        /** Reference {@code id} passed as argument {@code k} of call {@code c}. */
        private void passed(CallSite c, int k, Set<Use> out) {
            CallGraph.Targets t = calls.targets(c);
            if (t.resolution() == CallGraph.Resolution.PROJECT && t.bodies().size() > MAX_DISPATCH) {
                out.add(new MethodSummary.Escapes());
                return;
            }
            if (t.resolution() == CallGraph.Resolution.PROJECT) {
                if (t.bodies().isEmpty() && !c.name().equals(CallSite.CONSTRUCTOR)) {
                    // abstract, interface or native: whatever implements it is not in the project
                    out.add(new MethodSummary.Escapes());
                }
                for (MethodFlow callee : t.bodies()) {
                    for (Use u : of(callee).parameter(k)) {
                        translate(c, callee, u, out);
                    }
                }
                return;
            }
            if (t.resolution() == CallGraph.Resolution.UNKNOWN) {
                out.add(new MethodSummary.Escapes());
                return;
            }
            LibraryModels.Match row = project.libraryCall(file, m, c).orElse(null);
            if (row != null) {
                library(c, row, k, out);
            }
        }

        private void library(CallSite c, LibraryModels.Match row, int k, Set<Use> out) {
            int n = c.argumentCount();
            String how = (row.onType().isEmpty() ? c.receiver().text() : LibraryModels.simpleName(row.onType()))
                    + "." + c.name();
            for (Effect e : row.row().effects()) {
                Effect.Args args = e instanceof Effect.Registers r ? r.args()
                        : e instanceof Effect.KeepsForThread r ? r.args()
                        : e instanceof Effect.KeepsUntilExit r ? r.args()
                        : e instanceof Effect.RunsLater r ? r.args()
                        : e instanceof Effect.Keeps r ? r.args()
                        : e instanceof Effect.KeepsUntilCollected r ? Effect.Args.of(r.value())
                        : null;
                if (args != null && args.includes(k, n)) {
                    out.add(new MethodSummary.Registered(how,
                            e instanceof Effect.Registers ? MethodSummary.Registered.Kind.LISTENER
                                    : e instanceof Effect.KeepsUntilExit ? MethodSummary.Registered.Kind.UNTIL_EXIT
                                    : e instanceof Effect.KeepsForThread ? MethodSummary.Registered.Kind.PER_THREAD
                                    : e instanceof Effect.RunsLater ? MethodSummary.Registered.Kind.TASK
                                    : MethodSummary.Registered.Kind.KEPT));
                }
            }
        }

        /** A callee's use of its parameter, seen from this body where call {@code c} passes the reference. */
        private void translate(CallSite c, MethodFlow callee, Use u, Set<Use> out) {
            if (u instanceof MethodSummary.KeptIn kept) {
                if (kept.isStatic()) {
                    out.add(kept);
                } else {
                    receiverHolds(c, callee, kept, out);
                }
            } else if (u instanceof MethodSummary.HeldBy held) {
                if (held.holder() < c.argumentCount()) {
                    for (int a : c.argument(held.holder())) {
                        heldBy(a, held.how(), held.how().equals("element"), out);
                    }
                }
            } else if (u instanceof MethodSummary.Returned) {
                if (c.result() >= 0) {
                    out.addAll(usesOf(c.result()));
                }
            } else if (u instanceof MethodSummary.RemovedFrom removed) {
                if (onThis(c)) {
                    out.add(removed);
                }
                // taken out of what one of this body's fields holds: out of that field, as kept is into it
                for (int r : c.receivers()) {
                    AbstractObject h = m.object(r);
                    FieldIndex.Declared d = h.isField() ? fields.resolve(h) : null;
                    if (d != null && !onThis(c)) {
                        out.add(new MethodSummary.RemovedFrom(d.field().ref()));
                    }
                }
            } else {
                // Grows, Shrinks, ClearedForThread, Registered, Escapes: what happens to the object itself
                out.add(u);
            }
        }

        /** The callee keeps the reference in a field of its receiver: who is that receiver here? */
        private void receiverHolds(CallSite c, MethodFlow callee, MethodSummary.KeptIn kept, Set<Use> out) {
            if (c.name().equals(CallSite.CONSTRUCTOR) && c.result() >= 0) {
                // kept by the new object: it goes where the new object goes
                out.addAll(usesOf(c.result()));
                return;
            }
            if (onThis(c)) {
                out.add(kept);
                return;
            }
            for (int r : c.receivers()) {
                heldBy(r, kept.field() == null ? "field" : kept.field().name(), kept.element(), out);
            }
            if (c.receivers().length == 0) {
                out.add(new MethodSummary.Escapes());
            }
        }

        /**
         * The reference is held by object {@code holder} of this body: as a container's element when
         * {@code element}, else in a plain field.
         */
        private void heldBy(int holder, String how, boolean element, Set<Use> out) {
            AbstractObject h = m.object(holder);
            if (h.kind() == ObjectKind.PARAMETER && holder < m.parameterCount()) {
                out.add(new MethodSummary.HeldBy(holder, how));
            } else if (h.isField()) {
                FieldIndex.Declared d = fields.resolve(h);
                out.add(new MethodSummary.KeptIn(d == null ? null : d.field().ref(), element, false,
                        h.kind() == ObjectKind.STATIC_FIELD));
            } else if (h.kind() == ObjectKind.THIS) {
                out.add(new MethodSummary.KeptIn(null, element, false, false));
            } else if (h.isAllocation() || h.kind() == ObjectKind.CALL_RESULT) {
                out.addAll(usesOf(holder));
            } else {
                out.add(new MethodSummary.Escapes());
            }
        }

        /** A call on this body's own receiver: unqualified, {@code this.m()} or {@code super.m()}. */
        private boolean onThis(CallSite c) {
            if (c.receiver() instanceof Receiver.Implicit) {
                return true;
            }
            String text = c.receiver().text();
            if (text.equals("this") || text.equals("super")) {
                return true;
            }
            for (int r : c.receivers()) {
                if (m.object(r).kind() == ObjectKind.THIS) {
                    return true;
                }
            }
            return false;
        }

        /** Reference {@code id} is the receiver of call {@code c}. */
        private void receiverOf(CallSite c, Set<Use> out) {
            CallGraph.Targets t = calls.targets(c);
            if (t.resolution() == CallGraph.Resolution.PROJECT && t.bodies().size() <= MAX_DISPATCH) {
                for (MethodFlow callee : t.bodies()) {
                    for (Use u : of(callee).receiver()) {
                        if (u instanceof MethodSummary.KeptIn kept && kept.isStatic()
                                || u instanceof MethodSummary.Registered || u instanceof MethodSummary.Grows
                                || u instanceof MethodSummary.Shrinks) {
                            out.add(u);
                        }
                    }
                }
                return;
            }
            LibraryModels.Match row = project.libraryCall(file, m, c).orElse(null);
            if (row != null && !row.onType().isEmpty() && row.has(Effect.ClearsForThread.class)) {
                out.add(new MethodSummary.ClearedForThread());
            }
        }

        // ------------------------------------------------------------------ results

        /** Where the value of one object comes from, and which parameters it refers to. */
        private record Returns(List<MethodSummary.Source> sources, Set<Integer> holds) {
            static final Returns NONE = new Returns(List.of(), Set.of());
        }

        private final Map<Integer, Returns> returns = new java.util.HashMap<>();

        /** Memoized per object, so a value passed through many calls is traced once. */
        private Returns returnsOf(int r) {
            Returns known = returns.get(r);
            if (known != null) {
                return known;
            }
            returns.put(r, Returns.NONE);
            List<MethodSummary.Source> out = new ArrayList<>();
            Set<Integer> holds = new HashSet<>();
            results(r, out, holds);
            Returns found = new Returns(List.copyOf(out), Set.copyOf(holds));
            returns.put(r, found);
            return found;
        }

        private void results(int r, List<MethodSummary.Source> out, Set<Integer> holds) {
            AbstractObject o = m.object(r);
            if (o.kind() == ObjectKind.PARAMETER && r < m.parameterCount()) {
                out.add(new MethodSummary.Param(r));
                holds.add(r);
                return;
            }
            if (o.isAllocation()) {
                out.add(new MethodSummary.Fresh(m, o.site(), List.of()));
                for (int p = 0; p < m.parameterCount(); p++) {
                    if (reaches(r, p) || constructorKeeps(r, p)) {
                        holds.add(p);
                    }
                }
                return;
            }
            if (o.isField()) {
                FieldIndex.Declared d = fields.resolve(o);
                if (d != null) {
                    out.add(new MethodSummary.FieldValue(d.field().ref()));
                }
                return;
            }
            if (o.kind() != ObjectKind.CALL_RESULT) {
                return;
            }
            for (CallSite c : byResult.get(r)) {
                CallGraph.Targets t = calls.targets(c);
                if (t.resolution() == CallGraph.Resolution.PROJECT && t.bodies().size() > MAX_DISPATCH) {
                    continue;
                }
                if (t.resolution() == CallGraph.Resolution.PROJECT) {
                    for (MethodFlow callee : t.bodies()) {
                        MethodSummary s = of(callee);
                        for (MethodSummary.Source src : s.results()) {
                            if (out.size() >= MAX_SOURCES) {
                                break;
                            }
                            if (src instanceof MethodSummary.Fresh f) {
                                if (f.path().size() < MAX_PATH) {
                                    List<CallSite> path = new ArrayList<>();
                                    path.add(c);
                                    path.addAll(f.path());
                                    MethodSummary.Fresh fresh = new MethodSummary.Fresh(f.method(), f.site(), path);
                                    if (!out.contains(fresh)) {
                                        out.add(fresh);
                                    }
                                }
                            } else if (src instanceof MethodSummary.Param p) {
                                if (p.index() < c.argumentCount()) {
                                    for (int a : c.argument(p.index())) {
                                        Returns of = returnsOf(a);
                                        for (MethodSummary.Source passed : of.sources()) {
                                            if (out.size() < MAX_SOURCES && !out.contains(passed)) {
                                                out.add(passed);
                                            }
                                        }
                                        holds.addAll(of.holds());
                                    }
                                }
                            } else if (!out.contains(src)) {
                                out.add(src);
                            }
                        }
                        for (int held : s.resultHolds()) {
                            if (held < c.argumentCount()) {
                                for (int a : c.argument(held)) {
                                    if (a < m.parameterCount()) {
                                        holds.add(a);
                                    }
                                }
                            }
                        }
                    }
                } else {
                    LibraryModels.Match row = project.libraryCall(file, m, c).orElse(null);
                    if (row != null && !row.onType().isEmpty() && row.has(Effect.ReturnsElement.class)) {
                        for (int rc : c.receivers()) {
                            FieldIndex.Declared d = m.object(rc).isField() ? fields.resolve(m.object(rc)) : null;
                            if (d != null) {
                                out.add(new MethodSummary.ElementOf(d.field().ref()));
                            }
                        }
                    }
                }
            }
        }

        /** {@code new T(p)} where T's constructor keeps that argument in a field. */
        private boolean constructorKeeps(int allocation, int parameter) {
            heap();
            for (HeapEdge e : edgesFrom.get(allocation)) {
                if (e.to() == parameter && e.slot() instanceof Slot.ConstructorArgument a
                        && project.constructorKeeps(m.object(allocation).rawType(), a.arity(), a.index())
                        instanceof ParameterUse.KeptInField) {
                    return true;
                }
            }
            return false;
        }

        // ------------------------------------------------------------------ links and puts

        private List<MethodSummary.Link> links() {
            List<MethodSummary.Link> out = new ArrayList<>();
            int n = m.parameterCount();
            for (FlowEvent e : m.events()) {
                if (e.kind() == EventKind.ADD_TO_CONTAINER && e.subject() >= 0 && e.subject() < n && e.target() >= 0
                        && e.target() < n && e.subject() != e.target() || e.kind() == EventKind.ADD_TO_CONTAINER
                        && e.subject() == e.target() && e.subject() >= 0 && e.subject() < n) {
                    out.add(new MethodSummary.Link(e.subject(), e.target(), true, e.detail(), e.line()));
                }
            }
            if (n > 0) {
                heap();
                for (int p = 0; p < n; p++) {
                    for (HeapEdge e : edgesFrom.get(p)) {
                        if (e.to() < n && e.slot() instanceof Slot.Field f) {
                            out.add(new MethodSummary.Link(e.from(), e.to(), false, f.name(), m.line()));
                        }
                    }
                }
            }
            for (CallSite c : m.calls()) {
                CallGraph.Targets t = calls.targets(c);
                if (t.resolution() != CallGraph.Resolution.PROJECT || t.bodies().size() > MAX_DISPATCH) {
                    continue;
                }
                for (MethodFlow callee : t.bodies()) {
                    for (MethodSummary.Link l : of(callee).links()) {
                        if (l.holder() >= c.argumentCount() || l.held() >= c.argumentCount()) {
                            continue;
                        }
                        for (int a : c.argument(l.holder())) {
                            for (int b : c.argument(l.held())) {
                                if (a < n && b < n) {
                                    out.add(new MethodSummary.Link(a, b, l.container(), l.label(), c.line()));
                                }
                            }
                        }
                    }
                }
            }
            List<MethodSummary.Link> distinct = out.stream().distinct().toList();
            return distinct.size() > MAX_LINKS ? distinct.subList(0, MAX_LINKS) : distinct;
        }

        private List<MethodSummary.Put> puts() {
            List<MethodSummary.Put> out = new ArrayList<>();
            int n = m.parameterCount();
            for (MapPut p : m.mapPuts()) {
                for (int r : p.receivers()) {
                    AbstractObject map = m.object(r);
                    FieldIndex.Declared d = map.isField() ? fields.resolve(map) : null;
                    if (d == null) {
                        continue;
                    }
                    for (int k : p.keys()) {
                        for (int v : p.values()) {
                            if (k < n && v < n && p.event() >= 0) {
                                out.add(new MethodSummary.Put(d.field().ref(), k, v, m.event(p.event()).line()));
                            }
                        }
                    }
                }
            }
            // a helper that passes its parameters on to another that puts them puts them too (at its call)
            for (CallSite c : m.calls()) {
                CallGraph.Targets t = calls.targets(c);
                if (t.resolution() != CallGraph.Resolution.PROJECT || t.bodies().size() > MAX_DISPATCH) {
                    continue;
                }
                for (MethodFlow callee : t.bodies()) {
                    for (MethodSummary.Put p : of(callee).puts()) {
                        if (p.key() >= c.argumentCount() || p.value() >= c.argumentCount()) {
                            continue;
                        }
                        for (int k : c.argument(p.key())) {
                            for (int v : c.argument(p.value())) {
                                if (k < n && v < n) {
                                    out.add(new MethodSummary.Put(p.map(), k, v, c.line()));
                                }
                            }
                        }
                    }
                }
            }
            List<MethodSummary.Put> distinct = out.stream().distinct().toList();
            return distinct.size() > MAX_LINKS ? distinct.subList(0, MAX_LINKS) : distinct;
        }

        // ------------------------------------------------------------------ heap

        /** The events about an object, in body order (its own id, and its site when it is a summary object). */
        private List<FlowEvent> eventsAbout(int id, int site) {
            List<FlowEvent> own = eventsAbout.get(id);
            if (site == id) {
                return own;
            }
            List<FlowEvent> out = new ArrayList<>(own);
            for (FlowEvent e : eventsAbout.get(site)) {
                if (!out.contains(e)) {
                    out.add(e);
                }
            }
            out.sort(java.util.Comparator.comparingInt(FlowEvent::index));
            return out;
        }

        /** Whether {@code to} is reachable from {@code from} through references that certainly exist at some exit. */
        private boolean reaches(int from, int to) {
            heap();
            return reachableFromCached(from).contains(to);
        }

        private Set<Integer> reachableFrom(int from) {
            Set<Integer> seen = new HashSet<>();
            ArrayDeque<Integer> work = new ArrayDeque<>(List.of(from));
            while (!work.isEmpty()) {
                int at = work.poll();
                for (HeapEdge e : edgesFrom.get(at)) {
                    if (seen.add(e.to())) {
                        work.add(e.to());
                    }
                }
            }
            return seen;
        }
    }

    /**
     * Lists by object id: a body's objects are numbered from 0, so an array of lists (made as needed) does what a
     * hash map of boxed ids would, at a fraction of the cost; this runs for every body.
     */
    private static final class ById<T> {
        private Object[] lists = new Object[8];

        @SuppressWarnings("unchecked")
        void add(int id, T value) {
            if (id >= lists.length) {
                lists = java.util.Arrays.copyOf(lists, Math.max(id + 1, lists.length * 2));
            }
            List<T> l = (List<T>) lists[id];
            if (l == null) {
                l = new ArrayList<>(2);
                lists[id] = l;
            }
            l.add(value);
        }

        @SuppressWarnings("unchecked")
        List<T> get(int id) {
            Object l = id >= 0 && id < lists.length ? lists[id] : null;
            return l == null ? List.of() : (List<T>) l;
        }
    }
}
