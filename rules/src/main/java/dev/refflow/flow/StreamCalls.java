package dev.refflow.flow;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.refflow.model.Allocation;
import dev.refflow.model.ElementValue;
import dev.refflow.model.EventKind;
import dev.refflow.model.JvmLayout;
import dev.refflow.model.SizeExpr;
import dev.refflow.model.Slot;
import dev.refflow.model.TypeNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Streams whose source and size the model can follow, collected into a collection or array, or consumed by forEach. */
final class StreamCalls extends InterpreterPart {

    /** A terminal operation of a stream whose source and size the model can follow. */
    IntSet streamTerminal(MethodCallExpr terminal) {
        StreamChains.Chain chain = StreamChains.analyse(terminal, folder, models, scope.modelTypes());
        if (chain == null) {
            return null;
        }
        // evaluate the source's and intermediate operations' arguments for their side effects
        for (Expression e : chain.sideExpressions()) {
            expressions.eval(e);
        }
        String text = source.text(terminal);
        String name = terminal.getNameAsString();
        String expected = vars.expectedTypeOf(terminal);
        if (name.equals("forEach") || name.equals("forEachOrdered")) {
            if (terminal.getArguments().size() == 1 && terminal.getArgument(0) instanceof LambdaExpr l) {
                captures.lambda(l, chain.count(), chain.boxed() || chain.mapper() != null || chain.range() == null ? null
                        : new CountedLoops.Range(chain.range().low(), chain.range().high(), -1), null, true);
                return IntSet.EMPTY;
            }
            return null;
        }
        Allocation alloc = chain.target();
        if (alloc == null) {
            return null;
        }
        List<String> expectedArgs = TypeNames.typeArguments(expected);
        String elementType = chain.primitiveElement() != null ? chain.primitiveElement()
                : expectedArgs.size() == 1 ? expectedArgs.get(0) : chain.elementType();
        if (alloc.isArray()) {
            alloc = Allocation.array(elementType.isEmpty() ? "Object" : elementType, List.of(chain.count()));
        } else {
            alloc = new Allocation(alloc.shape(), elementType, List.of(), alloc.initialCapacity(),
                    alloc.hasInitialCapacity(), alloc.exactStorage(), -1);
        }
        int id = rec.allocate(terminal, expected.isEmpty() ? alloc.shape().name() : expected, alloc, text);
        // the collector adds one element per stream element: a loop the size of the stream
        int loopId = rec.loopId(terminal, chain.count(), chain.range() == null ? "" : "#stream", chain.range() == null
                ? null : new CountedLoops.Range(chain.range().low(), chain.range().high(), -1));
        rec.activeLoops.addLast(loopId);
        ElementValue element;
        IntSet value = IntSet.EMPTY;
        if (chain.mapper() instanceof LambdaExpr l) {
            List<IntSet> results = new ArrayList<>();
            CountedLoops.Range range = chain.range() == null ? null : new CountedLoops.Range(chain.range().low(), chain.range().high(), loopId);
            captures.lambda(l, chain.count(), range, results, true);
            for (IntSet r : results) {
                value = value.union(r);
            }
            Expression body = l.getExpressionBody().orElse(null);
            element = body == null ? ElementValue.UNKNOWN : elementValueInLoop(body, value, elementType, l, loopId);
        } else if (chain.primitiveElement() != null) {
            element = ElementValue.UNKNOWN;
        } else if (chain.boxed()) {
            element = ElementValue.boxed(JvmLayout.boxedName(chain.sourceElement()), chain.range() == null ? -1 : loopId);
        } else {
            element = ElementValue.UNKNOWN;
        }
        if (!alloc.isArray() || chain.primitiveElement() == null) {
            if (value.isEmpty()) {
                rec.event(terminal, EventKind.ADD_TO_CONTAINER, line(terminal), column(terminal), endLine(terminal), text,
                        id, -1, "collect", element);
            }
            for (int v : value.toArray()) {
                int ev = rec.event(terminal, EventKind.ADD_TO_CONTAINER, line(terminal), column(terminal), endLine(terminal),
                        text, id, rec.objects.get(v).site(), "collect", element);
                rec.addEdge(id, v, Slot.ELEMENT, "collect", ev);
            }
        }
        rec.activeLoops.removeLast();
        return IntSet.of(id);
    }

    ElementValue elementValueInLoop(Expression body, IntSet value, String elementType, LambdaExpr l, int loopId) {
        if (!l.getParameters().isEmpty() && body instanceof NameExpr n
                && n.getNameAsString().equals(l.getParameters().get(0).getNameAsString())) {
            return ElementValue.boxed(elementType.isEmpty() ? "Integer" : JvmLayout.boxedName(elementType), loopId);
        }
        vars.locals.push(new LinkedHashMap<>());
        if (!l.getParameters().isEmpty()) {
            vars.locals.peek().put(l.getParameters().get(0).getNameAsString(),
                    new LocalVariables.LocalVar(l.getParameters().get(0).getNameAsString(), "int", SizeExpr.UNKNOWN, loopId, true));
        }
        ElementValue v = values.elementValue(body, value, elementType);
        vars.locals.pop();
        return v;
    }
}
