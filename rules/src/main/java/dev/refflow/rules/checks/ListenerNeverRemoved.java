package dev.refflow.rules.checks;

import dev.refflow.model.AbstractObject;
import dev.refflow.model.CallSite;
import dev.refflow.model.FieldRef;
import dev.refflow.model.ProjectModel;
import dev.refflow.model.MethodFlow;
import dev.refflow.model.ObjectKind;
import dev.refflow.model.FileFacts;
import dev.refflow.rules.FindingGraph;
import dev.refflow.rules.Level;
import dev.refflow.rules.Rule;
import dev.refflow.rules.RuleContext;
import dev.refflow.rules.RuleInfo;
import dev.refflow.rules.Traces;

import dev.refflow.model.FieldIndex;

import java.util.List;
import java.util.Set;

/**
 * {@code this}, or something that captures it, registered as a listener on an object that may outlive it,
 * while the class never unregisters anything nor keeps the registration's handle. The registry's reference
 * keeps the listener, and through it the whole registering object, reachable for as long as the registry
 * lives. Registrations on an object created in the same method, and APIs that take an owner or lifecycle,
 * are not findings; shutdown hooks, timers and executors are CapturedOuterInstance's.
 *
 * <p>A warning needs evidence of both halves of the mechanism. That it is a registration: an API that keeps what
 * it is given and offers a way to undo it (a library row that registers, a project method that keeps the argument
 * in a collection next to a method that removes its parameter from it, or a type that declares the matching
 * {@code remove*}); a method that keeps things with no way to take them back is a one-shot queue, a visitor, a
 * builder or a keyed slot, not a listener list. And that the subject outlives the owner: a static, a field the
 * owner was given (injected), a singleton. A subject the owner made itself dies with it and is not reported; one
 * whose lifetime the model cannot tell (a parameter, a field set from elsewhere), or a registration known only by
 * the method's name, is a note. An owner that is itself long-lived (an enum, a singleton, a singleton bean) lives as
 * long as anything: two long-lived objects registering with each other is not a leak.
 */
@RuleInfo(summary = "this, or a lambda or inner class capturing it, is registered as a listener on a longer-lived "
        + "object and never unregistered.", level = Level.WARNING)
public final class ListenerNeverRemoved implements Rule {
    @Override
    public void check(RuleContext context) {
        ProjectModel project = context.project();
        FieldIndex fields = project.fields();
        for (FileFacts file : project.files()) {
            Registrations.Undo undo = new Registrations.Undo(project, file);
            for (MethodFlow m : file.methods()) {
                if (project.longLivedRoot(m.ownerType()) != null) {
                    // a long-lived owner lives as long as what it registers with: nothing is kept longer
                    continue;
                }
                for (CallSite c : m.calls()) {
                    // cheap tests first: most calls pass nothing that holds on to this
                    if (c.resultUsed() || c.argumentCount() == 0 || Registrations.takesOwner(c)
                            || capturingArgument(m, c, Registrations.allArguments(c), fields) == null) {
                        continue;
                    }
                    Registrations.Registration registration = Registrations.registration(project, file, m, c);
                    if (registration == null || Registrations.onNoListenerList(project, file, c)
                            || undo.undoes(c, registration)) {
                        continue;
                    }
                    AbstractObject listener = capturingArgument(m, c, registration.arguments(), fields);
                    Registrations.Subject subject = Registrations.subject(project, file, m, c, fields);
                    if (listener == null || subject == null) {
                        continue;
                    }
                    boolean warning = registration.certain() && subject.outlives();
                    report(context, file, m, c, listener, subject.text(), warning ? context.defaultLevel() : Level.NOTE);
                }
            }
        }
    }


    /**
     * An argument that is {@code this} or holds on to it: directly, or a field whose stored value does (a
     * listener kept in a field, assigned in an initializer or constructor).
     */
    private static AbstractObject capturingArgument(MethodFlow m, CallSite c, Set<Integer> arguments,
                                                    FieldIndex fields) {
        for (int at : arguments) {
            for (int id : c.argument(at)) {
                AbstractObject o = m.object(id);
                if (o.kind() == ObjectKind.THIS || o.capturesThis()) {
                    return o;
                }
                FieldIndex.Declared d = o.isField() ? fields.resolve(o) : null;
                if (d != null && !d.field().isStatic() && storesCapturingValue(fields, d.field().ref())) {
                    return o;
                }
            }
        }
        return null;
    }

    private static boolean storesCapturingValue(FieldIndex fields, dev.refflow.model.FieldRef key) {
        for (FieldIndex.Use u : fields.uses(key)) {
            if (u.kind() == FieldIndex.UseKind.REPLACE && u.event().subject() >= 0
                    && u.method().object(u.event().subject()).capturesThis()) {
                return true;
            }
        }
        return false;
    }


    private void report(RuleContext context, FileFacts file, MethodFlow m, CallSite c, AbstractObject listener,
                        String registry, Level level) {
        String what = listener.kind() == ObjectKind.THIS ? "this (" + m.ownerSimpleName() + ")"
                : listener.text() + ", which captures this (" + m.ownerSimpleName() + ")";
        String message = what + " is registered with " + registry + "." + c.name() + "(...) and "
                + m.ownerSimpleName() + " never unregisters it nor keeps a handle to close: " + registry
                + " keeps the listener, and through it the whole " + m.ownerSimpleName()
                + ", reachable for as long as it lives; remove the listener when done (close(), dispose())";
        FindingGraph graph = new FindingGraph(
                List.of(new FindingGraph.Node(0, registry, 0, true),
                        new FindingGraph.Node(1, listener.kind() == ObjectKind.THIS ? "this" : listener.label(),
                                listener.line(), false),
                        new FindingGraph.Node(2, m.ownerSimpleName() + " instance", 0, false)),
                listener.kind() == ObjectKind.THIS
                        ? List.of(new FindingGraph.Edge(0, 1, c.name(), true), new FindingGraph.Edge(1, 2, "is", false))
                        : List.of(new FindingGraph.Edge(0, 1, c.name(), true),
                        new FindingGraph.Edge(1, 2, "captures this", false)));
        context.report(file, m, level, c.line(), c.column(), message,
                List.of(Traces.step(c.line(), "register", c.text())), -1, c.text(), graph);
    }
}
