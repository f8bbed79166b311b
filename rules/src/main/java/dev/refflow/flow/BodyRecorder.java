package dev.refflow.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.refflow.model.AbstractObject;
import dev.refflow.model.Allocation;
import dev.refflow.model.CallSite;
import dev.refflow.model.EdgeKind;
import dev.refflow.model.ElementValue;
import dev.refflow.model.Escape;
import dev.refflow.model.EscapeKind;
import dev.refflow.model.EventKind;
import dev.refflow.model.ExitPoint;
import dev.refflow.model.FieldInfo;
import dev.refflow.model.FieldRef;
import dev.refflow.model.FlowEvent;
import dev.refflow.model.Guard;
import dev.refflow.model.HeapEdge;
import dev.refflow.model.Loop;
import dev.refflow.model.MapPut;
import dev.refflow.model.ObjectKind;
import dev.refflow.model.PathCondition;
import dev.refflow.model.SizeExpr;
import dev.refflow.model.Slot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the interpretation of one body has recorded so far, and the state it is in: the abstract objects, loops,
 * events, exit snapshots, call sites and map puts that become the {@link dev.refflow.model.MethodFlow}; the current
 * heap state (locals, points-to edges, escapes) and path condition; and how the body is being run (inside how many
 * loops and lambdas). Every other part records through here.
 */
final class BodyRecorder extends InterpreterPart {

    BodyRecorder(long deadline) {
        this.deadline = deadline;
    }

    final List<AbstractObject> objects = new ArrayList<>();
    final List<Loop> loops = new ArrayList<>();
    final List<FlowEvent> events = new ArrayList<>();
    final List<ExitPoint> exits = new ArrayList<>();
    final List<CallSite> calls = new ArrayList<>();
    final List<MapPut> mapPuts = new ArrayList<>();
    Set<Node> recordedPuts;
    final IdentityHashMap<Node, Integer> siteIds = new IdentityHashMap<>(4);
    final Map<Integer, Integer> summaryOf = new HashMap<>();
    final IdentityHashMap<Node, Integer> branchIds = new IdentityHashMap<>(4);
    final IdentityHashMap<Node, Integer> loopIds = new IdentityHashMap<>(4);
    final IdentityHashMap<Node, Integer> callResultIds = new IdentityHashMap<>(4);
    final IdentityHashMap<Node, List<Integer>> eventsByNode = new IdentityHashMap<>(4);

    /** what holds around the current statement: enclosing ifs, loops and catch blocks, earlier early exits */
    final Deque<Guard> guards = new ArrayDeque<>();
    final Map<String, Integer> namedObjects = new HashMap<>();
    final List<Node> nested = new ArrayList<>(0);
    final Deque<Integer> activeLoops = new ArrayDeque<>();
    PathCondition condition = PathCondition.TRUE;
    FlowState state = new FlowState();
    final long deadline;
    int steps;

    /** depth of lambda bodies being interpreted: removals inside them are never trusted */
    int deferred;

    /** depth of lambda bodies that may not run at all (stored, not handed to an immediate callback) */
    int mayNotRun;

    /** true while evaluating the arguments of a call that runs its callbacks before it returns */
    boolean immediateArguments;
    int nextBranch;

    void recordScopeExit(AbstractObject o, String var) {
        // scope exits are reported at the end of the body that declared the variable
        int line = spec.endLine();
        event(null, EventKind.SCOPE_EXIT, line, 0, line, var + " goes out of scope", o.site(), -1, var,
                ElementValue.UNKNOWN);
    }

