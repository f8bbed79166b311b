package dev.refflow.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import dev.refflow.flow.MethodInterpreter.BodySpec;
import dev.refflow.model.LibraryModels;
import dev.refflow.model.TypeNames;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One responsibility of interpreting a body ({@link MethodInterpreter} lists them). Every part sees the body being
 * interpreted and the other parts; the state they share (objects, events, the heap) lives in {@link BodyRecorder}.
 */
abstract class InterpreterPart {
    ClassScope scope;
    SourceText source;
    BodySpec spec;
    ConstantFolder folder;
    LibraryModels models;
    BodyRecorder rec;
    LocalVariables vars;
    CountedLoops counted;
    StatementInterpreter statements;
    ExpressionInterpreter expressions;
    ElementValues values;
    Captures captures;
    CallInterpreter invocations;
    LibraryCalls library;
    StreamCalls streams;

    /** Connects this part to the others of one interpretation. */
    void wire(MethodInterpreter.Parts parts) {
        this.scope = parts.scope();
        this.source = parts.source();
        this.spec = parts.spec();
        this.folder = parts.folder();
        this.models = parts.models();
        this.rec = parts.body();
        this.vars = parts.vars();
        this.counted = parts.counted();
        this.statements = parts.statements();
        this.expressions = parts.expressions();
        this.values = parts.values();
        this.captures = parts.captures();
        this.invocations = parts.invocations();
        this.library = parts.library();
        this.streams = parts.streams();
    }

    String nameOf(Expression e) {
        return Names.text(e, source);
    }

    static Expression unwrap(Expression e) {
        while (e instanceof EnclosedExpr || e instanceof CastExpr) {
            e = e instanceof EnclosedExpr en ? en.getInner() : ((CastExpr) e).getExpression();
        }
        return e;
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    static boolean isIntegral(String type) {
        return switch (type) {
            case "int", "long", "short", "byte", "char", "Integer", "Long", "Short" -> true;
            default -> false;
        };
    }

    static String componentOf(String type) {
        return TypeNames.isArray(type) ? TypeNames.componentType(type) : "";
    }

    static String elementTypeOf(String containerType) {
        if (TypeNames.isArray(containerType)) {
            return TypeNames.componentType(containerType);
        }
        List<String> args = TypeNames.typeArguments(containerType);
        return args.size() == 1 ? args.get(0) : "";
    }

    static int line(Node n) {
        return Positions.line(n);
    }

    static int column(Node n) {
        return Positions.column(n);
    }

    static int endLine(Node n) {
        return Positions.endLine(n);
    }
}
