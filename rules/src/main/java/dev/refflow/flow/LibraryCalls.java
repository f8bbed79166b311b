package dev.refflow.flow;

import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import dev.refflow.model.AbstractObject;
import dev.refflow.model.Allocation;
import dev.refflow.model.ContainerShape;
import dev.refflow.model.ElementValue;
import dev.refflow.model.EventKind;
import dev.refflow.model.JdkApi;
import dev.refflow.model.ObjectKind;
import dev.refflow.model.SizeExpr;
import dev.refflow.model.Slot;
import dev.refflow.model.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What JDK and common library methods do with references: adds, puts, removals and clears on containers, views,
 * collection factories and wrappers, text buffers.
 */
final class LibraryCalls extends InterpreterPart {

    /** {@code new ArrayList<>(...)} and other JDK containers: sized by a capacity, or copying another collection. */
    IntSet newContainer(ObjectCreationExpr o, String type, ContainerShape shape, List<IntSet> args) {
        String text = source.text(o);
        List<String> typeArgs = TypeNames.typeArguments(type);
        String elementType = shape.isMap() ? (typeArgs.size() == 2 ? typeArgs.get(1) : "")
                : (typeArgs.size() == 1 ? typeArgs.get(0) : "");
        Allocation alloc = Allocation.container(shape, elementType);
        int copySource = -1;
        if (!o.getArguments().isEmpty()) {
            Expression first = o.getArgument(0);
            String firstType = vars.typeOf(first);
            if (isIntegral(firstType)) {
                alloc = alloc.withInitialCapacity(folder.fold(first));
            } else if (args.get(0).size() == 1 && isCollectionLike(args.get(0).single(), first)) {
                copySource = args.get(0).single();
                alloc = alloc.withCopyOf(rec.objects.get(copySource).site());
            } else if (!isComparatorLike(firstType, first)) {
                alloc = alloc.withExactStorage().withCopyOf(-1);
            }
        }
        int id = rec.allocate(o, type, alloc, text);
        if (copySource >= 0) {
            rec.copyElements(copySource, id, o, text);
        }
        return IntSet.of(id);
    }


    boolean isCollectionLike(int id, Expression e) {
        AbstractObject o = rec.objects.get(id);
        if (o.isAllocation() && o.allocation() != null && o.allocation().isContainer()) {
            return true;
        }
        if (o.isAllocation() && o.rawType().equals("CopiesList")) {
            return true;
        }
        return JdkApi.isContainerType(TypeNames.rawSimpleName(vars.typeOf(e)));
    }

    static boolean isComparatorLike(String type, Expression e) {
        return e instanceof LambdaExpr || e instanceof MethodReferenceExpr || type.contains("Comparator");
    }

    boolean isContainer(Expression scopeExpr, IntSet receivers) {
        String method = scopeExpr.getParentNode().orElse(null) instanceof MethodCallExpr c ? c.getNameAsString() : "";
        for (int r : receivers.toArray()) {
            AbstractObject o = rec.objects.get(r);
            if (o.isField() && o.type().isEmpty() && (JdkApi.ADD_METHODS.contains(method)
                    || JdkApi.CLEAR_METHODS.contains(method) || JdkApi.REMOVE_SOME_METHODS.contains(method)
                    || JdkApi.REMOVE_ELEMENT_METHODS.contains(method))) {
                // a field of another file: its type is not known here, but these verbs are container verbs
                return true;
            }
            if (o.allocation() != null && o.allocation().isContainer()) {
                return true;
            }
            if (JdkApi.isContainerType(o.rawType())) {
                return true;
            }
        }
        return JdkApi.isContainerType(TypeNames.rawSimpleName(vars.typeOf(scopeExpr)));
    }