    ExitPoint snapshot(int returnEvent, int line, IntSet returned) {
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

    IntSet readFieldValue(FieldInfo field) {
        String key = fieldKey(field);
        IntSet stored = state.vars.get(key);
        if (stored != null) {
            return stored;
        }
        return IntSet.of(fieldObject(field));
    }

    int fieldObject(FieldInfo field) {
        return namedObject(fieldKey(field), field.isStatic() ? ObjectKind.STATIC_FIELD : ObjectKind.FIELD,
                field.type(), displayName(field), null, List.of(field.ref()));
    }

    static String fieldKey(FieldInfo field) {
        return (field.isStatic() ? "static:" : "this.") + field.owner() + "#" + field.name();
    }

    String displayName(FieldInfo field) {
        if (field.isStatic()) {
            String owner = field.owner();
            int dot = owner.lastIndexOf('.');
            return (dot < 0 ? owner : owner.substring(dot + 1)) + "." + field.name();
        }
        return "this." + field.name();
    }

    void escapeAll(IntSet value, EscapeKind kind, Node at, String root, EventKind eventKind, String text) {
        escapeAll(value, kind, at, root, eventKind, text, -1);
    }

    /** @param holder the object that now holds the values (a field's object), or -1 */
    void escapeAll(IntSet value, EscapeKind kind, Node at, String root, EventKind eventKind, String text,
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

    void escape(int id, EscapeKind kind, int event, String root) {
        if (mayNotRun > 0) {
            // code that may never run is no evidence of escape; if the lambda itself escapes, what it
            // captures escapes with it
            return;
        }
        AbstractObject o = objects.get(id);
        if (o.kind() != ObjectKind.ALLOCATION && o.kind() != ObjectKind.LAMBDA && !o.holdsOuter()) {
            return;
        }
        state.escapes.merge(id, new FlowState.EscapeInfo(kind, event, root, condition), FlowState.EscapeInfo::merge);
    }

    /** A collection built from another one holds the same elements. */
    void copyElements(int from, int to, Node at, String text) {
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

    /** Creates (or, in a loop, re-creates) the abstract object of an allocation site. */
    int allocate(Node site, String type, Allocation allocation, String text) {
        Integer known = siteIds.get(site);
        int id;
        if (known == null) {
            id = objects.size();
            objects.add(new AbstractObject(id, ObjectKind.ALLOCATION, id, false, type, "", text, line(site),
                    column(site), allocation, loopStack(), condition, List.of(), false, false));
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
    void nameFromDeclaration(Node site, int id) {
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

    int newObject(ObjectKind kind, String type, String name, String text, Node at, Allocation allocation) {
        return newObject(kind, type, name, text, at, allocation, List.of());
    }

    int newObject(ObjectKind kind, String type, String name, String text, Node at, Allocation allocation,
                          List<FieldRef> field) {
        int id = objects.size();
        objects.add(new AbstractObject(id, kind, id, false, type == null ? "" : type, name, text,
                at == null ? spec.line() : line(at), at == null ? 0 : column(at), allocation, new int[0],
                PathCondition.TRUE, field, false, false));
        return id;
    }

    int namedObject(String key, ObjectKind kind, String type, String text, Node at) {
        return namedObject(key, kind, type, text, at, List.of());
    }

    /** The one object of a method that stands for a field, a parameter or {@code this}. */
    int namedObject(String key, ObjectKind kind, String type, String text, Node at, List<FieldRef> field) {
        Integer id = namedObjects.get(key);
        if (id == null) {
            id = newObject(kind, type, text, text, at, null, field);
            namedObjects.put(key, id);
        }
        return id;
    }

    int droppedResult() {
        return namedObject("dropped call result", ObjectKind.CALL_RESULT, "", "dropped call result", null);
    }

    int thisObject() {
        Integer known = namedObjects.get("this");
        if (known != null) {
            return known;
        }
        int id = namedObject("this", ObjectKind.THIS, scope.simpleName(), "this", null);
        if (scope.thisCapturesOuter()) {
            // an inner class instance that uses its enclosing instance holds it
            objects.set(id, objects.get(id).withCapturesThis());
        } else if (scope.thisKeepsUnusedOuter()) {
            // ... and one that does not use it holds it all the same where javac keeps this$0
            objects.set(id, objects.get(id).withHoldsUnusedOuter());
        }
        return id;
    }

    int allocateLambda(Node node) {
        Integer known = siteIds.get(node);
        if (known != null) {
            return known;
        }
        int id = objects.size();
        objects.add(new AbstractObject(id, ObjectKind.LAMBDA, id, false, "lambda", "", source.text(node),
                line(node), column(node), null, loopStack(), condition, List.of(), false, false));
        siteIds.put(node, id);
        return id;
    }

    /**
     * True when {@code this} here is an object worth retaining: an instance body of a named class, or of an
     * anonymous or inner class that itself holds an enclosing instance. Anything created in a static context
     * captures nothing.
     */
    boolean hasEnclosingInstance() {
        return !spec.isStatic() && (!scope.name().contains("$") || scope.hasOuterInstance());
    }

    void capturesThis(int id, Node at) {
        objects.set(id, objects.get(id).withCapturesThis());
        int ev = event(at, EventKind.CAPTURE, line(at), column(at), endLine(at), source.text(at), id, thisObject(),
                "this", ElementValue.UNKNOWN);
        addEdge(id, thisObject(), Slot.Captured.THIS, "captures this", ev);
    }

    /**
     * An anonymous, local or inner class instance that does not use the enclosing {@code this} but holds it all the
     * same, as javac compiles it (below release 18, or a serializable class): no capture edge, since nothing in the
     * body reaches through it; the object says it holds its outer instance.
     */
    void holdsUnusedOuter(int id) {
        if (!objects.get(id).capturesThis()) {
            objects.set(id, objects.get(id).withHoldsUnusedOuter());
        }
    }

    int callResult(MethodCallExpr call) {
        Integer id = callResultIds.get(call);
        if (id == null && call.getParentNode().orElse(null) instanceof ExpressionStmt) {
            // the value is dropped: no object needed (one shared stand-in keeps the contract of returning one)
            return droppedResult();
        }
        if (id == null) {
            id = newObject(ObjectKind.CALL_RESULT, vars.typeOf(call), "", source.text(call), call, null);
            callResultIds.put(call, id);
        }
        return id;
    }

    /** Each nested declaration once, though a loop body is interpreted twice. */
    void addNested(Node n) {
        for (Node known : nested) {
            if (known == n) {
                return;
            }
        }
        nested.add(n);
    }

    void addToContainers(IntSet receivers, Expression scopeExpr, Slot slot, String label, IntSet value,
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
    void recordMapPut(MethodCallExpr call, IntSet receivers, IntSet keys, IntSet values) {
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
    List<HeapEdge> pathBetween(IntSet from, IntSet to) {
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

    /** A removal from a container the method did not allocate (a field, a parameter): an event, no heap change. */
    void recordRemoval(Node at, EventKind kind, int receiver, String text, String method) {
        recordRemoval(at, kind, receiver, -1, text, method);
    }

    /** @param victim the object removed, when the removal names one, or -1 */
    void recordRemoval(Node at, EventKind kind, int receiver, int victim, String text, String method) {
        event(at, kind, line(at), column(at), endLine(at), text, receiver, victim < 0 ? -1 : objects.get(victim).site(),
                method, ElementValue.UNKNOWN);
    }

    /** What a view is a view of, through views of views ({@code map.entrySet().iterator()}). */
    IntSet viewTargets(int view) {
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

    void addEdge(int from, int to, Slot slot, String label, int event) {
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

    void removeEdges(int from, Slot slot, Integer to) {
        state.heap.keySet().removeIf(k -> k.from() == from && (slot == null || k.slot().equals(slot))
                && (to == null || k.to() == to) && k.slot().kind() != EdgeKind.VIEW);
    }

    void replaceSlot(IntSet receivers, Slot slot) {
        for (int r : receivers.toArray()) {
            if (receivers.size() == 1 && deferred == 0 && !objects.get(r).summary()) {
                removeEdges(r, slot, null);
            } else {
                markUncertain(r, slot);
            }
        }
    }

    void markUncertain(int from, Slot slot) {
        for (Map.Entry<FlowState.EdgeKey, FlowState.EdgeInfo> e : state.heap.entrySet()) {
            if (e.getKey().from() == from && (slot == null || e.getKey().slot().equals(slot))
                    && e.getKey().slot().kind() != EdgeKind.VIEW) {
                FlowState.EdgeInfo i = e.getValue();
                e.setValue(new FlowState.EdgeInfo(i.label(), i.event(), i.condition(), true));
            }
        }
    }

    /** The objects the given containers may hold (through container edges). */
    IntSet elementsOf(IntSet containers) {
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

    int loopId(Node node, SizeExpr tripCount, String indexVar, CountedLoops.Range range) {
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

    int branchId(Node node) {
        return branchIds.computeIfAbsent(node, n -> nextBranch++);
    }

    int[] loopStack() {
        return activeLoops.stream().mapToInt(Integer::intValue).toArray();
    }

    int event(Node node, EventKind kind, int line, int column, int endLine, String text, int subject,
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
}
