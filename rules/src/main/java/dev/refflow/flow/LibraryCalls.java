package dev.refflow.flow;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.refflow.model.AbstractObject;
import dev.refflow.model.Allocation;
import dev.refflow.model.ContainerShape;
import dev.refflow.model.Effect;
import dev.refflow.model.ElementValue;
import dev.refflow.model.EventKind;
import dev.refflow.model.LibraryModels;
import dev.refflow.model.ObjectKind;
import dev.refflow.model.SizeExpr;
import dev.refflow.model.Slot;
import dev.refflow.model.TypeNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What library methods do with references, as the library models say ({@link LibraryModels}): adds, puts, removals
 * and clears on containers, views, collection factories and wrappers, text buffers. Nothing here names a library
 * method; the rows do. The receiver's model type comes from the declared type as the file's imports resolve it, or
 * from what the receiver was allocated as.
 */
final class LibraryCalls extends InterpreterPart {
    /**
     * The containers a field of another file may be when its type is not known here: their rows give the usual
     * container verbs (add, put, remove, clear, poll...) their meaning.
     */
    private static final List<String> UNKNOWN_CONTAINER = List.of("java.util.Map",
            "java.util.concurrent.BlockingDeque", "java.util.concurrent.TransferQueue", "java.util.List",
            "java.util.Vector", "java.util.concurrent.CopyOnWriteArrayList", "java.util.NavigableSet",
            "java.util.NavigableMap", "java.util.Stack");

    // ------------------------------------------------------------------ which row a call matches

    /** The model type a type written in this file denotes, or empty ({@link ModelTypes}). */
    String modelType(String typeText) {
        return scope.modelTypes().of(typeText);
    }

    /** The model row a call on a value matches, or null. */
    LibraryModels.Match modelFor(MethodCallExpr call, Expression scopeExpr, IntSet receivers) {
        String name = call.getNameAsString();
        int arity = call.getArguments().size();
        if (scopeExpr == null) {
            // a method this class (or an enclosing one) declares is the project's own: its body says what it does,
            // not a row for any receiver that happens to share its name
            if (scope.declaresMethod(name)) {
                return null;
            }
            // a statically imported one: only the rows for any receiver apply
            return models.method("", "", name, arity).orElse(null);
        }
        String declared = vars.typeOf(scopeExpr);
        String type = modelType(declared);
        if (type.isEmpty()) {
            for (int r : receivers.toArray()) {
                AbstractObject o = rec.objects.get(r);
                String allocated = o.isAllocation() || o.kind() == ObjectKind.CALL_RESULT ? modelType(o.type()) : "";
                if (!allocated.isEmpty()) {
                    type = allocated;
                    break;
                }
            }
        }
        if (type.isEmpty() && declared.isEmpty() && unknownContainer(receivers)) {
            for (String guess : UNKNOWN_CONTAINER) {
                Optional<LibraryModels.Match> m = models.declared(guess, name, arity);
                if (m.isPresent()) {
                    return m.get();
                }
            }
        }
        return models.method(type, TypeNames.rawSimpleName(declared), name, arity).orElse(null);
    }

