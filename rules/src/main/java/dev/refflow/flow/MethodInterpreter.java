package dev.refflow.flow;

import dev.refflow.model.BodyKind;
import dev.refflow.model.FieldInfo;
import dev.refflow.model.LibraryModels;
import dev.refflow.model.MethodFlow;
import dev.refflow.model.ObjectKind;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.stmt.Statement;
import dev.refflow.model.SizeExpr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Builds the {@link MethodFlow} of one body by abstract interpretation over its AST, in statement order.
 * Locals map to the abstract objects they may point to; branches are interpreted from the same state and
 * joined (both sides count); loops run their body twice so that loop-carried aliases are seen; lambdas run
 * inline where they are written, as code that may run any number of times, later. Calls the model does
 * not see into are opaque: arguments are passed, nothing is assumed kept.
 *
 * <p>The work is split by responsibility, each part in its own class:
 * <ul>
 * <li>{@link BodyRecorder}: the abstract objects, events, heap edges and escapes recorded so far;</li>
 * <li>{@link StatementInterpreter}: control flow (branches, loops, switches, try, jumps, returns);</li>
 * <li>{@link ExpressionInterpreter}: reads, assignments, stores, object and array creation;</li>
 * <li>{@link CallInterpreter}: method calls and the call sites they leave;</li>
 * <li>{@link LibraryCalls} and {@link StreamCalls}: what JDK and library methods do with references;</li>
 * <li>{@link Captures}: lambdas, method references and what anonymous and local classes capture;</li>
 * <li>{@link LocalVariables}: locals, their types as the source tells, and constant locals;</li>
 * <li>{@link CountedLoops}: loops whose trip count the source tells;</li>
 * <li>{@link ElementValues}: what one add puts into a container, for the size model.</li>
 * </ul>
 */
public final class MethodInterpreter {
    /** Loops nested deeper than this run their body once (see {@code StatementInterpreter.loop}). */
    static final int TWO_PASS_LOOP_DEPTH = 4;

    /** One piece of a body: a statement, or a field initializer ({@code field = initializer}). */
    public sealed interface Step {
    }

    public record StatementStep(Statement statement) implements Step {
    }

    public record FieldInitStep(FieldInfo field, VariableDeclarator declarator) implements Step {
    }

    /** What the caller knows about the body being interpreted. */
    public record BodySpec(String name, String signature, BodyKind kind, boolean isStatic, boolean mainMethod,
                           List<Parameter> parameters, List<Step> steps, int line, int endLine, boolean isPrivate,
                           java.util.function.BooleanSupplier describesMemory) {
    }

    /** Thrown when a file takes longer than its time limit: the file becomes a processing problem. */
    public static final class TimeLimitExceeded extends RuntimeException {
        public TimeLimitExceeded() {
            super("analysis took longer than the per-file time limit", null, false, false);
        }
    }

    /** When the current file's analysis must stop ({@link System#nanoTime()}); set per worker thread. */
    private static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[] {Long.MAX_VALUE});

    /** Sets the time limit for the bodies this thread interprets next. */
    public static void deadline(long nanoTime) {
        DEADLINE.get()[0] = nanoTime;
    }

    /** The parts of one interpretation, wired to each other. */
    record Parts(ClassScope scope, SourceText source, BodySpec spec, ConstantFolder folder, LibraryModels models,
                 BodyRecorder body,
                 LocalVariables vars, CountedLoops counted, StatementInterpreter statements,
                 ExpressionInterpreter expressions, ElementValues values, Captures captures,
                 CallInterpreter invocations, LibraryCalls library, StreamCalls streams) {
        List<InterpreterPart> all() {
            return List.of(body, vars, counted, statements, expressions, values, captures, invocations, library,
                    streams);
        }
    }

    private MethodInterpreter() {
    }

    private static Parts parts(ClassScope scope, SourceText source, BodySpec spec, LibraryModels models) {
        BodyRecorder body = new BodyRecorder(DEADLINE.get()[0]);
        LocalVariables vars = new LocalVariables();
        Parts parts = new Parts(scope, source, spec, new ConstantFolder(scope.names(), vars::localConstant), models,
                body,
                vars, new CountedLoops(), new StatementInterpreter(), new ExpressionInterpreter(), new ElementValues(),
                new Captures(), new CallInterpreter(), new LibraryCalls(), new StreamCalls());
        parts.all().forEach(p -> p.wire(parts));
        return parts;
    }

    /** Interprets one body of a type. */
    public static MethodFlow interpret(ClassScope scope, SourceText source, BodySpec spec, LibraryModels models) {
        return interpretWithNested(scope, source, spec, models).flow();
    }

    /**
     * The body's flow, and the local and anonymous class declarations met on the way (in source order), whose
     * own bodies are modelled separately: the interpreter visits them anyway, so nothing walks the body twice.
     */
    public record Interpreted(MethodFlow flow, List<Node> nestedDeclarations) {
    }

    public static Interpreted interpretWithNested(ClassScope scope, SourceText source, BodySpec spec,
                                                  LibraryModels models) {
        Parts parts = parts(scope, source, spec, models);
        MethodFlow flow = run(parts);
        List<Node> nested = new ArrayList<>(parts.body().nested);
        nested.sort(java.util.Comparator.comparingInt((Node n) -> Positions.line(n))
                .thenComparingInt(n -> Positions.column(n)));
        return new Interpreted(flow, nested);
    }

    private static MethodFlow run(Parts parts) {
        BodyRecorder body = parts.body();
        BodySpec spec = parts.spec();
        parts.vars().locals.push(new LinkedHashMap<>());
        List<Parameter> parameters = spec.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            String type = p.getType().asString() + (p.isVarArgs() ? "[]" : "");
            // a parameter nothing assigns folds to what each caller passes
            parts.vars().declare(p.getNameAsString(), type, new SizeExpr.Param(i, p.getNameAsString()), -1);
            int id = body.newObject(ObjectKind.PARAMETER, type, p.getNameAsString(), p.getNameAsString(), p, null);
            body.state.vars.put(p.getNameAsString(), IntSet.of(id));
        }
        for (Step step : spec.steps()) {
            if (step instanceof StatementStep s) {
                parts.statements().exec(s.statement());
            } else if (step instanceof FieldInitStep f) {
                parts.statements().initField(f);
            }
        }
        if (!body.state.dead) {
            body.exits.add(body.snapshot(-1, spec.endLine(), IntSet.EMPTY));
        }
        List<String> parameterTypes = new ArrayList<>();
        boolean varargs = false;
        for (Parameter p : parameters) {
            parameterTypes.add(p.getType().asString() + (p.isVarArgs() ? "[]" : ""));
            varargs |= p.isVarArgs();
        }
        return new MethodFlow(parts.scope().name(), spec.name(), spec.signature(), spec.kind(), spec.isStatic(),
                spec.mainMethod(), spec.line(), spec.endLine(), parameterTypes, varargs, body.objects, body.loops,
                body.events, body.exits, body.calls, body.mapPuts, spec.isPrivate(),
                // read only where a rule can ask: a body that asks for a collection (scanning every javadoc is not free)
                body.calls.stream().anyMatch(c -> c.name().equals("gc")) && spec.describesMemory().getAsBoolean());
    }
}