    /** An add, put or set on a container: the added rec.objects become reachable from it. */
    IntSet containerAdd(MethodCallExpr call, Expression scopeExpr, IntSet receivers) {
        String name = call.getNameAsString();
        NodeList<Expression> argExprs = call.getArguments();
        String containerType = vars.typeOf(scopeExpr);
        boolean isMap = JdkApi.isMapType(TypeNames.rawSimpleName(containerType)) || receivers.toArray().length > 0
                && java.util.Arrays.stream(receivers.toArray()).anyMatch(r -> rec.objects.get(r).allocation() != null
                && rec.objects.get(r).allocation().isContainer() && rec.objects.get(r).allocation().shape().isMap());
        List<String> typeArgs = TypeNames.typeArguments(containerType);
        String text = source.text(call);
        IntSet result = IntSet.EMPTY;
        if (isMap && argExprs.size() >= 2 && !name.equals("putAll")) {
            Expression keyExpr = argExprs.get(0);
            Expression valueExpr = argExprs.get(1);
            IntSet key = expressions.eval(keyExpr);
            List<IntSet> lambdaOut = new ArrayList<>();
            IntSet value;
            if ((name.equals("computeIfAbsent") || name.equals("compute")) && valueExpr instanceof LambdaExpr l) {
                captures.lambda(l, SizeExpr.UNKNOWN, null, lambdaOut, true, key);
                value = IntSet.EMPTY;
                for (IntSet r : lambdaOut) {
                    value = value.union(r);
                }
                result = value.union(rec.elementsOf(receivers));
            } else {
                value = expressions.eval(valueExpr);
                for (int i = 2; i < argExprs.size(); i++) {
                    expressions.eval(argExprs.get(i));
                }
            }
            String keyText = values.constantKey(keyExpr);
            Slot valueSlot = new Slot.MapValue(keyText);
            if (keyText != null && name.equals("put")) {
                // a put over the same constant key replaces the old value
                rec.replaceSlot(receivers, valueSlot);
            }
            String valueType = typeArgs.size() == 2 ? typeArgs.get(1) : "";
            String keyType = typeArgs.size() == 2 ? typeArgs.get(0) : "";
            rec.addToContainers(receivers, scopeExpr, Slot.KEY, name + " key", key, keyExpr, call, text,
                    values.elementValue(keyExpr, key, keyType).asKey());
            rec.addToContainers(receivers, scopeExpr, valueSlot, name, value, valueExpr, call, text,
                    values.elementValue(valueExpr, value, valueType));
            rec.recordMapPut(call, receivers, key, value);
            return result.isEmpty() ? IntSet.of(rec.callResult(call)) : result;
        }
        if (argExprs.isEmpty()) {
            return IntSet.of(rec.callResult(call));
        }
        Expression elementExpr = argExprs.get(argExprs.size() - 1);
        for (int i = 0; i < argExprs.size() - 1; i++) {
            expressions.eval(argExprs.get(i));
        }
        IntSet value = expressions.eval(elementExpr);
        String elementType = typeArgs.size() == 1 ? typeArgs.get(0) : componentOf(containerType);
        if (name.equals("addAll") || name.equals("putAll") || name.equals("addAllAbsent")) {
            IntSet elements = rec.elementsOf(value);
            ElementValue all = value.size() == 1 && rec.objects.get(value.single()).isAllocation()
                    ? ElementValue.allOf(rec.objects.get(value.single()).site())
                    : ElementValue.UNKNOWN;
            rec.addToContainers(receivers, scopeExpr, Slot.ELEMENT, name, elements, elementExpr, call, text, all);
            return IntSet.of(rec.callResult(call));
        }
        rec.addToContainers(receivers, scopeExpr, Slot.ELEMENT, name, value, elementExpr, call, text,
                values.elementValue(elementExpr, value, elementType));
        return IntSet.of(rec.callResult(call));
    }