    /** A field of another file, or a view, whose type is not known here: the container verbs still mean what they say. */
    private boolean unknownContainer(IntSet receivers) {
        for (int r : receivers.toArray()) {
            AbstractObject o = rec.objects.get(r);
            if (o.isField() && o.type().isEmpty() || !rec.viewTargets(r).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A row of a modelled type (not one for any receiver): its container effects apply. */
    static boolean onContainer(LibraryModels.Match m) {
        return m != null && !m.onType().isEmpty() && !m.onType().contains("*");
    }

    static boolean adds(LibraryModels.Match m) {
        return onContainer(m) && (m.has(Effect.Adds.class) || m.has(Effect.AddsAll.class) || m.has(Effect.Puts.class)
                || m.has(Effect.Computes.class));
    }

    // ------------------------------------------------------------------ creation

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

    /** The row of a constructor, {@code new T(...)}, when the models know T. */
    LibraryModels.Match constructorModel(ObjectCreationExpr o) {
        String type = modelType(o.getType().asString());
        return type.isEmpty() ? null : models.declared(type, "new", o.getArguments().size()).orElse(null);
    }

    boolean isCollectionLike(int id, Expression e) {
        AbstractObject o = rec.objects.get(id);
        if (o.isAllocation() && o.allocation() != null && o.allocation().isContainer()) {
            return true;
        }
        if (o.isAllocation() && o.rawType().equals("CopiesList")) {
            return true;
        }
        String type = vars.typeOf(e);
        if (TypeNames.isArray(type)) {
            return true;
        }
        String model = modelType(type);
        return !model.isEmpty() && (models.isA(model, "java.util.Collection") || models.isA(model, "java.util.Map"));
    }

    static boolean isComparatorLike(String type, Expression e) {
        return e instanceof LambdaExpr || e instanceof MethodReferenceExpr || type.contains("Comparator");
    }

    // ------------------------------------------------------------------ containers

    /** An add, put or set on a container: the added objects become reachable from it. */
    IntSet containerAdd(MethodCallExpr call, Expression scopeExpr, IntSet receivers, LibraryModels.Match m) {
        String name = call.getNameAsString();
        NodeList<Expression> argExprs = call.getArguments();
        String containerType = vars.typeOf(scopeExpr);
        List<String> typeArgs = TypeNames.typeArguments(containerType);
        String text = source.text(call);
        IntSet result = IntSet.EMPTY;
        List<Effect.Puts> puts = m.effects(Effect.Puts.class);
        List<Effect.Computes> computes = m.effects(Effect.Computes.class);
        if (!puts.isEmpty() || !computes.isEmpty()) {
            int keyAt = puts.isEmpty() ? computes.get(0).key() : puts.get(0).key();
            int valueAt = puts.isEmpty() ? computes.get(0).function() : puts.get(0).value();
            Expression keyExpr = argExprs.get(keyAt);
            Expression valueExpr = argExprs.get(valueAt);
            IntSet key = expressions.eval(keyExpr);
            IntSet value;
            if (!computes.isEmpty() && valueExpr instanceof LambdaExpr l) {
                List<IntSet> lambdaOut = new ArrayList<>();
                captures.lambda(l, SizeExpr.UNKNOWN, null, lambdaOut, true, key);
                value = IntSet.EMPTY;
                for (IntSet r : lambdaOut) {
                    value = value.union(r);
                }
                result = value.union(rec.elementsOf(receivers));
            } else {
                value = expressions.eval(valueExpr);
                for (int i = 0; i < argExprs.size(); i++) {
                    if (i != keyAt && i != valueAt) {
                        expressions.eval(argExprs.get(i));
                    }
                }
            }
            String keyText = values.constantKey(keyExpr);
            Slot valueSlot = new Slot.MapValue(keyText);
            if (keyText != null && !puts.isEmpty() && puts.get(0).replaces()) {
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
        List<Effect.AddsAll> addsAll = m.effects(Effect.AddsAll.class);
        int[] at = addsAll.isEmpty() ? m.effects(Effect.Adds.class).get(0).args().positions(argExprs.size())
                : addsAll.get(0).args().positions(argExprs.size());
        if (at.length == 0) {
            return IntSet.of(rec.callResult(call));
        }
        int elementAt = at[0];
        Expression elementExpr = argExprs.get(elementAt);
        for (int i = 0; i < argExprs.size(); i++) {
            if (i != elementAt) {
                expressions.eval(argExprs.get(i));
            }
        }
        IntSet value = expressions.eval(elementExpr);
        String elementType = typeArgs.size() == 1 ? typeArgs.get(0) : componentOf(containerType);
        if (!addsAll.isEmpty()) {
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

    /** Removals, reads, clears and views on a known container; null when the row is none of those. */
    IntSet containerOther(MethodCallExpr call, IntSet receivers, List<IntSet> args, LibraryModels.Match m) {
        String name = call.getNameAsString();
        String text = source.text(call);
        if (m.has(Effect.Clears.class)) {
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
        List<Effect.Removes> removes = m.effects(Effect.Removes.class);
        if (!removes.isEmpty() && args.size() == 1) {
            IntSet victims = args.get(0);
            String keyText = values.constantKey(call.getArgument(0));
            for (int r : receivers.toArray()) {
                AbstractObject o = rec.objects.get(r);
                if (!o.isAllocation()) {
                    rec.recordRemoval(call, EventKind.REMOVE_FROM_CONTAINER, r, victims.size() == 1 ? victims.single() : -1, text,
                            name);
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
                rec.event(call, EventKind.REMOVE_FROM_CONTAINER, line(call), column(call), endLine(call), text,
                        o.site(), victims.size() == 1 ? rec.objects.get(victims.single()).site() : -1, name,
                        ElementValue.UNKNOWN);
            }
            return IntSet.of(rec.callResult(call));
        }
        if (m.has(Effect.RemovesSome.class) || !removes.isEmpty()) {
            IntSet removed = IntSet.EMPTY;
            for (int r : receivers.toArray()) {
                AbstractObject o = rec.objects.get(r);
                if (!o.isAllocation()) {
                    rec.recordRemoval(call, EventKind.REMOVE_FROM_CONTAINER, r, text, name);
                    continue;
                }
                removed = removed.union(rec.elementsOf(IntSet.of(r)));
                rec.markUncertain(r, null);
                rec.event(call, EventKind.REMOVE_FROM_CONTAINER, line(call), column(call), endLine(call), text,
                        o.site(), -1, name, ElementValue.UNKNOWN);
            }
            return removed.isEmpty() || !m.has(Effect.ReturnsElement.class) ? IntSet.of(rec.callResult(call))
                    : removed;
        }
        if (m.has(Effect.ReturnsElement.class)) {
            IntSet elements = rec.elementsOf(receivers);
            return elements.isEmpty() ? IntSet.of(rec.callResult(call)) : elements;
        }
        List<Effect.ReturnsView> views = m.effects(Effect.ReturnsView.class);
        if (!views.isEmpty()) {
            Integer known = rec.callResultIds.get(call);
            int view = known != null ? known
                    : rec.newObject(ObjectKind.CALL_RESULT, views.get(0).kind(), "", text, call, null);
            rec.callResultIds.put(call, view);
            for (int r : receivers.toArray()) {
                rec.addEdge(view, r, Slot.VIEW, name, -1);
            }
            return IntSet.of(view);
        }
        return null;
    }

    /** {@code append} grows a text buffer field; {@code setLength} and {@code delete} shrink it. */
    void textBufferUse(MethodCallExpr call, IntSet receivers, LibraryModels.Match m) {
        if (!onContainer(m) || !m.has(Effect.Grows.class) && !m.has(Effect.Shrinks.class)) {
            return;
        }
        String name = call.getNameAsString();
        for (int r : receivers.toArray()) {
            if (!rec.objects.get(r).isField()) {
                continue;
            }
            if (m.has(Effect.Grows.class)) {
                rec.event(call, EventKind.ADD_TO_CONTAINER, line(call), column(call), endLine(call), source.text(call), r,
                        -1, name, ElementValue.UNKNOWN);
            } else {
                rec.recordRemoval(call, EventKind.REMOVE_FROM_CONTAINER, r, source.text(call), name);
            }
        }
    }

    /**
     * A removal through a view ({@code map.keySet().remove(k)}, {@code it.remove()} on an iterator of a
     * collection) removes from the collection behind it.
     */
    void removeThroughViews(MethodCallExpr call, IntSet receivers, LibraryModels.Match m) {
        if (m == null) {
            return;
        }
        boolean clears = m.has(Effect.Clears.class);
        if (!clears && !m.has(Effect.Removes.class) && !m.has(Effect.RemovesSome.class)) {
            return;
        }
        String name = call.getNameAsString();
        for (int r : receivers.toArray()) {
            for (int underlying : rec.viewTargets(r).toArray()) {
                AbstractObject o = rec.objects.get(underlying);
                if (o.isAllocation()) {
                    rec.markUncertain(underlying, null);
                }
                rec.recordRemoval(call, clears ? EventKind.CLEAR : EventKind.REMOVE_FROM_CONTAINER, underlying,
                        source.text(call), name);
            }
        }
    }

    // ------------------------------------------------------------------ static calls

    /**
     * A static call whose row creates something or acts on its arguments: factories ({@code List.of}), wrappers
     * ({@code Collections.synchronizedMap}), {@code Collections.addAll}, {@code System.arraycopy}. Null when the row
     * (if any) does neither: the call is then interpreted like any other.
     */
    IntSet staticCall(MethodCallExpr call, String typeText) {
        String type = modelType(typeText);
        if (type.isEmpty()) {
            return null;
        }
        LibraryModels.Match m = models.declared(type, call.getNameAsString(), call.getArguments().size()).orElse(null);
        if (m == null) {
            return null;
        }
        String name = call.getNameAsString();
        NodeList<Expression> argExprs = call.getArguments();
        String text = source.text(call);
        String expected = vars.expectedTypeOf(call);
        List<String> expectedArgs = TypeNames.typeArguments(expected);
        List<Effect.Into> into = m.effects(Effect.Into.class);
        if (!into.isEmpty()) {
            return intoArgument(call, into.get(0).target(), m);
        }
        List<Effect.ViewOf> viewOf = m.effects(Effect.ViewOf.class);
        if (!viewOf.isEmpty()) {
            IntSet wrapped = IntSet.EMPTY;
            for (int i = 0; i < argExprs.size(); i++) {
                IntSet v = expressions.eval(argExprs.get(i));
                if (i == viewOf.get(0).arg()) {
                    wrapped = v;
                }
            }
            int view = rec.callResult(call);
            Slot slot = m.has(Effect.ReadOnly.class) ? Slot.READ_ONLY_VIEW : Slot.VIEW;
            for (int r : wrapped.toArray()) {
                rec.addEdge(view, r, slot, name, -1);
            }
            return IntSet.of(view);
        }
        List<Effect.Fresh> fresh = m.effects(Effect.Fresh.class);
        if (fresh.isEmpty()) {
            return null;
        }
        ContainerShape shape = fresh.get(0).shape();
        if (m.has(Effect.ArrayView.class) && argExprs.size() == 1 && TypeNames.isArray(vars.typeOf(argExprs.get(0)))) {
            IntSet array = expressions.eval(argExprs.get(0));
            int view = rec.callResult(call);
            for (int r : array.toArray()) {
                rec.addEdge(view, r, Slot.VIEW, name, -1);
            }
            return IntSet.of(view);
        }
        List<Effect.Repeats> repeats = m.effects(Effect.Repeats.class);
        if (!repeats.isEmpty()) {
            return repeated(call, repeats.get(0));
        }
        List<Effect.Elements> elements = m.effects(Effect.Elements.class);
        if (!elements.isEmpty() && shape != null) {
            String elementType = expectedArgs.size() == 1 ? expectedArgs.get(0) : "";
            int id = rec.allocate(call, TypeNames.rawSimpleName(typeText) + "<" + elementType + ">",
                    Allocation.container(shape, elementType).withExactStorage(), text);
            for (Expression arg : argExprs) {
                IntSet v = expressions.eval(arg);
                rec.addToContainers(IntSet.of(id), null, Slot.ELEMENT, name, v, arg, call, text,
                        values.elementValue(arg, v, elementType));
            }
            return IntSet.of(id);
        }
        if (m.has(Effect.Entries.class) && shape != null) {
            int id = rec.allocate(call, expected.isEmpty() ? TypeNames.rawSimpleName(typeText) : expected,
                    Allocation.container(shape, expectedArgs.size() == 2 ? expectedArgs.get(1) : ""), text);
            for (int i = 0; i < argExprs.size(); i++) {
                IntSet v = expressions.eval(argExprs.get(i));
                ElementValue ev = values.elementValue(argExprs.get(i), v, "");
                rec.addToContainers(IntSet.of(id), null, i % 2 == 0 ? Slot.KEY : new Slot.MapValue("#" + i), name, v,
                        argExprs.get(i), call, text, i % 2 == 0 ? ev.asKey() : ev);
            }
            return IntSet.of(id);
        }
        List<Effect.Copies> copies = m.effects(Effect.Copies.class);
        List<Effect.Length> length = m.effects(Effect.Length.class);
        if (shape == ContainerShape.ARRAY && !copies.isEmpty() && !length.isEmpty()) {
            IntSet from = IntSet.EMPTY;
            for (int i = 0; i < argExprs.size(); i++) {
                IntSet v = expressions.eval(argExprs.get(i));
                if (i == copies.get(0).arg()) {
                    from = v;
                }
            }
            String arrayType = vars.typeOf(argExprs.get(copies.get(0).arg()));
            int id = rec.allocate(call, arrayType, Allocation.array(TypeNames.isArray(arrayType)
                    ? TypeNames.componentType(arrayType) : "Object",
                    List.of(folder.fold(argExprs.get(length.get(0).arg())))), text);
            rec.addToContainers(IntSet.of(id), null, Slot.ELEMENT, name, rec.elementsOf(from),
                    argExprs.get(copies.get(0).arg()), call, text, ElementValue.UNKNOWN);
            return IntSet.of(id);
        }
        if (shape == null || shape == ContainerShape.ARRAY || !copies.isEmpty()) {
            return null;
        }
        // a factory read like a constructor: a capacity, or a collection to copy
        String elementType = shape.isMap() ? (expectedArgs.size() == 2 ? expectedArgs.get(1) : "")
                : (expectedArgs.size() == 1 ? expectedArgs.get(0) : "");
        Allocation alloc = Allocation.container(shape, elementType);
        List<IntSet> args = new ArrayList<>();
        for (Expression arg : argExprs) {
            args.add(expressions.eval(arg));
        }
        if (argExprs.size() == 1 && isIntegral(vars.typeOf(argExprs.get(0)))) {
            alloc = alloc.withInitialCapacity(folder.fold(argExprs.get(0)));
        } else if (!argExprs.isEmpty()) {
            alloc = alloc.withExactStorage();
        }
        int id = rec.allocate(call, expected.isEmpty() ? TypeNames.rawSimpleName(typeText) : expected, alloc, text);
        if (argExprs.size() == 1 && args.get(0).size() == 1 && isCollectionLike(args.get(0).single(), argExprs.get(0))) {
            rec.copyElements(args.get(0).single(), id, call, text);
        }
        return IntSet.of(id);
    }

    /** {@code Collections.addAll(c, a, b)}, {@code System.arraycopy(from, 0, to, 0, n)}: an argument receives. */
    private IntSet intoArgument(MethodCallExpr call, int target, LibraryModels.Match m) {
        NodeList<Expression> argExprs = call.getArguments();
        String text = source.text(call);
        String name = call.getNameAsString();
        List<IntSet> args = new ArrayList<>();
        for (Expression arg : argExprs) {
            args.add(expressions.eval(arg));
        }
        if (target >= args.size()) {
            return IntSet.EMPTY;
        }
        IntSet receivers = args.get(target);
        for (Effect.Adds adds : m.effects(Effect.Adds.class)) {
            for (int i : adds.args().positions(args.size())) {
                rec.addToContainers(receivers, argExprs.get(target), Slot.ELEMENT, name, args.get(i), argExprs.get(i),
                        call, text, values.elementValue(argExprs.get(i), args.get(i), ""));
            }
        }
        for (Effect.AddsAll addsAll : m.effects(Effect.AddsAll.class)) {
            for (int i : addsAll.args().positions(args.size())) {
                rec.addToContainers(receivers, argExprs.get(target), Slot.ELEMENT, name, rec.elementsOf(args.get(i)),
                        argExprs.get(i), call, text, ElementValue.UNKNOWN);
            }
        }
        return IntSet.EMPTY;
    }

    /** {@code Collections.nCopies(n, x)}: one object, held n times. */
    private IntSet repeated(MethodCallExpr call, Effect.Repeats repeats) {
        NodeList<Expression> argExprs = call.getArguments();
        String text = source.text(call);
        Expression elementExpr = argExprs.get(repeats.element());
        Expression countExpr = argExprs.get(repeats.count());
        IntSet element = expressions.eval(elementExpr);
        int id = rec.allocate(call, "CopiesList", Allocation.object(), text);
        SizeExpr count = folder.fold(countExpr);
        int loopId = rec.loopId(countExpr, count, "", null);
        rec.activeLoops.addLast(loopId);
        ElementValue ev = values.elementValue(elementExpr, element, "");
        // all copies are the same object: it is held once
        ElementValue shared = ev.kind() == ElementValue.Kind.OBJECT || ev.kind() == ElementValue.Kind.SHARED
                || ev.kind() == ElementValue.Kind.NULL ? ElementValue.SHARED : ev;
        rec.addToContainers(IntSet.of(id), null, Slot.ELEMENT, call.getNameAsString(), element, elementExpr, call, text,
                shared);
        rec.activeLoops.removeLast();
        return IntSet.of(id);
    }
}
