package dev.refflow.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import dev.refflow.model.AbstractObject;
import dev.refflow.model.Allocation;
import dev.refflow.model.ContainerShape;
import dev.refflow.model.ElementValue;
import dev.refflow.model.EscapeKind;
import dev.refflow.model.EventKind;
import dev.refflow.model.FieldInfo;
import dev.refflow.model.FieldRef;
import dev.refflow.model.Effect;
import dev.refflow.model.LibraryModels;
import dev.refflow.model.ObjectKind;
import dev.refflow.model.Receiver;
import dev.refflow.model.SizeExpr;
import dev.refflow.model.Slot;
import dev.refflow.model.TypeNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expressions: reading locals and fields, assignments and stores into fields and arrays, object and array creation,
 * and passing arguments to calls the model does not see into.
 */
final class ExpressionInterpreter extends InterpreterPart {

    final Map<String, NodeList<BodyDeclaration<?>>> localClasses = new HashMap<>();

    /** local classes of this body whose instances hold this body's {@code this} */
    final Set<String> capturingLocalClasses = new HashSet<>();

    /** local classes of this body whose instances hold this body's {@code this} without using it (as compiled) */
    final Set<String> outerKeepingLocalClasses = new HashSet<>();

    IntSet eval(Expression e) {
        return evalExpecting(e, null);
    }

    /** Evaluates an expression to the abstract rec.objects it may denote; {@code expectedType} helps diamonds. */
    IntSet evalExpecting(Expression e, String expectedType) {
        if (rec.state.dead) {
            return IntSet.EMPTY;
        }
        if (e instanceof NameExpr n) {
            return readName(n);
        }
        if (e instanceof MethodCallExpr call) {
            return invocations.call(call);
        }
        if (e instanceof ObjectCreationExpr o) {
            return creation(o, expectedType);
        }
        if (e instanceof VariableDeclarationExpr v) {
            for (VariableDeclarator d : v.getVariables()) {
                declareVariable(d);
            }
            return IntSet.EMPTY;
        }
        if (e instanceof AssignExpr a) {
            return assign(a);
        }
        if (e instanceof ArrayCreationExpr a) {
            return newArray(a);
        }
        if (e instanceof ArrayInitializerExpr a) {
            return arrayInitializer(a, expectedType == null ? "Object[]" : expectedType);
        }
        if (e instanceof FieldAccessExpr f) {
            return readField(f);
        }
        if (e instanceof ArrayAccessExpr a) {
            IntSet array = eval(a.getName());
            eval(a.getIndex());
            return rec.elementsOf(array);
        }
        if (e instanceof EnclosedExpr en) {
            return evalExpecting(en.getInner(), expectedType);
        }
        if (e instanceof CastExpr c) {
            return evalExpecting(c.getExpression(), c.getType().asString());
        }
        if (e instanceof ConditionalExpr c) {
            eval(c.getCondition());
            return evalExpecting(c.getThenExpr(), expectedType).union(evalExpecting(c.getElseExpr(), expectedType));
        }
        if (e instanceof ThisExpr t) {
            return IntSet.of(rec.thisObject());
        }
        if (e instanceof SuperExpr) {
            return IntSet.of(rec.thisObject());
        }
        if (e instanceof LambdaExpr l) {
            return IntSet.of(captures.lambda(l, SizeExpr.UNKNOWN, null, null, rec.immediateArguments));
        }
        if (e instanceof MethodReferenceExpr m) {
            return IntSet.of(captures.methodReference(m));
        }
        if (e instanceof BinaryExpr b) {
            eval(b.getLeft());
            eval(b.getRight());
            return IntSet.EMPTY;
        }
        if (e instanceof UnaryExpr u) {
            eval(u.getExpression());
            return IntSet.EMPTY;
        }
        if (e instanceof InstanceOfExpr i) {
            IntSet value = eval(i.getExpression());
            i.getPattern().ifPresent(p -> bindPatterns(p, value));
            return IntSet.EMPTY;
        }
        if (e instanceof SwitchExpr sw) {
            eval(sw.getSelector());
            List<IntSet> results = new ArrayList<>();
            statements.switchYields.push(results);
            statements.switchEntries(sw, sw.getEntries(), results);
            statements.switchYields.pop();
            IntSet out = IntSet.EMPTY;
            for (IntSet r : results) {
                out = out.union(r);
            }
            return out;
        }
        return IntSet.EMPTY;
    }

