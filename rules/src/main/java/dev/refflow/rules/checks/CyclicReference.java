package dev.refflow.rules.checks;

import dev.refflow.model.AbstractObject;
import dev.refflow.model.EdgeKind;
import dev.refflow.model.Escape;
import dev.refflow.model.EscapeKind;
import dev.refflow.model.ExitPoint;
import dev.refflow.model.FlowEvent;
import dev.refflow.model.CallSite;
import dev.refflow.model.EventKind;
import dev.refflow.model.HeapEdge;
import dev.refflow.model.MethodSummary;
import dev.refflow.model.Slot;
import dev.refflow.model.MethodFlow;
import dev.refflow.model.PathCondition;
import dev.refflow.model.FileFacts;
import dev.refflow.model.ProjectModel;
import dev.refflow.rules.FindingGraph;
import dev.refflow.rules.Level;
import dev.refflow.rules.Rule;
import dev.refflow.rules.RuleContext;
import dev.refflow.rules.RuleInfo;
import dev.refflow.rules.TraceStep;
import dev.refflow.rules.Traces;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Objects created in one method made to refer to each other in a cycle, judged where control leaves the
 * method. The cycle must exist on some run (its references are not added in exclusive branches, nor possibly
 * removed again) and is judged by what holds it. A container cycle (membership only: {@code a.add(b); b.add(a)})
 * is an error when a static root holds it, a warning when the caller, a field or an outside container does,
 * and a note when nothing does. A cycle through a field of an ordinary object (parent and child pointers,
 * doubly linked nodes, a sentinel pointing to itself, a constructor argument kept in a field) is the data structure
 * itself: the collector frees it like any other graph once nothing reaches it, so it is not reported, wherever it is
 * held. Objects allocated in a loop only form a cycle when the model can tell it is one object referring to itself,
 * not one iteration's object referring to the previous one's.
 */
@RuleInfo(summary = "Containers created in a method contain each other and the cycle escapes: it is retained as "
        + "one unit, and hashCode/equals/toString on it recurse forever.", level = Level.WARNING)
public final class CyclicReference implements Rule {
    private static final int MAX_CYCLES_PER_COMPONENT = 64;

    /**
     * A cycle found at some exit, with what holds it there: {@code holdPath} leads from the object the holder
     * keeps (the one stored or returned) to a member of the cycle; empty when that object is itself a member.
     */
    private record Found(List<HeapEdge> cycle, int closingEvent, Level level, Escape escape, boolean returned,
                         int returnEvent, int held, List<HeapEdge> holdPath) {
    }

    @Override
    public void check(RuleContext context) {
        for (FileFacts file : context.project().files()) {
            for (MethodFlow method : file.methods()) {
                Map<Set<Integer>, Found> found = new LinkedHashMap<>();
                for (ExitPoint exit : method.exits()) {
                    for (Found f : cyclesAt(method, exit, context.defaultLevel(), context.project())) {
                        Set<Integer> key = new TreeSet<>();
                        f.cycle().forEach(e -> key.add(method.object(e.from()).site()));
                        found.merge(key, f, (a, b) -> b.level().atLeast(a.level()) && b.level() != a.level() ? b : a);
                    }
                }
                found.values().stream().sorted(Comparator.comparingInt(Found::closingEvent))
                        .forEach(f -> report(context, file, method, f));
            }
        }
    }

