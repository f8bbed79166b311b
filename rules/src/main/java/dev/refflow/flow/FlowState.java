package dev.refflow.flow;

import dev.refflow.model.EscapeKind;
import dev.refflow.model.PathCondition;
import dev.refflow.model.Slot;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The abstract state at one program point: what each local may point to, the points-to edges between
 * abstract objects with the branch arms they exist under, which objects have escaped, and which
 * allocation sites have a live most-recent object. States of branch arms are joined where control meets.
 */
final class FlowState {
    record EdgeKey(int from, int to, Slot slot) {
    }

    record EdgeInfo(String label, int event, PathCondition condition, boolean uncertain) {
        EdgeInfo merge(EdgeInfo other) {
            return new EdgeInfo(label, Math.min(event, other.event), condition.common(other.condition),
                    uncertain || other.uncertain);
        }
    }

    record EscapeInfo(EscapeKind kind, int event, String root, PathCondition condition) {
        EscapeInfo merge(EscapeInfo other) {
            EscapeInfo stronger = other.kind.compareTo(kind) > 0 ? other : this;
            return new EscapeInfo(stronger.kind, stronger.event, stronger.root, condition.common(other.condition));
        }
    }

    final Map<String, IntSet> vars;
    final Map<EdgeKey, EdgeInfo> heap;
    final Map<Integer, EscapeInfo> escapes;
    final BitSet live;
    boolean dead;

    FlowState() {
        this(new HashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new BitSet(), false);
    }

    private FlowState(Map<String, IntSet> vars, Map<EdgeKey, EdgeInfo> heap, Map<Integer, EscapeInfo> escapes,
                      BitSet live, boolean dead) {
        this.vars = vars;
        this.heap = heap;
        this.escapes = escapes;
        this.live = live;
        this.dead = dead;
    }

    FlowState copy() {
        return new FlowState(new HashMap<>(vars), new LinkedHashMap<>(heap), new LinkedHashMap<>(escapes),
                (BitSet) live.clone(), dead);
    }

    static FlowState deadState() {
        FlowState s = new FlowState();
        s.dead = true;
        return s;
    }

    IntSet get(String var) {
        return vars.getOrDefault(var, IntSet.EMPTY);
    }

    /**
     * Joins the states at the end of the arms of one branch point. An edge present in only some arms keeps
     * its own condition (it was added under that arm); an edge that existed before the branch and is missing
     * from some arm was removed on that path only, so it becomes uncertain.
     */
    static FlowState join(FlowState before, List<FlowState> arms) {
        List<FlowState> liveArms = new ArrayList<>();
        for (FlowState arm : arms) {
            if (!arm.dead) {
                liveArms.add(arm);
            }
        }
        if (liveArms.isEmpty()) {
            return deadState();
        }
        if (liveArms.size() == 1) {
            return liveArms.get(0).copy();
        }
        FlowState out = new FlowState();
        for (FlowState arm : liveArms) {
            for (Map.Entry<String, IntSet> v : arm.vars.entrySet()) {
                out.vars.merge(v.getKey(), v.getValue(), IntSet::union);
            }
            out.live.or(arm.live);
        }
        // edges, in first-seen order for determinism
        Map<EdgeKey, Integer> presence = new LinkedHashMap<>();
        for (FlowState arm : liveArms) {
            for (Map.Entry<EdgeKey, EdgeInfo> e : arm.heap.entrySet()) {
                presence.merge(e.getKey(), 1, Integer::sum);
                out.heap.merge(e.getKey(), e.getValue(), EdgeInfo::merge);
            }
            for (Map.Entry<Integer, EscapeInfo> e : arm.escapes.entrySet()) {
                out.escapes.merge(e.getKey(), e.getValue(), EscapeInfo::merge);
            }
        }
        for (Map.Entry<EdgeKey, Integer> p : presence.entrySet()) {
            if (p.getValue() < liveArms.size() && before != null && before.heap.containsKey(p.getKey())) {
                EdgeInfo info = out.heap.get(p.getKey());
                out.heap.put(p.getKey(), new EdgeInfo(info.label(), info.event(), info.condition(), true));
            }
        }
        return out;
    }

    /** Replaces object {@code from} by {@code to} everywhere: the most recent object of a site joins the summary. */
    void rename(int from, int to) {
        vars.replaceAll((k, v) -> v.replace(from, to));
        Map<EdgeKey, EdgeInfo> renamed = new LinkedHashMap<>();
        for (Map.Entry<EdgeKey, EdgeInfo> e : heap.entrySet()) {
            EdgeKey k = e.getKey();
            EdgeKey nk = new EdgeKey(k.from() == from ? to : k.from(), k.to() == from ? to : k.to(), k.slot());
            renamed.merge(nk, e.getValue(), EdgeInfo::merge);
        }
        heap.clear();
        heap.putAll(renamed);
        EscapeInfo esc = escapes.remove(from);
        if (esc != null) {
            escapes.merge(to, esc, EscapeInfo::merge);
        }
        live.clear(from);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlowState s && dead == s.dead && vars.equals(s.vars) && heap.equals(s.heap)
                && escapes.equals(s.escapes) && live.equals(s.live);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vars, heap, escapes, live, dead);
    }
}