    void bindPatterns(Node pattern, IntSet value) {
        for (TypePatternExpr p : pattern.findAll(TypePatternExpr.class)) {
            vars.declare(p.getNameAsString(), p.getType().asString(), SizeExpr.UNKNOWN, -1);
            rec.state.vars.put(p.getNameAsString(), p == pattern ? value : IntSet.EMPTY);
        }
    }

    void declareVariable(VariableDeclarator d) {
        String name = d.getNameAsString();
        String type = d.getType().asString();
        IntSet value = IntSet.EMPTY;
        SizeExpr constant = SizeExpr.UNKNOWN;
        if (d.getInitializer().isPresent()) {
            Expression init = d.getInitializer().get();
            if (type.equals("var")) {
                type = vars.typeOf(init);
            }
            value = init instanceof ArrayInitializerExpr a ? arrayInitializer(a, type) : evalExpecting(init, type);
            // a candidate: it is only a constant if nothing assigns the name, checked when the value is used
            constant = folder.fold(init);
            vars.declare(name, type, constant, -1);
            recordAliases(d, name, init, value);
        } else {
            vars.declare(name, type, constant, -1);
        }
        rec.state.vars.put(name, value);
    }

    void recordAliases(Node at, String var, Expression value, IntSet objs) {
        boolean isCreation = unwrap(value) instanceof ObjectCreationExpr || unwrap(value) instanceof ArrayCreationExpr
                || unwrap(value) instanceof ArrayInitializerExpr;
        for (int id : objs.toArray()) {
            AbstractObject o = rec.objects.get(id);
            if (!o.isAllocation()) {
                continue;
            }
            if (isCreation) {
                continue;
            }
            rec.event(at, EventKind.ALIAS, line(at), column(at), endLine(at), var + " = " + source.text(value), o.site(), -1,
                    var, ElementValue.UNKNOWN);
        }
    }

    IntSet readName(NameExpr n) {
        String name = n.getNameAsString();
        LocalVariables.LocalVar local = vars.lookupLocal(name);
        if (local != null) {
            return rec.state.get(name);
        }
        FieldInfo field = scope.field(name);
        if (field != null) {
            return rec.readFieldValue(field);
        }
        if (scope.names().staticSingleImports().containsKey(name)) {
            String imported = scope.names().staticSingleImports().get(name);
            return IntSet.of(rec.namedObject("static:" + imported, ObjectKind.STATIC_FIELD, "", name, null,
                    List.of(FieldRef.ofQualified(imported))));
        }
        return IntSet.EMPTY;
    }

    IntSet readField(FieldAccessExpr f) {
        Expression scopeExpr = f.getScope();
        String name = f.getNameAsString();
        if (scopeExpr instanceof ThisExpr) {
            FieldInfo field = scope.field(name);
            return field != null ? rec.readFieldValue(field) : IntSet.of(rec.namedObject("this." + name, ObjectKind.FIELD,
                    "", "this." + name, null));
        }
        if (isTypeName(scopeExpr)) {
            FieldInfo field = scope.field(name);
            if (field != null && field.isStatic() && scope.names().typeCandidates(nameOf(scopeExpr)).stream()
                    .anyMatch(c -> c.equals(field.owner()))) {
                return rec.readFieldValue(field);
            }
            if (name.equals("length")) {
                return IntSet.EMPTY;
            }
            List<FieldRef> candidates = scope.names().candidatesForMember(nameOf(scopeExpr), name).stream()
                    .map(FieldRef::ofQualified).toList();
            return IntSet.of(rec.namedObject("static:" + nameOf(f), ObjectKind.STATIC_FIELD, "", nameOf(f), null, candidates));
        }
        IntSet owners = eval(scopeExpr);
        if (name.equals("length")) {
            return IntSet.EMPTY;
        }
        IntSet out = IntSet.EMPTY;
        for (Map.Entry<FlowState.EdgeKey, FlowState.EdgeInfo> e : rec.state.heap.entrySet()) {
            if (e.getKey().slot() instanceof Slot.Field held && owners.contains(e.getKey().from())
                    && held.name().equals(name)) {
                out = out.with(e.getKey().to());
            }
        }
        return out;
    }

    boolean isTypeName(Expression e) {
        if (e instanceof NameExpr n) {
            String name = n.getNameAsString();
            return vars.lookupLocal(name) == null && scope.field(name) == null && Character.isUpperCase(name.charAt(0));
        }
        if (e instanceof FieldAccessExpr f) {
            String name = f.getNameAsString();
            return Character.isUpperCase(name.charAt(0)) && isPackageOrType(f.getScope());
        }
        return false;
    }

