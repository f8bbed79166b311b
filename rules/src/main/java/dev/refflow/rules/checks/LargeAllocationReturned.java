package dev.refflow.rules.checks;

import dev.refflow.model.AbstractObject;
import dev.refflow.model.EdgeKind;
import dev.refflow.model.ExitPoint;
import dev.refflow.model.FlowEvent;
import dev.refflow.model.HeapEdge;
import dev.refflow.model.MethodFlow;
import dev.refflow.model.FileFacts;
import dev.refflow.model.SizeEstimator;
import dev.refflow.rules.FindingGraph;
import dev.refflow.rules.Level;
import dev.refflow.rules.Rule;
import dev.refflow.rules.RuleContext;
import dev.refflow.rules.RuleInfo;
import dev.refflow.rules.TraceStep;
import dev.refflow.rules.Traces;
import dev.refflow.model.JvmLayout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A method builds a large array or collection and returns it: the reference handed to the caller keeps it
 * alive after the method's frame is gone. The same allocation left local is freed with the frame and is
 * not flagged. "Returns it" includes aliases, read-only wrappers ({@code Collections.unmodifiableList}) and
 * fields of a returned object the method created; a large allocation handed to a call whose result is
 * returned is not followed (the model cannot tell whether the callee keeps it).
 */
@RuleInfo(summary = "A method returns an array or collection whose estimated size reaches the large-allocation "
        + "threshold, so it outlives the call.", level = Level.WARNING)
public final class LargeAllocationReturned implements Rule {

    @Override
    public void check(RuleContext context) {
        for (FileFacts file : context.project().files()) {
            for (MethodFlow method : file.methods()) {
                for (ExitPoint exit : method.exits()) {
                    if (exit.isReturn()) {
                        checkReturn(context, file, method, exit);
                    }
                }
            }
        }
    }

    private void checkReturn(RuleContext context, FileFacts file, MethodFlow m, ExitPoint exit) {
        Set<Integer> sites = returnedAllocations(m, exit);
        if (sites.isEmpty()) {
            return;
        }
        SizeEstimator sizes = context.sizes();
        long total = 0;
        boolean complete = true;
        int main = -1;
        SizeEstimator.Estimate mainEstimate = null;
        for (int site : sites) {
            SizeEstimator.Estimate e = sizes.estimate(m, site);
            total += e.bytes();
            complete &= e.complete();
            if (mainEstimate == null || e.bytes() > mainEstimate.bytes()) {
                main = site;
                mainEstimate = e;
            }
        }
        if (total < context.largeAllocationBytes()) {
            return;
        }
        FlowEvent ret = m.event(exit.returnEvent());
        AbstractObject o = m.object(main);
        List<TraceStep> trace = new ArrayList<>(Traces.history(m, main, ret.index(), context.project()));
        trace.add(Traces.step(ret));
        FindingGraph graph = new FindingGraph(
                List.of(new FindingGraph.Node(0, o.label(), o.line(), false),
                        new FindingGraph.Node(1, "caller of " + m.signature(), 0, true)),
                List.of(new FindingGraph.Edge(1, 0, "return", true)));
        context.report(file, m, context.defaultLevel(), ret.line(), ret.column(),
                message(o, mainEstimate, total, complete), trace, total, ret.text(), graph);
    }

    /** Allocation sites the returned value keeps alive: directly, through aliases, views and fields. */
    private static Set<Integer> returnedAllocations(MethodFlow m, ExitPoint exit) {
        Set<Integer> sites = new TreeSet<>();
        Set<Integer> seen = new TreeSet<>();
        Deque<Integer> work = new ArrayDeque<>();
        for (int r : exit.returned()) {
            work.add(r);
        }
        while (!work.isEmpty()) {
            int id = work.poll();
            if (!seen.add(id)) {
                continue;
            }
            AbstractObject o = m.object(id);
            if (o.isAllocation()) {
                sites.add(o.site());
            }
            for (HeapEdge e : exit.heap()) {
                if (e.from() == id && !e.uncertain() && (e.kind() == EdgeKind.VIEW || e.kind() == EdgeKind.FIELD)) {
                    work.add(e.to());
                }
            }
        }
        return sites;
    }

    private static String message(AbstractObject o, SizeEstimator.Estimate e, long total, boolean complete) {
        String size = (complete ? "about " : "at least ") + JvmLayout.formatBytes(total);
        String what;
        String built;
        if (o.allocation() != null && o.allocation().isArray()) {
            what = o.allocation().dimensions().size() == 1 && e.elements() >= 0
                    ? "a " + o.allocation().componentType() + "[" + Traces.formatCount(e.elements()) + "]"
                    : "a " + o.text().replaceFirst("^new\\s+", "");
            built = "allocated on line " + e.firstLine();
        } else {
            String count = e.elements() >= 0 ? " of ~" + Traces.formatCount(e.elements())
                    + (e.elementType().isEmpty() ? " elements" : " " + e.elementType()) : "";
            what = article(o.rawType()) + " " + o.rawType() + count;
            built = e.lastLine() > e.firstLine() ? "built on lines " + e.firstLine() + "-" + e.lastLine()
                    : "built on line " + e.firstLine();
        }
        return "returns " + what + ", " + size + ", " + built
                + "; the caller's reference keeps it alive after this method returns";
    }

    private static String article(String word) {
        return !word.isEmpty() && "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an" : "a";
    }
}