    /** Removals, reads, clears and views on a known container; null when the call is none of those. */
    IntSet containerOther(MethodCallExpr call, IntSet receivers, List<IntSet> args) {
        String name = call.getNameAsString();
        String text = source.text(call);
        if (JdkApi.CLEAR_METHODS.contains(name)) {
            for (int r : receivers.toArray()) {
                AbstractObject o = rec.objects.get(r);
                if (!o.isAllocation()) {
                    rec.recordRemoval(call, EventKind.CLEAR, r, text, name);
                    continue;
                }
                if (receivers.size() == 1 && rec.deferred == 0 && !o.summary()) {
                    rec.removeEdges(r, null, null);
                } else {
                    rec.markUncertain(r, null);
                }
                rec.event(call, EventKind.CLEAR, line(call), column(call), endLine(call), text, o.site(), -1, name,
                        ElementValue.UNKNOWN);
            }
            return IntSet.of(rec.callResult(call));
        }
        if (JdkApi.REMOVE_ELEMENT_METHODS.contains(name) && args.size() == 1) {
            IntSet victims = args.get(0);
            String keyText = values.constantKey(call.getArgument(0));
            for (int r : receivers.toArray()) {
                AbstractObject o = rec.objects.get(r);
                if (!o.isAllocation()) {
                    rec.recordRemoval(call, EventKind.REMOVE_FROM_CONTAINER, r, text, name);
                    continue;
                }
                boolean definite = receivers.size() == 1 && rec.deferred == 0 && !o.summary();
                boolean isMap = o.allocation() != null && o.allocation().isContainer() && o.allocation().shape().isMap();
                if (isMap && keyText != null && definite) {
                    rec.removeEdges(r, new Slot.MapValue(keyText), null);
                    rec.markUncertain(r, Slot.KEY);
                } else if (!isMap && victims.size() == 1 && definite) {
                    rec.removeEdges(r, Slot.ELEMENT, victims.single());
                } else {
                    rec.markUncertain(r, null);
                }
                rec.event(call, EventKind.REMOVE_FROM_CONTAINER, line(call), column(call), endLine(call), text, o.site(),
                        victims.size() == 1 ? rec.objects.get(victims.single()).site() : -1, name, ElementValue.UNKNOWN);
            }
            return IntSet.of(rec.callResult(call));
        }
        if (JdkApi.REMOVE_SOME_METHODS.contains(name) || JdkApi.REMOVE_ELEMENT_METHODS.contains(name)) {
            IntSet removed = IntSet.EMPTY;
            for (int r : receivers.toArray()) {
                AbstractObject o = rec.objects.get(r);
                if (!o.isAllocation()) {
                    rec.recordRemoval(call, EventKind.REMOVE_FROM_CONTAINER, r, text, name);
                    continue;
                }
                removed = removed.union(rec.elementsOf(IntSet.of(r)));
                rec.markUncertain(r, null);
                rec.event(call, EventKind.REMOVE_FROM_CONTAINER, line(call), column(call), endLine(call), text, o.site(), -1,
                        name, ElementValue.UNKNOWN);
            }
            return removed.isEmpty() ? IntSet.of(rec.callResult(call)) : removed;
        }
        if (JdkApi.ELEMENT_READ_METHODS.contains(name)) {
            IntSet elements = rec.elementsOf(receivers);
            return elements.isEmpty() ? IntSet.of(rec.callResult(call)) : elements;
        }
        if (JdkApi.VIEW_METHODS.contains(name)) {
            Integer known = rec.callResultIds.get(call);
            int view = known != null ? known
                    : rec.newObject(ObjectKind.CALL_RESULT, JdkApi.viewType(name), "", text, call, null);
            rec.callResultIds.put(call, view);
            for (int r : receivers.toArray()) {
                rec.addEdge(view, r, Slot.VIEW, name, -1);
            }
            return IntSet.of(view);
        }
        return null;
    }

    /** {@code append} grows a StringBuilder or StringBuffer field; {@code setLength} and {@code delete} shrink it. */
    void textBufferUse(MethodCallExpr call, Expression scopeExpr, IntSet receivers) {
        if (scopeExpr == null || !Set.of("StringBuilder", "StringBuffer").contains(TypeNames.rawSimpleName(vars.typeOf(scopeExpr)))) {
            return;
        }
        String name = call.getNameAsString();
        for (int r : receivers.toArray()) {
            if (!rec.objects.get(r).isField()) {
                continue;
            }
            if (name.equals("append") || name.equals("insert")) {
                rec.event(call, EventKind.ADD_TO_CONTAINER, line(call), column(call), endLine(call), source.text(call), r, -1,
                        name, ElementValue.UNKNOWN);
            } else if (name.equals("setLength") || name.startsWith("delete") || name.equals("trimToSize")) {
                rec.recordRemoval(call, EventKind.REMOVE_FROM_CONTAINER, r, source.text(call), name);
            }
        }
    }