    boolean isPackageOrType(Expression e) {
        if (e instanceof NameExpr n) {
            return vars.lookupLocal(n.getNameAsString()) == null && scope.field(n.getNameAsString()) == null;
        }
        return e instanceof FieldAccessExpr f && isPackageOrType(f.getScope());
    }

    IntSet assign(AssignExpr a) {
        Expression target = a.getTarget();
        if (a.getOperator() != AssignExpr.Operator.ASSIGN) {
            eval(target);
            eval(a.getValue());
            return IntSet.EMPTY;
        }
        String targetType = vars.typeOf(target);
        IntSet value = a.getValue() instanceof ArrayInitializerExpr ai ? arrayInitializer(ai, targetType)
                : evalExpecting(a.getValue(), targetType.isEmpty() ? null : targetType);
        boolean isNull = unwrap(a.getValue()) instanceof NullLiteralExpr;
        String text = source.text(a);
        if (target instanceof NameExpr n) {
            String name = n.getNameAsString();
            if (vars.lookupLocal(name) != null) {
                IntSet old = rec.state.get(name);
                for (int id : old.toArray()) {
                    AbstractObject o = rec.objects.get(id);
                    if (o.isAllocation() && !value.contains(id)) {
                        rec.event(a, isNull ? EventKind.SET_NULL : EventKind.REASSIGN, line(a), column(a), endLine(a), text,
                                o.site(), -1, name, ElementValue.UNKNOWN);
                    }
                }
                rec.state.vars.put(name, value);
                recordAliases(a, name, a.getValue(), value);
                return value;
            }
            FieldInfo field = scope.field(name);
            if (field != null) {
                storeField(field, value, a.getValue(), a, text);
            }
            return value;
        }
        if (target instanceof FieldAccessExpr f) {
            Expression owner = f.getScope();
            String name = f.getNameAsString();
            if (owner instanceof ThisExpr) {
                FieldInfo field = scope.field(name);
                if (field != null) {
                    storeField(field, value, a.getValue(), a, text);
                } else {
                    rec.escapeAll(value, EscapeKind.FIELD, a, "this." + name, EventKind.STORE_FIELD, text);
                }
                return value;
            }
            if (isTypeName(owner)) {
                FieldInfo field = scope.field(name);
                if (field != null && field.isStatic() && scope.names().typeCandidates(nameOf(owner)).stream()
                        .anyMatch(c -> c.equals(field.owner()))) {
                    storeField(field, value, a.getValue(), a, text);
                } else {
                    // another class's static (Registry.active = this): the store names the field it fills, so uses
                    // of it join those in its own class
                    List<FieldRef> candidates = scope.names().candidatesForMember(nameOf(owner), name).stream()
                            .map(FieldRef::ofQualified).toList();
                    int holder = rec.namedObject("static:" + nameOf(f), ObjectKind.STATIC_FIELD, "", nameOf(f), null,
                            candidates);
                    if (isNull) {
                        rec.event(a, EventKind.SET_NULL, line(a), column(a), endLine(a), text, -1, holder, nameOf(f),
                                ElementValue.NULL);
                    } else {
                        rec.escapeAll(value, EscapeKind.STATIC, a, nameOf(f), EventKind.STORE_STATIC, text, holder);
                    }
                }
                return value;
            }
            IntSet owners = eval(owner);
            storeIntoObjects(owners, name, value, isNull, a, text, nameOf(f));
            return value;
        }
        if (target instanceof ArrayAccessExpr arr) {
            IntSet arrays = eval(arr.getName());
            eval(arr.getIndex());
            if (isNull) {
                for (int r : arrays.toArray()) {
                    if (rec.objects.get(r).isAllocation()) {
                        rec.markUncertain(r, null);
                        rec.event(a, EventKind.REMOVE_FROM_CONTAINER, line(a), column(a), endLine(a), text,
                                rec.objects.get(r).site(), -1, "[]", ElementValue.UNKNOWN);
                    }
                }
                return value;
            }
            rec.addToContainers(arrays, arr.getName(), Slot.ELEMENT, "[]", value, a.getValue(), a, text,
                    values.elementValue(a.getValue(), value, componentOf(vars.typeOf(arr.getName()))));
            return value;
        }
        eval(target);
        return value;
    }

