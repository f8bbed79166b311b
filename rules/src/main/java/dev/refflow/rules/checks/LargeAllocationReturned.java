package dev.refflow.rules.checks;

import dev.refflow.model.AbstractObject;
import dev.refflow.model.CallSite;
import dev.refflow.model.ConstantResolver;
import dev.refflow.model.MethodSummary;
import dev.refflow.model.ProjectModel;
import dev.refflow.model.SizeExpr;
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
 * fields of a returned object the method created, and what a project method it calls returned fresh, at any depth
 * ({@code return numbers(1_000_000)}): sized with the arguments the calls pass. A returned field is not fresh. Such
 * an allocation is reported where its size becomes large: a method that already returns it large is the one
 * reported, not every caller after it.
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
            checkReturnedCalls(context, file, m, exit);
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

    /**
     * A return of what a call of a project method gave back: when that is an allocation of a project body (down a
     * chain of returns) that is large with the arguments the calls pass, and not large without this call's
     * arguments (then the method that makes it large is reported instead).
     */
    private void checkReturnedCalls(RuleContext context, FileFacts file, MethodFlow m, ExitPoint exit) {
        ProjectModel project = context.project();
        for (int id : returnedObjects(m, exit)) {
            for (CallSite c : m.calls()) {
                if (c.result() != id) {
                    continue;
                }
                List<MethodFlow> bodies = project.calls().bodies(c);
                if (bodies.size() != 1 || !returnsMadeOrCalled(bodies.get(0))) {
                    // a call that may run several bodies gives no evidence of what it returns; a callee that returns
                    // only fields and parameters (a getter) returns nothing fresh, and needs no summary to tell
                    continue;
                }
                MethodSummary.Fresh best = null;
                SizeEstimator.Estimate bestSize = null;
                for (MethodSummary.Source src : project.summaries().of(bodies.get(0)).results()) {
                    if (!(src instanceof MethodSummary.Fresh f)) {
                        continue;
                    }
                    List<CallSite> path = new ArrayList<>();
                    path.add(c);
                    path.addAll(f.path());
                    SizeEstimator.Estimate bound = new SizeEstimator(bind(project, path, 0)).estimate(f.method(), f.site());
                    SizeEstimator.Estimate alone = new SizeEstimator(bind(project, path, 1)).estimate(f.method(), f.site());
                    if (bound.bytes() >= context.largeAllocationBytes() && alone.bytes() < context.largeAllocationBytes()
                            && (bestSize == null || bound.bytes() > bestSize.bytes())) {
                        best = new MethodSummary.Fresh(f.method(), f.site(), path);
                        bestSize = bound;
                    }
                }
                if (best != null) {
                    reportThroughCalls(context, file, m, exit, best, bestSize);
                    return;
                }
            }
        }
    }

    /**
     * Constants, and what the calls of {@code path} from {@code from} on pass as their callees' parameters: the
     * resolver that sizes the last callee's allocation.
     */
    private static ConstantResolver bind(ProjectModel project, List<CallSite> path, int from) {
        ConstantResolver r = project;
        for (int i = from; i < path.size(); i++) {
            List<SizeExpr> values = new ArrayList<>();
            for (CallSite.Argument a : path.get(i).arguments()) {
                values.add(a.value());
            }
            r = r.withParameters(values);
        }
        return r;
    }

    private void reportThroughCalls(RuleContext context, FileFacts file, MethodFlow m, ExitPoint exit,
                                    MethodSummary.Fresh fresh, SizeEstimator.Estimate size) {
        ProjectModel project = context.project();
        FlowEvent ret = m.event(exit.returnEvent());
        MethodFlow builder = fresh.method();
        FileFacts builderFile = project.calls().types().fileOf(builder);
        AbstractObject o = builder.object(fresh.site());
        List<TraceStep> trace = new ArrayList<>();
        MethodFlow in = m;
        for (CallSite c : fresh.path()) {
            FileFacts where = project.calls().types().fileOf(in);
            TraceStep step = Traces.step(c.line(), "call", c.text());
            trace.add(where == file ? step : step.in(where.file()));
            in = project.calls().bodies(c).get(0);
        }
        int until = Integer.MAX_VALUE;
        FlowEvent builderReturn = null;
        for (ExitPoint x : builder.exits()) {
            if (x.returns(fresh.site())) {
                builderReturn = builder.event(x.returnEvent());
                until = builderReturn.index();
                break;
            }
        }
        ConstantResolver bound = bind(project, fresh.path(), 0);
        for (TraceStep s : Traces.history(builder, fresh.site(), until, bound)) {
            trace.add(s.in(builderFile.file()));
        }
        if (builderReturn != null) {
            trace.add(Traces.step(builderReturn).in(builderFile.file()));
        }
        trace.add(Traces.step(ret));
        String by = builder.ownerSimpleName() + "." + builder.signature() + " ("
                + builderFile.file().relativePath() + ":" + o.line() + ")";
        String what = message(o, size, size.bytes(), size.complete())
                .replaceFirst(", (built|allocated) on lines? [0-9-]+;", ", built by " + by + " and returned through "
                        + fresh.path().get(0).text() + ";");
        FindingGraph graph = new FindingGraph(
                List.of(new FindingGraph.Node(0, o.label() + " in " + builder.ownerSimpleName() + "."
                                + builder.name(), o.line(), false),
                        new FindingGraph.Node(1, "caller of " + m.signature(), 0, true)),
                List.of(new FindingGraph.Edge(1, 0, "return", true)));
        context.report(file, m, context.defaultLevel(), ret.line(), ret.column(), what, trace, size.bytes(),
                ret.text(), graph);
    }

    /** Whether a body returns something it allocates or a call's value: the only ways to return something fresh. */
    private static boolean returnsMadeOrCalled(MethodFlow m) {
        for (ExitPoint x : m.exits()) {
            if (x.isReturn()) {
                for (int r : x.returned()) {
                    AbstractObject o = m.object(r);
                    if (o.isAllocation() || o.kind() == dev.refflow.model.ObjectKind.CALL_RESULT) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The objects a return hands over: what it returns and what those views and fields expose. */
    private static Set<Integer> returnedObjects(MethodFlow m, ExitPoint exit) {
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
            for (HeapEdge e : exit.heap()) {
                if (e.from() == id && !e.uncertain() && (e.kind() == EdgeKind.VIEW || e.kind() == EdgeKind.FIELD)) {
                    work.add(e.to());
                }
            }
        }
        return seen;
    }

    /** Allocation sites the returned value keeps alive: directly, through aliases, views and fields. */
    private static Set<Integer> returnedAllocations(MethodFlow m, ExitPoint exit) {
        Set<Integer> sites = new TreeSet<>();
        for (int id : returnedObjects(m, exit)) {
            AbstractObject o = m.object(id);
            if (o.isAllocation()) {
                sites.add(o.site());
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
