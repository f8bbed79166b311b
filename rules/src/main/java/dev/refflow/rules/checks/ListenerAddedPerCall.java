package dev.refflow.rules.checks;

import dev.refflow.model.AbstractObject;
import dev.refflow.model.BodyKind;
import dev.refflow.model.CallGraph;
import dev.refflow.model.CallSite;
import dev.refflow.model.FieldIndex;
import dev.refflow.model.FileFacts;
import dev.refflow.model.MethodFlow;
import dev.refflow.model.ObjectKind;
import dev.refflow.model.ProjectModel;
import dev.refflow.model.Receiver;
import dev.refflow.rules.FindingGraph;
import dev.refflow.rules.Level;
import dev.refflow.rules.Rule;
import dev.refflow.rules.RuleContext;
import dev.refflow.rules.RuleInfo;
import dev.refflow.rules.Traces;

import java.util.List;
import java.util.Set;

/**
 * Code that runs per call (a method, not a constructor, an initializer, {@code main} or a start-up step) registers a
 * listener it has just made (a {@code new} object, a lambda, a method reference; capturing or not) with a subject
 * that lives as long as the application, and nothing removes it: every call leaves one more listener in the subject's
 * list, each reachable from a root for good, with whatever it references. Mark-and-sweep never frees them, and the
 * subject does more work on every event.
 *
 * <p>A warning needs both halves of the mechanism: a registration (a library row of the receiver's type that says it
 * registers, or a project method that keeps the argument where it can be removed: see {@link Registrations}) and a
 * subject known to live as long as the application (a static, a registry called through its class, a field of a
 * long-lived object: an enum, a singleton, a singleton bean; or what a project getter returns from a static). A
 * registration known only by the method's name, or a subject the owner was given (it lives at least as long as the
 * owner, maybe no longer), is a note. A subject the method's owner made for itself, a parameter, a handle kept for
 * later, or a class that calls the matching remove anywhere is not reported. A listener that captures {@code this}
 * of a short-lived owner is ListenerNeverRemoved's.
 */
@RuleInfo(summary = "Code that runs per call adds a new listener to a long-lived subject and nothing removes it: "
        + "the subject's listener list grows by one on every call.", level = Level.WARNING)
public final class ListenerAddedPerCall implements Rule {

    @Override
    public void check(RuleContext context) {
        ProjectModel project = context.project();
        FieldIndex fields = project.fields();
        for (FileFacts file : project.files()) {
            Registrations.Undo undo = new Registrations.Undo(project, file);
            for (MethodFlow m : file.methods()) {
                if (m.kind() != BodyKind.METHOD || m.mainMethod() || !hasFreshArgument(m)) {
                    continue;
                }
                Boolean perCall = null;
                for (CallSite c : m.calls()) {
                    if (c.resultUsed() || c.argumentCount() == 0 || Registrations.takesOwner(c)
                            || fresh(m, c, Registrations.allArguments(c)) == null) {
                        continue;
                    }
                    Registrations.Registration registration = Registrations.registration(project, file, m, c, true);
                    if (registration == null || CallGraph.guardedOnce(m, c)
                            || Registrations.onNoListenerList(project, file, c)) {
                        continue;
                    }
                    AbstractObject listener = fresh(m, c, registration.arguments());
                    if (listener == null || listener.capturesThis() && !longLivedOwner(project, m)) {
                        // a short-lived owner kept alive through the listener is ListenerNeverRemoved's finding
                        continue;
                    }
                    Subject subject = subject(project, m, c, fields);
                    if (subject == null) {
                        continue;
                    }
                    if (undo.undoes(c, registration) || Registrations.keyedOrDrained(project, registration.fields())) {
                        continue;
                    }
                    if (perCall == null) {
                        perCall = runsPerCall(project, m);
                    }
                    if (!perCall) {
                        break;
                    }
                    Level level = registration.certain() && subject.certain() ? context.defaultLevel() : Level.NOTE;
                    report(context, file, m, c, listener, subject, level);
                }
            }
        }
    }

    /** Cheap test first: most methods pass nothing they have just made. */
    private static boolean hasFreshArgument(MethodFlow m) {
        for (AbstractObject o : m.objects()) {
            if (o.kind() == ObjectKind.ALLOCATION || o.kind() == ObjectKind.LAMBDA) {
                return true;
            }
        }
        return false;
    }