    /** {@code obj.f = value} on rec.objects that are not {@code this}. */
    void storeIntoObjects(IntSet owners, String field, IntSet value, boolean isNull, Node at, String text,
                                  String rootText) {
        boolean strong = owners.size() == 1 && rec.deferred == 0;
        for (int r : owners.toArray()) {
            AbstractObject o = rec.objects.get(r);
            if (o.kind() == ObjectKind.THIS) {
                rec.escapeAll(value, EscapeKind.FIELD, at, rootText, EventKind.STORE_FIELD, text);
                continue;
            }
            if (!o.isAllocation()) {
                rec.escapeAll(value, o.kind() == ObjectKind.STATIC_FIELD ? EscapeKind.STATIC : EscapeKind.OUTSIDE, at,
                        rootText, EventKind.STORE_FIELD, text);
                if (o.kind() == ObjectKind.PARAMETER && !isNull) {
                    // what a method does to its parameters' fields is part of its summary
                    for (int v : value.toArray()) {
                        rec.addEdge(r, v, new Slot.Field(field), field, -1);
                    }
                }
                continue;
            }
            if (strong && !o.summary()) {
                rec.removeEdges(r, new Slot.Field(field), null);
            } else {
                rec.markUncertain(r, new Slot.Field(field));
            }
            if (isNull) {
                rec.event(at, EventKind.SET_NULL, line(at), column(at), endLine(at), text, o.site(), -1, field,
                        ElementValue.NULL);
                continue;
            }
            for (int v : value.toArray()) {
                int ev = rec.event(at, EventKind.STORE_FIELD, line(at), column(at), endLine(at), text, o.site(),
                        rec.objects.get(v).site(), field, ElementValue.UNKNOWN);
                rec.addEdge(r, v, new Slot.Field(field), field, ev);
            }
        }
    }

    /** A store into a field of this type: the stored rec.objects escape to {@code this} or to a static root. */
    void storeField(FieldInfo field, IntSet value, Expression valueExpr, Node at, String text) {
        boolean isNull = valueExpr != null && unwrap(valueExpr) instanceof NullLiteralExpr;
        EscapeKind kind = field.isStatic() ? EscapeKind.STATIC : EscapeKind.FIELD;
        EventKind eventKind = field.isStatic() ? EventKind.STORE_STATIC : EventKind.STORE_FIELD;
        int target = rec.fieldObject(field);
        if (isNull) {
            rec.event(at, EventKind.SET_NULL, line(at), column(at), endLine(at), text, -1, target, rec.displayName(field),
                    ElementValue.NULL);
        } else {
            rec.escapeAll(value, kind, at, rec.displayName(field), eventKind, text, target);
        }
        if (rec.deferred == 0) {
            rec.state.vars.put(rec.fieldKey(field), value);
        } else {
            rec.state.vars.merge(rec.fieldKey(field), value, IntSet::union);
        }
    }

    IntSet creation(ObjectCreationExpr o, String expectedType) {
        o.getScope().ifPresent(this::eval);
        String type = o.getType().asString();
        String raw = TypeNames.rawSimpleName(type);
        if (o.getType().getTypeArguments().map(NodeList::isEmpty).orElse(false) && expectedType != null) {
            // diamond: take the type arguments from the declared type
            List<String> args = TypeNames.typeArguments(expectedType);
            if (!args.isEmpty()) {
                type = raw + "<" + String.join(", ", args) + ">";
            }
        }
        List<IntSet> args = new ArrayList<>();
        for (Expression arg : o.getArguments()) {
            args.add(eval(arg));
        }
        String text = source.text(o);
        if (o.getAnonymousClassBody().isPresent()) {
            rec.addNested(o);
            int id = rec.allocate(o, type, Allocation.object(), text);
            captures.captureInto(id, o.getAnonymousClassBody().get(), o);
            passArguments(o.getArguments(), args, o);
            invocations.recordConstructorCall(o, new Receiver.OfType(TypeNames.rawName(type)), o.getArguments(), args,
                    id);
            return IntSet.of(id);
        }
        LibraryModels.Match constructor = library.constructorModel(o);
        List<Effect.Fresh> fresh = constructor == null ? List.of() : constructor.effects(Effect.Fresh.class);
        ContainerShape shape = fresh.isEmpty() ? null : fresh.get(0).shape();
        if (shape == null) {
            int id = rec.allocate(o, type, Allocation.object(), text);
            if (o.getScope().isEmpty() && (scope.creationCaptures(raw) || capturingLocalClasses.contains(raw))
                    && rec.hasEnclosingInstance()) {
                rec.capturesThis(id, o);
            } else if (o.getScope().isEmpty() && rec.hasEnclosingInstance()
                    && (localClasses.containsKey(raw) ? outerKeepingLocalClasses.contains(raw)
                    : scope.creationKeepsUnusedOuter(raw))) {
                rec.holdsUnusedOuter(id);
            }
            if (localClasses.containsKey(raw)) {
                captures.captureLocals(id, localClasses.get(raw), o);
            }
            for (int i = 0; i < args.size(); i++) {
                if (constructor != null && !keptBy(constructor, i, args.size())) {
                    // a weak or soft reference does not keep its referent alive; a read-only argument is not kept
                    passArgument(o.getArguments().get(i), args.get(i), o);
                    continue;
                }
                for (int v : args.get(i).toArray()) {
                    int ev = rec.event(o, EventKind.PASS_AS_ARGUMENT, line(o), column(o), endLine(o), text,
                            rec.objects.get(v).site(), rec.objects.get(id).site(), "new " + raw, ElementValue.UNKNOWN);
                    // the project model knows whether that constructor keeps it, and in which field
                    rec.addEdge(id, v, new Slot.ConstructorArgument(i, args.size()), "constructor argument", ev);
                }
            }
            invocations.recordConstructorCall(o, new Receiver.OfType(TypeNames.rawName(type)), o.getArguments(), args,
                    id);
            return IntSet.of(id);
        }
        return library.newContainer(o, type, shape, args);
    }

