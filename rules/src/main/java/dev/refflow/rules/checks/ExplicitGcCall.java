package dev.refflow.rules.checks;

import dev.refflow.model.CallSite;
import dev.refflow.model.Effect;
import dev.refflow.model.LibraryModels;
import dev.refflow.model.Guard;
import dev.refflow.model.MethodFlow;
import dev.refflow.model.FileFacts;
import dev.refflow.model.ProjectModel;
import dev.refflow.rules.FindingGraph;
import dev.refflow.rules.Level;
import dev.refflow.rules.Rule;
import dev.refflow.rules.RuleContext;
import dev.refflow.rules.RuleInfo;
import dev.refflow.rules.Traces;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@code System.gc()} and its equivalents. Exempt, as SpotBugs' DM_GC learned to: calls in a handler of
 * {@code OutOfMemoryError}, in {@code main}, in methods that time themselves, in benchmark classes, in
 * methods whose own name says GC, in test code, and in code under a constant-false guard. Reported at most
 * once per method. The receiver is matched by type, so a project's own {@code gc()} never counts.
 * <p>
 * A note, not a warning, where the collection is meant: in a method whose documentation (javadoc, a management
 * operation's description) speaks of memory, leaks or garbage collection (a leak detector, a memory diagnostic,
 * an admin command), and on a shutdown path (a close/stop/shutdown/destroy method, code only those call, or a
 * shutdown hook), where one pause as the process ends costs nothing.
 */
@RuleInfo(summary = "Explicit garbage-collection request: System.gc(), Runtime.gc() or MemoryMXBean.gc().",
        level = Level.WARNING)
public final class ExplicitGcCall implements Rule {

    @Override
    public void check(RuleContext context) {
        ProjectModel project = context.project();
        for (FileFacts file : project.files()) {
            if (isTestCode(file)) {
                continue;
            }
            for (MethodFlow method : file.methods()) {
                for (CallSite call : method.calls()) {
                    if (isGcCall(file, method, call, project) && !call.inHandlerOf("OutOfMemoryError")
                            && !isDeadCode(call, project) && !exempt(project, file, method)) {
                        String intent = intent(project, file, method, call);
                        context.report(file, method, intent == null ? context.defaultLevel() : Level.NOTE,
                                call.line(), call.column(), message(call, intent),
                                List.of(Traces.step(call.line(), "call", call.text())), -1, call.text(),
                                FindingGraph.EMPTY);
                        break;
                    }
                }
            }
        }
    }

    /**
     * A call the library models say asks for a garbage collection ({@code System.gc()}, {@code Runtime.gc()},
     * {@code MemoryMXBean.gc()}), however the receiver was obtained. A project type of the same name is the
     * project's own: its {@code gc()} is not the JVM's.
     */
    static boolean isGcCall(FileFacts file, MethodFlow method, CallSite call, ProjectModel project) {
        if (!call.name().equals("gc")) {
            return false;
        }
        LibraryModels.Match m = project.libraryCall(file, method, call).orElse(null);
        if (m == null || !m.has(Effect.Gc.class) || m.onType().isEmpty()) {
            return false;
        }
        String written = call.receiver().type();
        return written.contains(".") || !project.declaresTypeNamed(LibraryModels.simpleName(m.onType()));
    }

    private static boolean exempt(ProjectModel project, FileFacts file, MethodFlow method) {
        return method.mainMethod() || timesItself(project, file, method) || namesGc(method.name())
                || isBenchmark(method.ownerType());
    }

    /** A body that reads the clock ({@code System.nanoTime()}, {@code currentTimeMillis()}) is measuring. */
    private static boolean timesItself(ProjectModel project, FileFacts file, MethodFlow method) {
        for (CallSite c : method.calls()) {
            if (project.libraryCall(file, method, c).map(m -> m.has(Effect.Clock.class) && !m.onType().isEmpty())
                    .orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** {@code forceGC}, {@code gcQuietly}, {@code collectGarbage}: the method exists to collect. */
    static boolean namesGc(String methodName) {
        for (String word : methodName.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|_")) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.equals("gc") || w.contains("garbage")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBenchmark(String ownerType) {
        for (String segment : ownerType.split("[.$]")) {
            if (!segment.isEmpty() && Character.isUpperCase(segment.charAt(0))
                    && segment.toLowerCase(Locale.ROOT).contains("benchmark")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTestCode(FileFacts file) {
        String path = "/" + file.file().relativePath();
        if (path.contains("/src/test/") || path.contains("/src/it/")) {
            return true;
        }
        String name = file.file().path().getFileName().toString().replace(".java", "");
        return name.endsWith("Test") || name.endsWith("Tests") || name.endsWith("IT") || name.endsWith("TestCase");
    }

    private static boolean isDeadCode(CallSite call, ProjectModel project) {
        for (Guard g : call.guards()) {
            if (!(g instanceof Guard.Condition condition)) {
                continue;
            }
            OptionalLong value = condition.value().evaluate(project);
            if (value.isPresent() && value.getAsLong() == 0) {
                return true;
            }
        }
        return false;
    }

    private static String message(CallSite call, String intent) {
        String full = call.text() + " asks for a full collection: the JVM traces the whole heap, old generation "
                + "included, usually pausing the application, instead of collecting young objects as they die";
        return intent == null ? full + "; remove the call (or let the JVM ignore it with -XX:+DisableExplicitGC)"
                : full + "; " + intent + ", so the collection looks intended: keep it if it is, and know that "
                + "-XX:+DisableExplicitGC turns it into a no-op";
    }

    /** Why the collection looks intended, or null: documented as a memory tool, or on a shutdown path. */
    private static String intent(ProjectModel project, FileFacts file, MethodFlow method, CallSite gc) {
        if (method.describesMemory()) {
            return method.signature() + " is documented as being about memory (its javadoc or description speaks "
                    + "of memory, leaks or garbage collection)";
        }
        for (CallSite c : method.calls()) {
            if (c != gc && c.text().contains(gc.text()) && project.libraryCall(file, method, c)
                    .map(m -> m.has(Effect.KeepsUntilExit.class)).orElse(false)) {
                return "it runs in a shutdown hook, once, as the process ends";
            }
        }
        return project.calls().onlyReachedFrom(method, ExplicitGcCall::isShutdownStep, 3)
                ? "it runs on a shutdown path (" + method.signature() + " is a close, stop or shutdown step, or only "
                + "they call it), once per life of its owner" : null;
    }

    private static final Set<String> SHUTDOWN_VERBS = Set.of("close", "shutdown", "stop", "destroy", "dispose",
            "terminate", "exit");

    /** A close/stop/shutdown step: its first word says so ({@code close}, {@code shutdownNow}, {@code stopAll}). */
    private static boolean isShutdownStep(MethodFlow method) {
        String first = method.name().split("(?<=[a-z0-9])(?=[A-Z])")[0].toLowerCase(Locale.ROOT);
        return SHUTDOWN_VERBS.contains(first);
    }
}