    /** An argument, among {@code positions}, that the method has just made: {@code new}, a lambda, a method reference. */
    private static AbstractObject fresh(MethodFlow m, CallSite c, Set<Integer> positions) {
        for (int at : positions) {
            int[] ids = c.argument(at);
            if (ids.length != 1) {
                // a value that may be one of several (a field, a parameter): not known to be new
                continue;
            }
            AbstractObject o = m.object(ids[0]);
            if (o.kind() == ObjectKind.LAMBDA || o.kind() == ObjectKind.ALLOCATION) {
                return o;
            }
        }
        return null;
    }

    private static boolean longLivedOwner(ProjectModel project, MethodFlow m) {
        return project.longLivedRoot(m.ownerType()) != null;
    }

    /**
     * Whether the method runs again and again: not when every way into it starts in class initialization, {@code
     * main}, a one-time guard, a constructor or a start-up step ({@code start}, {@code init}, {@code @PostConstruct}).
     */
    private static boolean runsPerCall(ProjectModel project, MethodFlow m) {
        if (project.calls().initializationOnly(m)) {
            return false;
        }
        return !project.calls().onlyReachedFrom(m, body -> body.kind() != BodyKind.METHOD
                || project.isStartStep(body), 3);
    }

    /**
     * What the listener is registered with, said for the message, and whether it is known to live as long as the
     * application ({@code certain}) or only at least as long as the owner (a field it was given).
     */
    private record Subject(String text, String lifetime, boolean certain) {
    }

    private static Subject subject(ProjectModel project, MethodFlow m, CallSite c, FieldIndex fields) {
        String written = c.receiver().text();
        if (c.receivers().length == 0) {
            // a registry called through its class: Registry.register(listener)
            return c.receiver() instanceof Receiver.OfType && !written.isEmpty()
                    && Character.isUpperCase(written.charAt(written.lastIndexOf('.') + 1))
                    ? new Subject(written, "a static registry", true) : null;
        }
        Subject found = null;
        for (int r : c.receivers()) {
            AbstractObject o = m.object(r);
            Subject s = switch (o.kind()) {
                case STATIC_FIELD -> new Subject(written, "held by a static field", true);
                case FIELD -> fieldSubject(project, fields, o, written);
                case CALL_RESULT -> Registrations.fromStatic(project, m, r)
                        ? new Subject(written, "taken from a static", true) : null;
                default -> null;
            };
            if (s == null) {
                return null;
            }
            if (found == null || !s.certain()) {
                found = s;
            }
        }
        return found;
    }

    /**
     * A field's value lives as long as the application when the object holding the field does (an enum, a singleton,
     * a singleton bean); a value the owner was given lives at least as long as the owner (a note).
     */
    private static Subject fieldSubject(ProjectModel project, FieldIndex fields, AbstractObject o, String written) {
        FieldIndex.Declared d = fields.resolve(o);
        if (d == null) {
            return null;
        }
        String root = project.longLivedRoot(d.field().owner());
        if (root != null) {
            return new Subject(written, "held by " + root, true);
        }
        return Boolean.TRUE.equals(Registrations.givenField(fields, d))
                ? new Subject(written, "given to " + dev.refflow.model.LibraryModels.simpleName(d.field().owner())
                + ", so it lives at least as long as its owner", false) : null;
    }

    private void report(RuleContext context, FileFacts file, MethodFlow m, CallSite c, AbstractObject listener,
                        Subject subject, Level level) {
        String what = listener.kind() == ObjectKind.LAMBDA ? "a new lambda (" + listener.text() + ")"
                : "a new " + listener.rawType();
        String message = m.ownerSimpleName() + "." + m.name() + "() adds " + what + " to " + subject.text() + " ("
                + subject.lifetime() + ") on every call, and nothing removes it: " + subject.text()
                + " keeps one more listener, and all it references, reachable per call; register it once, or keep "
                + "the listener (or the handle the call returns) and remove it when done";
        FindingGraph graph = new FindingGraph(
                List.of(new FindingGraph.Node(0, subject.text(), 0, true),
                        new FindingGraph.Node(1, listener.label(), listener.line(), false)),
                List.of(new FindingGraph.Edge(0, 1, c.name() + " (per call)", true)));
        context.report(file, m, level, c.line(), c.column(), message,
                List.of(Traces.step(c.line(), "register", c.text() + " on " + subject.text() + ", "
                        + subject.lifetime())), -1, c.text(), graph);
    }
}
