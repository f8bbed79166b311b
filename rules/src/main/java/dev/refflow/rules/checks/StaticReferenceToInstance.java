package dev.refflow.rules.checks;

import dev.refflow.model.AbstractObject;
import dev.refflow.model.BodyKind;
import dev.refflow.model.EventKind;
import dev.refflow.model.FieldIndex;
import dev.refflow.model.FieldIndex.Use;
import dev.refflow.model.FieldInfo;
import dev.refflow.model.FlowEvent;
import dev.refflow.model.LibraryModels;
import dev.refflow.model.MethodFlow;
import dev.refflow.model.ObjectKind;
import dev.refflow.model.ProjectModel;
import dev.refflow.model.Trait;
import dev.refflow.rules.FindingGraph;
import dev.refflow.rules.Level;
import dev.refflow.rules.Rule;
import dev.refflow.rules.RuleContext;
import dev.refflow.rules.RuleInfo;
import dev.refflow.rules.TraceStep;
import dev.refflow.rules.Traces;

import java.util.ArrayList;
import java.util.List;

/**
 * Instance code stores {@code this}, or an object with a lifecycle (a request, a session, a connection, a view: the
 * library models' {@code lifecycle} trait), in a static field, and nothing ever sets that field to null: the class
 * keeps the last instance, and everything it reaches, alive after its life has ended, until the next one replaces it.
 * A singleton's own instance (an enum constant, a class held by a {@code static final} field of its own type, or one
 * whose constructors are all private storing itself in a static of its own type) is meant to live that long and is
 * not reported; lambdas, inner and anonymous objects, which hold their enclosing {@code this}, are
 * CapturedOuterInstance's.
 */
@RuleInfo(summary = "Instance code stores this, or a request, session, connection or view, in a static field that is "
        + "never cleared: the class keeps the last one alive.", level = Level.WARNING)
public final class StaticReferenceToInstance implements Rule {

    @Override
    public void check(RuleContext context) {
        ProjectModel project = context.project();
        FieldIndex index = project.fields();
        for (FieldIndex.Declared d : index.declaredFields()) {
            FieldInfo f = d.field();
            if (!f.isStatic()) {
                continue;
            }
            List<Use> uses = index.uses(f.ref());
            if (uses.stream().anyMatch(u -> u.event() != null && u.event().kind() == EventKind.SET_NULL)) {
                // cleared when the instance's life ends (onDestroy, close): the static holds it only while it lives
                continue;
            }
            for (Use u : uses) {
                FlowEvent e = u.event();
                MethodFlow m = u.method();
                if (e == null || e.kind() != EventKind.STORE_STATIC || e.subject() < 0 || m.isStatic()
                        || m.kind() == BodyKind.STATIC_INITIALIZER) {
                    continue;
                }
                AbstractObject stored = m.object(e.subject());
                boolean self = stored.kind() == ObjectKind.THIS;
                // an object that holds this (a lambda, an inner object) is CapturedOuterInstance's: one leak, one finding
                boolean lifecycle = !self && stored.kind() != ObjectKind.LAMBDA && !stored.capturesThis()
                        && project.traits(u.file(), stored.type()).contains(Trait.LIFECYCLE);
                if (!self && !lifecycle || self && (ownInstance(project, f, m) || capturesOuter(project, m))) {
                    continue;
                }
                // a warning needs instances whose lives end: a class made per call, or one a narrow scope makes
                // (a request-scoped bean); otherwise the class may well have one instance for good: a note
                String many = self ? manyInstances(project, m.ownerType()) : null;
                Level level = !self || many != null ? context.defaultLevel() : Level.NOTE;
                report(context, d, u, stored, self, many, level);
                break;
            }
        }
    }

    /** An inner or anonymous object's {@code this} holds its enclosing instance: CapturedOuterInstance reports it. */
    private static boolean capturesOuter(ProjectModel project, MethodFlow m) {
        var declared = project.calls().types().type(m.ownerType());
        return declared != null && declared.type().hasOuterInstance();
    }

    /**
     * The singleton keeping its own instance: an enum constant, a class one of whose own {@code static final} fields
     * holds its instance, a class whose constructors are all private storing itself in a static of its own type, or
     * any other long-lived root (a singleton bean publishing itself for static access): the instance the static keeps
     * is one that lives as long as the application anyway.
     */
    private static boolean ownInstance(ProjectModel project, FieldInfo f, MethodFlow m) {
        if (project.longLivedRoot(m.ownerType()) != null) {
            return true;
        }
        if (!f.rawType().equals(LibraryModels.simpleName(m.ownerType()))) {
            return false;
        }
        boolean any = false;
        for (MethodFlow body : project.calls().types().bodies(m.ownerType())) {
            if (body.kind() == BodyKind.CONSTRUCTOR) {
                if (!body.isPrivate()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * What says a class has many instances over the program's life, said for the message, or null: a {@code new} of
     * it in code that runs per call, or a container scope that makes one per request, session or lookup.
     */
    private static String manyInstances(ProjectModel project, String type) {
        String scope = project.narrowScope(type);
        if (scope != null) {
            return "the container makes one per " + scope + " scope";
        }
        var perCall = project.instantiations().perCall(type);
        return perCall == null ? null : "a new one is made per call (" + perCall.how() + ")";
    }

    private static void report(RuleContext context, FieldIndex.Declared d, Use u, AbstractObject stored,
                               boolean self, String many, Level level) {
        FieldInfo f = d.field();
        MethodFlow m = u.method();
        String owner = f.owner().substring(f.owner().lastIndexOf('.') + 1);
        String what = self ? "this (" + m.ownerSimpleName() + ")" : stored.text() + " (" + stored.type() + ")";
        String where = m.kind() == BodyKind.CONSTRUCTOR ? "the constructor of " + m.ownerSimpleName()
                : m.ownerSimpleName() + "." + m.signature();
        String message = what + " is stored in static " + owner + "." + f.name() + " by " + where
                + ", and nothing sets it to null" + (many != null ? " (" + many + ")" : self ? " (RefFlow sees no "
                + "code making many " + m.ownerSimpleName() + " objects: if there is only ever one, this is fine)" : "")
                + ": the class keeps the last " + (self ? "instance" : "one")
                + ", and everything it references, reachable from this static root after its life has ended, until "
                + "the next one replaces it. Clear the field when the " + (self ? "instance is done" : "object's life ends")
                + " (close, destroy), keep a WeakReference, or pass the object to whoever needs it";
        List<TraceStep> trace = new ArrayList<>();
        // the static may be declared in another class's file than the store: each step names its own file
        trace.add(Traces.step(f.line(), "declare", "static " + f.type() + " " + f.name()).in(d.file().file()));
        trace.add(new TraceStep(u.line(), u.line(), "store in static", where + ": " + u.text()).in(u.file().file()));
        FindingGraph graph = new FindingGraph(
                List.of(new FindingGraph.Node(0, "class " + owner + " (GC root)", 0, true),
                        new FindingGraph.Node(1, "static " + f.name(), f.line(), false),
                        new FindingGraph.Node(2, self ? m.ownerSimpleName() + " instance" : stored.label(),
                                u.line(), false)),
                List.of(new FindingGraph.Edge(0, 1, "static field", true),
                        new FindingGraph.Edge(1, 2, "last stored", false)));
        context.report(u.file(), m, level, u.line(), u.column(), message, trace, -1, u.text(), graph);
    }
}