    /** Whether a library constructor's row says it may keep argument {@code i}: not when it keeps it weakly or reads it. */
    private static boolean keptBy(LibraryModels.Match constructor, int i, int count) {
        for (Effect.KeepsWeakly weak : constructor.effects(Effect.KeepsWeakly.class)) {
            if (weak.args().includes(i, count)) {
                return false;
            }
        }
        return !constructor.has(Effect.Reads.class);
    }

    IntSet newArray(ArrayCreationExpr a) {
        List<SizeExpr> dims = new ArrayList<>();
        boolean complete = true;
        for (var level : a.getLevels()) {
            if (level.getDimension().isPresent()) {
                eval(level.getDimension().get());
                if (complete) {
                    dims.add(folder.fold(level.getDimension().get()));
                }
            } else {
                complete = false;
            }
        }
        String elementType = a.getElementType().asString();
        if (a.getInitializer().isPresent()) {
            String type = elementType + "[]".repeat(a.getLevels().size());
            return arrayInitializerAt(a.getInitializer().get(), type, a);
        }
        String type = elementType + "[]".repeat(a.getLevels().size());
        String component = elementType + "[]".repeat(Math.max(0, dims.size() - 1))
                + "[]".repeat(a.getLevels().size() - dims.size());
        int id = rec.allocate(a, type, Allocation.array(dims.size() > 1 ? elementType : component, dims), source.text(a));
        return IntSet.of(id);
    }

    IntSet arrayInitializer(ArrayInitializerExpr init, String type) {
        return arrayInitializerAt(init, type, init);
    }

    IntSet arrayInitializerAt(ArrayInitializerExpr init, String type, Node site) {
        String component = TypeNames.componentType(type);
        List<IntSet> values = new ArrayList<>();
        for (Expression v : init.getValues()) {
            values.add(v instanceof ArrayInitializerExpr inner ? arrayInitializer(inner, component)
                    : evalExpecting(v, component));
        }
        int id = rec.allocate(site, type, Allocation.array(component, List.of(SizeExpr.of(init.getValues().size()))),
                source.text(site));
        for (int i = 0; i < values.size(); i++) {
            Expression v = init.getValues().get(i);
            for (int o : values.get(i).toArray()) {
                int ev = rec.event(v, EventKind.ADD_TO_CONTAINER, line(v), column(v), endLine(v), source.text(v),
                        rec.objects.get(id).site(), rec.objects.get(o).site(), "[]", ElementValue.object(o, rec.objects.get(o).type()));
                rec.addEdge(id, o, Slot.ELEMENT, "[]", ev);
            }
        }
        return IntSet.of(id);
    }

    void passArguments(List<Expression> argExprs, List<IntSet> args, Node at) {
        for (int i = 0; i < args.size(); i++) {
            passArgument(argExprs.get(i), args.get(i), at);
        }
    }

    void passArgument(Expression arg, IntSet value, Node at) {
        for (int v : value.toArray()) {
            AbstractObject o = rec.objects.get(v);
            if (o.isAllocation() || o.isField()) {
                rec.event(at, EventKind.PASS_AS_ARGUMENT, line(at), column(at), endLine(at), source.text(at), o.site(), -1,
                        source.text(arg), ElementValue.UNKNOWN);
            }
        }
    }
}