    /**
     * A removal through a view ({@code map.keySet().remove(k)}, {@code it.remove()} on an iterator of a
     * collection) removes from the collection behind it.
     */
    void removeThroughViews(MethodCallExpr call, IntSet receivers) {
        String name = call.getNameAsString();
        boolean removal = JdkApi.CLEAR_METHODS.contains(name) || JdkApi.REMOVE_SOME_METHODS.contains(name)
                || JdkApi.REMOVE_ELEMENT_METHODS.contains(name);
        if (!removal) {
            return;
        }
        for (int r : receivers.toArray()) {
            for (int underlying : rec.viewTargets(r).toArray()) {
                AbstractObject o = rec.objects.get(underlying);
                if (o.isAllocation()) {
                    rec.markUncertain(underlying, null);
                }
                rec.recordRemoval(call, JdkApi.CLEAR_METHODS.contains(name) ? EventKind.CLEAR
                        : EventKind.REMOVE_FROM_CONTAINER, underlying, source.text(call), name);
            }
        }
    }

    /** Static rec.calls the model understands: factories, wrappers, {@code Collections.addAll}, {@code System.arraycopy}. */
    IntSet staticCall(MethodCallExpr call, String typeText, String name) {
        String type = TypeNames.rawSimpleName(typeText);
        NodeList<Expression> argExprs = call.getArguments();
        String text = source.text(call);
        String expected = vars.expectedTypeOf(call);
        List<String> expectedArgs = TypeNames.typeArguments(expected);
        if ((type.equals("List") || type.equals("Set")) && name.equals("of")
                || type.equals("Arrays") && name.equals("asList")) {
            ContainerShape shape = type.equals("Set") ? ContainerShape.IMMUTABLE_SET
                    : type.equals("Arrays") ? ContainerShape.COPY_ON_WRITE_LIST : ContainerShape.IMMUTABLE_LIST;
            if (type.equals("Arrays") && argExprs.size() == 1 && TypeNames.isArray(vars.typeOf(argExprs.get(0)))) {
                IntSet array = expressions.eval(argExprs.get(0));
                int view = rec.callResult(call);
                for (int r : array.toArray()) {
                    rec.addEdge(view, r, Slot.VIEW, "asList", -1);
                }
                return IntSet.of(view);
            }
            String elementType = expectedArgs.size() == 1 ? expectedArgs.get(0) : "";
            int id = rec.allocate(call, type + "<" + elementType + ">",
                    Allocation.container(shape, elementType).withExactStorage(), text);
            for (Expression arg : argExprs) {
                IntSet v = expressions.eval(arg);
                rec.addToContainers(IntSet.of(id), null, Slot.ELEMENT, "of", v, arg, call, text, values.elementValue(arg, v, elementType));
            }
            return IntSet.of(id);
        }
        if (type.equals("Map") && name.equals("of")) {
            int id = rec.allocate(call, expected.isEmpty() ? "Map" : expected,
                    Allocation.container(ContainerShape.IMMUTABLE_MAP, expectedArgs.size() == 2 ? expectedArgs.get(1) : ""),
                    text);
            for (int i = 0; i < argExprs.size(); i++) {
                IntSet v = expressions.eval(argExprs.get(i));
                ElementValue ev = values.elementValue(argExprs.get(i), v, "");
                rec.addToContainers(IntSet.of(id), null, i % 2 == 0 ? Slot.KEY : new Slot.MapValue("#" + i), "of", v, argExprs.get(i), call, text,
                        i % 2 == 0 ? ev.asKey() : ev);
            }
            return IntSet.of(id);
        }
        if (type.equals("Collections") && name.equals("nCopies") && argExprs.size() == 2) {
            IntSet element = expressions.eval(argExprs.get(1));
            int id = rec.allocate(call, "CopiesList", Allocation.object(), text);
            SizeExpr count = folder.fold(argExprs.get(0));
            int loopId = rec.loopId(argExprs.get(0), count, "", null);
            rec.activeLoops.addLast(loopId);
            ElementValue ev = values.elementValue(argExprs.get(1), element, "");
            // all copies are the same object: it is held once
            ElementValue shared = ev.kind() == ElementValue.Kind.OBJECT || ev.kind() == ElementValue.Kind.SHARED
                    || ev.kind() == ElementValue.Kind.NULL ? ElementValue.SHARED : ev;
            rec.addToContainers(IntSet.of(id), null, Slot.ELEMENT, "nCopies", element, argExprs.get(1), call, text, shared);
            rec.activeLoops.removeLast();
            return IntSet.of(id);
        }
        if (type.equals("Collections") && JdkApi.WRAPPER_FACTORIES.contains(name) && !argExprs.isEmpty()) {
            IntSet wrapped = expressions.eval(argExprs.get(0));
            for (int i = 1; i < argExprs.size(); i++) {
                expressions.eval(argExprs.get(i));
            }
            int view = rec.callResult(call);
            for (int r : wrapped.toArray()) {
                rec.addEdge(view, r, Slot.VIEW, name, -1);
            }
            return IntSet.of(view);
        }
        if (type.equals("Collections") && name.equals("addAll") && argExprs.size() >= 2) {
            IntSet receivers = expressions.eval(argExprs.get(0));
            for (int i = 1; i < argExprs.size(); i++) {
                IntSet v = expressions.eval(argExprs.get(i));
                rec.addToContainers(receivers, argExprs.get(0), Slot.ELEMENT, "Collections.addAll", v, argExprs.get(i), call, text,
                        values.elementValue(argExprs.get(i), v, ""));
            }
            return IntSet.EMPTY;
        }
        if (type.equals("System") && name.equals("arraycopy") && argExprs.size() == 5) {
            IntSet from = expressions.eval(argExprs.get(0));
            expressions.eval(argExprs.get(1));
            IntSet to = expressions.eval(argExprs.get(2));
            expressions.eval(argExprs.get(3));
            expressions.eval(argExprs.get(4));
            rec.addToContainers(to, argExprs.get(2), Slot.ELEMENT, "arraycopy", rec.elementsOf(from), argExprs.get(0), call, text,
                    ElementValue.UNKNOWN);
            return IntSet.EMPTY;
        }
        if (type.equals("Arrays") && name.equals("copyOf") && argExprs.size() == 2) {
            IntSet from = expressions.eval(argExprs.get(0));
            expressions.eval(argExprs.get(1));
            String arrayType = vars.typeOf(argExprs.get(0));
            int id = rec.allocate(call, arrayType, Allocation.array(TypeNames.isArray(arrayType)
                    ? TypeNames.componentType(arrayType) : "Object", List.of(folder.fold(argExprs.get(1)))), text);
            IntSet elements = rec.elementsOf(from);
            rec.addToContainers(IntSet.of(id), null, Slot.ELEMENT, "copyOf", elements, argExprs.get(0), call, text,
                    ElementValue.UNKNOWN);
            return IntSet.of(id);
        }
        ContainerShape guava = JdkApi.guavaFactoryShape(type, name);
        if (guava != null) {
            String elementType = guava.isMap() ? (expectedArgs.size() == 2 ? expectedArgs.get(1) : "")
                    : (expectedArgs.size() == 1 ? expectedArgs.get(0) : "");
            Allocation alloc = Allocation.container(guava, elementType);
            List<IntSet> args = new ArrayList<>();
            for (Expression arg : argExprs) {
                args.add(expressions.eval(arg));
            }
            if (argExprs.size() == 1 && isIntegral(vars.typeOf(argExprs.get(0)))) {
                alloc = alloc.withInitialCapacity(folder.fold(argExprs.get(0)));
            } else if (!argExprs.isEmpty()) {
                alloc = alloc.withExactStorage();
            }
            int id = rec.allocate(call, expected.isEmpty() ? type : expected, alloc, text);
            if (argExprs.size() == 1 && args.get(0).size() == 1 && isCollectionLike(args.get(0).single(), argExprs.get(0))) {
                rec.copyElements(args.get(0).single(), id, call, text);
            }
            return IntSet.of(id);
        }
        return null;
    }
}