    private List<Found> cyclesAt(MethodFlow m, ExitPoint exit, Level escaped, ProjectModel project) {
        Map<Integer, List<HeapEdge>> graph = new TreeMap<>();
        List<HeapEdge> edges = new ArrayList<>(exit.heap());
        edges.addAll(helperEdges(m, exit, project));
        for (HeapEdge raw : edges) {
            HeapEdge e = asReference(m, raw);
            if (e != null && !e.uncertain() && isLocal(m, e.from()) && isLocal(m, e.to())) {
                graph.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
            }
        }
        if (graph.isEmpty()) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        for (Set<Integer> component : stronglyConnected(graph)) {
            List<HeapEdge> cycle = feasibleCycle(graph, component);
            if (cycle == null) {
                continue;
            }
            Found f = judge(m, exit, cycle, escaped);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * References that project methods this body calls make between the objects it passes them ({@code link(a, b)}
     * adding each to the other), where the call comes before the exit. The call must run one known body; a removal
     * from either object after the call makes the reference uncertain.
     */
    private static List<HeapEdge> helperEdges(MethodFlow m, ExitPoint exit, ProjectModel project) {
        List<HeapEdge> out = new ArrayList<>();
        for (CallSite c : m.calls()) {
            // only objects made here can be members of a cycle judged here: a call passing none links none
            if (!passesLocal(m, c)) {
                continue;
            }
            List<MethodFlow> bodies = project.calls().bodies(c);
            if (bodies.size() != 1) {
                continue;
            }
            List<MethodSummary.Link> links = project.summaries().of(bodies.get(0)).links();
            if (links.isEmpty()) {
                continue;
            }
            FlowEvent pass = passAt(m, c);
            if (pass == null || exit.isReturn() && exit.returnEvent() < pass.index()) {
                continue;
            }
            for (MethodSummary.Link l : links) {
                // a link through a field makes a data structure, not a container cycle
                if (!l.container() || l.holder() >= c.argumentCount() || l.held() >= c.argumentCount()) {
                    continue;
                }
                for (int a : c.argument(l.holder())) {
                    for (int b : c.argument(l.held())) {
                        boolean uncertain = removedAfter(m, a, pass.index()) || removedAfter(m, b, pass.index());
                        String label = l.label() + " (added by " + c.name() + ")";
                        out.add(new HeapEdge(a, b, Slot.ELEMENT, label, pass.index(), pass.condition(), uncertain));
                    }
                }
            }
        }
        return out;
    }

    /** The event that passes an object to a call: where the call is in the body's order. */
    private static FlowEvent passAt(MethodFlow m, CallSite c) {
        for (FlowEvent e : m.events()) {
            if (e.kind() == EventKind.PASS_AS_ARGUMENT && e.line() == c.line() && e.column() == c.column()) {
                return e;
            }
        }
        return null;
    }

    private static boolean removedAfter(MethodFlow m, int object, int after) {
        for (FlowEvent e : m.events()) {
            if (e.index() > after && e.subject() == m.object(object).site()
                    && (e.kind() == EventKind.REMOVE_FROM_CONTAINER || e.kind() == EventKind.CLEAR
                    || e.kind() == EventKind.SET_NULL)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A reference a cycle counts through: container membership, from a container. A field is not one: a cycle
     * through fields (next and prev, parent and children, a constructor argument kept in a field, a sentinel pointing
     * to itself) is the data structure itself, retained as a unit like any object graph wherever it is held.
     */
    private static HeapEdge asReference(MethodFlow m, HeapEdge e) {
        AbstractObject from = m.object(e.from());
        return e.kind() == EdgeKind.CONTAINER && from.allocation() != null && from.allocation().isContainer() ? e : null;
    }

    /** Only the most recent object of a site: a summary object may stand for many different ones. */
    private static boolean passesLocal(MethodFlow m, CallSite c) {
        for (int k = 0; k < c.argumentCount(); k++) {
            for (int id : c.argument(k)) {
                if (isLocal(m, id)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLocal(MethodFlow m, int id) {
        AbstractObject o = m.object(id);
        return o.isAllocation() && !o.summary();
    }

    /**
     * How long-lived the holder of the cycle is at this exit: a static root is an error, another holder the
     * rule's (configurable) level, no holder a note.
     */
    private Found judge(MethodFlow m, ExitPoint exit, List<HeapEdge> cycle, Level escaped) {
        Set<Integer> members = new HashSet<>();
        PathCondition condition = PathCondition.TRUE;
        int closing = -1;
        for (HeapEdge e : cycle) {
            members.add(e.from());
            condition = condition.union(e.condition());
            closing = Math.max(closing, e.event());
        }
        Escape holder = null;
        List<HeapEdge> holdPath = null;
        for (Escape escape : exit.escapes()) {
            if (!escape.condition().compatible(condition)
                    || holder != null && escape.kind().compareTo(holder.kind()) <= 0) {
                continue;
            }
            List<HeapEdge> path = pathToMember(exit, escape.object(), members);
            if (path != null) {
                holder = escape;
                holdPath = path;
            }
        }
        int held = holder != null ? holder.object() : -1;
        if (holder == null && exit.isReturn()) {
            for (int r : exit.returned()) {
                List<HeapEdge> path = pathToMember(exit, r, members);
                if (path != null) {
                    held = r;
                    holdPath = path;
                    break;
                }
            }
        }
        boolean returned = holder == null && held >= 0;
        boolean staticRoot = holder != null && holder.kind() == EscapeKind.STATIC;
        boolean escapes = holder != null || returned;
        Level level = staticRoot ? Level.ERROR : escapes ? escaped : Level.NOTE;
        return new Found(cycle, closing, level, holder, returned, exit.returnEvent(), held,
                holdPath == null ? List.of() : holdPath);
    }

    /**
     * The shortest chain of references that certainly exist from {@code from} to a member: empty when {@code from}
     * is one, null when it reaches none.
     */
    private static List<HeapEdge> pathToMember(ExitPoint exit, int from, Set<Integer> members) {
        Deque<Integer> work = new ArrayDeque<>();
        Map<Integer, HeapEdge> via = new HashMap<>();
        Set<Integer> seen = new HashSet<>();
        work.add(from);
        seen.add(from);
        while (!work.isEmpty()) {
            int id = work.poll();
            if (members.contains(id)) {
                List<HeapEdge> path = new ArrayList<>();
                for (int at = id; at != from; at = via.get(at).from()) {
                    path.add(0, via.get(at));
                }
                return path;
            }
            for (HeapEdge e : exit.heap()) {
                if (e.from() == id && !e.uncertain() && e.kind() != EdgeKind.OPAQUE && seen.add(e.to())) {
                    via.put(e.to(), e);
                    work.add(e.to());
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ graph search

    private static List<Set<Integer>> stronglyConnected(Map<Integer, List<HeapEdge>> graph) {
        // Tarjan's algorithm; graphs here are a handful of nodes
        Map<Integer, Integer> index = new HashMap<>();
        Map<Integer, Integer> low = new HashMap<>();
        Deque<Integer> stack = new ArrayDeque<>();
        Set<Integer> onStack = new HashSet<>();
        List<Set<Integer>> out = new ArrayList<>();
        int[] counter = {0};
        for (int node : graph.keySet()) {
            if (!index.containsKey(node)) {
                strongConnect(node, graph, index, low, stack, onStack, out, counter);
            }
        }
        out.sort(Comparator.comparingInt(s -> s.iterator().next()));
        return out;
    }

    private static void strongConnect(int v, Map<Integer, List<HeapEdge>> graph, Map<Integer, Integer> index,
                                      Map<Integer, Integer> low, Deque<Integer> stack, Set<Integer> onStack,
                                      List<Set<Integer>> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.push(v);
        onStack.add(v);
        for (HeapEdge e : graph.getOrDefault(v, List.of())) {
            int w = e.to();
            if (!index.containsKey(w)) {
                strongConnect(w, graph, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<Integer> component = new TreeSet<>();
            int w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (w != v);
            boolean cyclic = component.size() > 1 || graph.getOrDefault(v, List.of()).stream().anyMatch(e -> e.to() == v);
            if (cyclic) {
                out.add(component);
            }
        }
    }

    /**
     * A simple cycle in the component whose references can all exist in one run, closed as early as possible;
     * null when every cycle needs references from exclusive branches.
     */
    private static List<HeapEdge> feasibleCycle(Map<Integer, List<HeapEdge>> graph, Set<Integer> component) {
        List<List<HeapEdge>> cycles = new ArrayList<>();
        for (int start : component) {
            findCycles(start, start, graph, component, new ArrayList<>(), new HashSet<>(), cycles);
            if (cycles.size() >= MAX_CYCLES_PER_COMPONENT) {
                break;
            }
        }
        List<HeapEdge> best = null;
        int bestClosing = Integer.MAX_VALUE;
        for (List<HeapEdge> c : cycles) {
            if (!feasible(c)) {
                continue;
            }
            int closing = c.stream().mapToInt(HeapEdge::event).max().orElse(Integer.MAX_VALUE);
            if (closing < bestClosing) {
                best = c;
                bestClosing = closing;
            }
        }
        return best;
    }

    /** Cycles through {@code start} that visit only nodes not smaller than it (each cycle found once). */
    private static void findCycles(int start, int node, Map<Integer, List<HeapEdge>> graph, Set<Integer> component,
                                   List<HeapEdge> path, Set<Integer> onPath, List<List<HeapEdge>> out) {
        if (out.size() >= MAX_CYCLES_PER_COMPONENT) {
            return;
        }
        onPath.add(node);
        for (HeapEdge e : graph.getOrDefault(node, List.of())) {
            int next = e.to();
            if (!component.contains(next) || next < start) {
                continue;
            }
            path.add(e);
            if (next == start) {
                out.add(List.copyOf(path));
            } else if (!onPath.contains(next)) {
                findCycles(start, next, graph, component, path, onPath, out);
            }
            path.remove(path.size() - 1);
        }
        onPath.remove(node);
    }

    private static boolean feasible(List<HeapEdge> cycle) {
        PathCondition all = PathCondition.TRUE;
        for (HeapEdge e : cycle) {
            if (!all.compatible(e.condition())) {
                return false;
            }
            all = all.union(e.condition());
        }
        return true;
    }

    // ------------------------------------------------------------------ reporting

    private void report(RuleContext context, FileFacts file, MethodFlow m, Found f) {
        FlowEvent closing = m.event(f.closingEvent());
        List<Integer> members = new ArrayList<>();
        for (HeapEdge e : f.cycle()) {
            members.add(e.from());
        }
        List<TraceStep> trace = new ArrayList<>();
        Set<Integer> shownSites = new TreeSet<>();
        for (int id : members) {
            FlowEvent alloc = Traces.first(m, dev.refflow.model.EventKind.ALLOCATE, m.object(id).site());
            if (alloc != null && shownSites.add(alloc.index())) {
                trace.add(Traces.step(alloc));
            }
        }
        trace.sort(Comparator.comparingInt(TraceStep::line));
        f.cycle().stream().map(HeapEdge::event).distinct().sorted()
                .forEach(i -> trace.add(Traces.step(m.event(i))));
        // what holds the cycle on the way from the root (wrapper.add(b)), then the escape itself
        for (HeapEdge e : f.holdPath()) {
            FlowEvent alloc = Traces.first(m, EventKind.ALLOCATE, m.object(e.from()).site());
            if (alloc != null && shownSites.add(alloc.index())) {
                trace.add(Traces.step(alloc));
            }
            if (e.event() >= 0) {
                trace.add(Traces.step(m.event(e.event())));
            }
        }
        if (f.escape() != null) {
            trace.add(Traces.step(m.event(f.escape().event())));
        } else if (f.returned()) {
            trace.add(Traces.step(m.event(f.returnEvent())));
        }
        context.report(file, m, f.level(), closing.line(), closing.column(), message(m, f, members), trace, -1,
                closing.text(), graph(m, f, members));
    }

    private static String message(MethodFlow m, Found f, List<Integer> members) {
        StringBuilder sb = new StringBuilder();
        if (members.size() == 1) {
            sb.append(name(m, members.get(0))).append(" is added to itself");
        } else if (members.size() == 2) {
            sb.append(name(m, members.get(0))).append(" and ").append(name(m, members.get(1)))
                    .append(" contain each other");
        } else {
            for (int id : members) {
                sb.append(name(m, id)).append(" -> ");
            }
            sb.append(name(m, members.get(0))).append(" form a cycle of containers");
        }
        boolean recursive = members.stream().anyMatch(id -> !m.object(id).allocation().isArray());
        String recursion = recursive ? "; hashCode() and equals() on it recurse until StackOverflowError" : "";
        if (f.escape() != null) {
            sb.append(" and the cycle is ").append(f.escape().kind().description());
            if (f.escape().kind() != EscapeKind.RETURN) {
                sb.append(" (").append(f.escape().root()).append(")");
            }
            sb.append(f.escape().kind() == EscapeKind.STATIC
                    ? ": the static root keeps the whole cycle, and all it reaches, for the life of the class loader"
                    : ": it is retained as one unit for as long as its holder lives");
        } else if (f.returned()) {
            sb.append(" and the cycle is returned to the caller: it is retained as one unit for as long as the caller "
                    + "holds any part of it");
        } else {
            sb.append("; the cycle never leaves the method, so the collector reclaims it with the frame");
        }
        return sb.append(recursion).toString();
    }

    private static String name(MethodFlow m, int id) {
        AbstractObject o = m.object(id);
        return o.name().isEmpty() ? o.text() : o.name();
    }

    private static FindingGraph graph(MethodFlow m, Found f, List<Integer> members) {
        List<FindingGraph.Node> nodes = new ArrayList<>();
        Map<Integer, Integer> index = new HashMap<>();
        for (int id : members) {
            AbstractObject o = m.object(id);
            index.put(id, nodes.size());
            nodes.add(new FindingGraph.Node(nodes.size(), o.label(), o.line(), false));
        }
        List<FindingGraph.Edge> edges = new ArrayList<>();
        for (HeapEdge e : f.cycle()) {
            edges.add(new FindingGraph.Edge(index.get(e.from()), index.get(e.to()), e.label(), false));
        }
        if (f.held() >= 0) {
            // the escaping reference points at the object actually stored or returned, which may hold the cycle
            // through others (a wrapper list the cycle was added to): those are drawn on the way
            String root = f.escape() != null ? f.escape().root() : "caller of " + m.signature();
            int rootNode = nodes.size();
            nodes.add(new FindingGraph.Node(rootNode, root, 0, true));
            int held = nodeFor(m, f.held(), index, nodes);
            edges.add(new FindingGraph.Edge(rootNode, held,
                    f.escape() != null ? f.escape().kind().name().toLowerCase(java.util.Locale.ROOT) : "return", true));
            for (HeapEdge e : f.holdPath()) {
                edges.add(new FindingGraph.Edge(nodeFor(m, e.from(), index, nodes), nodeFor(m, e.to(), index, nodes),
                        e.label(), false));
            }
        }
        return new FindingGraph(nodes, edges);
    }

    private static int nodeFor(MethodFlow m, int id, Map<Integer, Integer> index, List<FindingGraph.Node> nodes) {
        return index.computeIfAbsent(id, k -> {
            AbstractObject o = m.object(k);
            nodes.add(new FindingGraph.Node(nodes.size(), o.label(), o.line(), false));
            return nodes.size() - 1;
        });
    }
}
