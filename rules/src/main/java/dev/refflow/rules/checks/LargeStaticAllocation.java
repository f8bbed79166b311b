package dev.refflow.rules.checks;

import dev.refflow.model.AbstractObject;
import dev.refflow.model.EventKind;
import dev.refflow.model.FlowEvent;
import dev.refflow.model.MethodFlow;
import dev.refflow.model.ObjectKind;
import dev.refflow.model.FileFacts;
import dev.refflow.model.SizeEstimator;
import dev.refflow.rules.FindingGraph;
import dev.refflow.rules.Level;
import dev.refflow.rules.Rule;
import dev.refflow.rules.RuleContext;
import dev.refflow.rules.RuleInfo;
import dev.refflow.rules.TraceStep;
import dev.refflow.rules.Traces;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A large allocation stored in a static field, or added to a collection a static field holds: a static is a GC
 * root for as long as its class loader lives, so the allocation is promoted to the old generation and stays.
 * Sized by the same model as {@link LargeAllocationReturned}; reported at the store.
 */
@RuleInfo(summary = "A large allocation is stored in a static field or added to a static collection: retained "
        + "for the life of the class.", level = Level.WARNING)
public final class LargeStaticAllocation implements Rule {

    @Override
    public void check(RuleContext context) {
        for (FileFacts file : context.project().files()) {
            for (MethodFlow m : file.methods()) {
                Set<Integer> reported = new HashSet<>();
                for (FlowEvent e : m.events()) {
                    int stored = storedAllocation(m, e);
                    if (stored < 0 || !reported.add(e.line() * 1_000 + e.column())) {
                        continue;
                    }
                    SizeEstimator.Estimate size = context.sizes().estimate(m, stored);
                    if (size.bytes() < context.largeAllocationBytes()) {
                        reported.remove(e.line() * 1_000 + e.column());
                        continue;
                    }
                    report(context, file, m, e, stored, size);
                }
            }
        }
    }

    /** The allocation an event puts under a static root, or -1. */
    private static int storedAllocation(MethodFlow m, FlowEvent e) {
        if (e.subject() < 0) {
            return -1;
        }
        if (e.kind() == EventKind.STORE_STATIC && m.object(e.subject()).isAllocation()) {
            return e.subject();
        }
        if (e.kind() == EventKind.ADD_TO_CONTAINER && m.object(e.subject()).kind() == ObjectKind.STATIC_FIELD
                && e.target() >= 0 && m.object(e.target()).isAllocation()) {
            return e.target();
        }
        return -1;
    }

    private void report(RuleContext context, FileFacts file, MethodFlow m, FlowEvent store, int site,
                        SizeEstimator.Estimate size) {
        AbstractObject o = m.object(site);
        String root = store.kind() == EventKind.STORE_STATIC ? store.detail() : m.object(store.subject()).text();
        List<TraceStep> trace = new ArrayList<>(Traces.history(m, site, store.index(), context.project()));
        trace.add(Traces.step(store));
        String what = Describe.allocation(o, size);
        String where = store.kind() == EventKind.STORE_STATIC ? "stores " + what + " in static field " + root
                : "adds " + what + " to the static collection " + root;
        String message = where + ": a static is a GC root for as long as its class loader lives, so this memory is "
                + "promoted to the old generation and never freed; load it lazily, keep it smaller, or hold it "
                + "where it can be released";
        FindingGraph graph = new FindingGraph(
                List.of(new FindingGraph.Node(0, "static " + root, 0, true),
                        new FindingGraph.Node(1, o.label(), o.line(), false)),
                List.of(new FindingGraph.Edge(0, 1, store.kind() == EventKind.STORE_STATIC ? "holds" : "add", true)));
        context.report(file, m, context.defaultLevel(), store.line(), store.column(), message, trace, size.bytes(),
                store.text(), graph);
    }
}
