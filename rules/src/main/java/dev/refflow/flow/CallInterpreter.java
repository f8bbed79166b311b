package dev.refflow.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import dev.refflow.model.CallSite;
import dev.refflow.model.Effect;
import dev.refflow.model.LibraryModels;
import dev.refflow.model.Receiver;
import dev.refflow.model.SizeExpr;
import dev.refflow.model.TypeNames;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Method calls: the receiver and arguments are evaluated, library behaviour is applied ({@link LibraryCalls},
 * {@link StreamCalls}), and the call site is recorded with its receiver, arguments and guards.
 */
final class CallInterpreter extends InterpreterPart {

    final IdentityHashMap<Node, Integer> callSiteIndex = new IdentityHashMap<>();
    final Deque<CallFacts> callFacts = new ArrayDeque<>();


    IntSet call(MethodCallExpr call) {
        CallFacts facts = new CallFacts();
        callFacts.push(facts);
        IntSet result;
        try {
            result = callInner(call, facts);
        } finally {
            callFacts.pop();
        }
        recordCallSite(call, facts);
        return result;
    }

    /** What evaluating a call learned about its receiver and arguments, for its {@link CallSite}. */
    final class CallFacts {
        IntSet receivers = IntSet.EMPTY;
        List<IntSet> arguments = List.of();
    }

    IntSet callInner(MethodCallExpr call, CallFacts facts) {
        String name = call.getNameAsString();
        Expression scopeExpr = call.getScope().orElse(null);
        IntSet stream = StreamChains.isTerminal(call) ? streams.streamTerminal(call) : null;
        if (stream != null) {
            return stream;
        }
        if (scopeExpr != null && expressions.isTypeName(scopeExpr)) {
            IntSet result = library.staticCall(call, nameOf(scopeExpr));
            if (result != null) {
                return result;
            }
        }
        IntSet receivers = scopeExpr == null ? IntSet.EMPTY : expressions.eval(scopeExpr);
        facts.receivers = receivers;
        LibraryModels.Match model = library.modelFor(call, scopeExpr, receivers);
        if (LibraryCalls.adds(model)) {
            return library.containerAdd(call, scopeExpr, receivers, model);
        }
        List<IntSet> args = new ArrayList<>();
        boolean outerImmediate = rec.immediateArguments;
        // a callback handed to a method that runs it before returning runs here, not later
        rec.immediateArguments = model != null && model.has(Effect.Calls.class);
        for (Expression arg : call.getArguments()) {
            args.add(expressions.eval(arg));
        }
        rec.immediateArguments = outerImmediate;
        facts.arguments = args;
        library.removeThroughViews(call, receivers, model);
        library.textBufferUse(call, receivers, model);
        if (LibraryCalls.onContainer(model)) {
            IntSet result = library.containerOther(call, receivers, args, model);
            if (result != null) {
                return result;
            }
        }
        if (model != null && !model.effects(Effect.Returns.class).isEmpty()) {
            int at = model.effects(Effect.Returns.class).get(0).arg();
            if (at < args.size()) {
                // the argument itself comes back (requireNonNull): the result is what was passed
                return args.get(at).isEmpty() ? IntSet.of(rec.callResult(call)) : args.get(at);
            }
        }
        if (model == null || !model.has(Effect.Reads.class)) {
            expressions.passArguments(call.getArguments(), args, call);
        }
        return IntSet.of(rec.callResult(call));
    }

    void recordCallSite(MethodCallExpr call, CallFacts facts) {
        Integer known = callSiteIndex.get(call);
        if (known != null) {
            // a loop's second pass may see more rec.objects: keep the union
            CallSite c = rec.calls.get(known);
            List<CallSite.Argument> merged = new ArrayList<>(c.arguments());
            if (facts.arguments.size() == merged.size()) {
                for (int k = 0; k < merged.size(); k++) {
                    CallSite.Argument a = merged.get(k);
                    merged.set(k, new CallSite.Argument(
                            IntSet.of(a.objects()).union(facts.arguments.get(k)).toArray(), a.type(), a.value()));
                }
            }
            Receiver receiver = c.receiver() instanceof Receiver.OfValue v
                    ? new Receiver.OfValue(v.text(), v.type(), IntSet.of(v.objects()).union(facts.receivers).toArray())
                    : c.receiver();
            rec.calls.set(known, new CallSite(c.name(), receiver, merged, c.line(), c.column(), c.text(), c.guards(),
                    c.resultUsed(), c.result()));
            return;
        }
        String name = call.getNameAsString();
        Receiver receiver;
        if (call.getScope().isPresent()) {
            Expression s = call.getScope().get();
            // a statically imported field looks like a type name, but it is a value
            receiver = expressions.isTypeName(s) && facts.receivers.isEmpty() ? new Receiver.OfType(nameOf(s))
                    : new Receiver.OfValue(nameOf(s), TypeNames.rawSimpleName(vars.typeOf(s)), facts.receivers.toArray());
        } else {
            List<String> staticImports = List.of();
            if (!scope.declaresMethod(name)) {
                String single = scope.names().staticSingleImports().get(name);
                staticImports = single != null ? List.of(single.substring(0, single.lastIndexOf('.')))
                        : scope.names().staticOnDemandImports();
            }
            receiver = new Receiver.Implicit(staticImports);
        }
        List<CallSite.Argument> arguments = new ArrayList<>();
        for (int k = 0; k < call.getArguments().size(); k++) {
            int[] argObjects = k < facts.arguments.size() ? facts.arguments.get(k).toArray() : new int[0];
            arguments.add(argument(argObjects, call.getArgument(k)));
        }
        boolean resultUsed = !(call.getParentNode().orElse(null) instanceof ExpressionStmt);
        callSiteIndex.put(call, rec.calls.size());
        Integer result = rec.callResultIds.get(call);
        rec.calls.add(new CallSite(name, receiver, arguments, line(call), column(call), source.text(call),
                List.copyOf(rec.guards), resultUsed, result == null ? -1 : result));
    }

    /**
     * One argument of a call site: what it may be, its type, and its value when it is a number a callee may size
     * something with (an argument of another known type is not folded: it cannot be a length).
     */
    private CallSite.Argument argument(int[] objects, Expression arg) {
        String type = vars.typeOf(arg);
        boolean maybeNumber = type.isEmpty() || NUMERIC.contains(type);
        return new CallSite.Argument(objects, type, maybeNumber ? folder.fold(arg) : SizeExpr.UNKNOWN);
    }

    private static final java.util.Set<String> NUMERIC = java.util.Set.of("int", "long", "short", "byte", "char",
            "Integer", "Long", "Short", "Byte", "java.lang.Integer", "java.lang.Long");

    /**
     * A constructor call: {@code new T(...)} (its result is the new object) or {@code this(...)} and
     * {@code super(...)} in a constructor (on {@code this}). Recorded so the call graph reaches constructors.
     */
    void recordConstructorCall(com.github.javaparser.ast.Node at, Receiver receiver, List<Expression> argExprs,
                               List<IntSet> args, int result) {
        Integer known = callSiteIndex.get(at);
        if (known != null) {
            return;
        }
        List<CallSite.Argument> arguments = new ArrayList<>();
        for (int k = 0; k < argExprs.size(); k++) {
            arguments.add(argument(k < args.size() ? args.get(k).toArray() : new int[0], argExprs.get(k)));
        }
        boolean resultUsed = !(at.getParentNode().orElse(null) instanceof ExpressionStmt);
        callSiteIndex.put(at, rec.calls.size());
        rec.calls.add(new CallSite(CallSite.CONSTRUCTOR, receiver, arguments, line(at), column(at), source.text(at),
                List.copyOf(rec.guards), resultUsed, result));
    }
}
