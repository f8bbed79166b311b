package dev.refflow.flow;

import dev.refflow.model.Allocation;
import dev.refflow.model.Effect;
import dev.refflow.model.LibraryModels;
import dev.refflow.model.TypeNames;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.refflow.model.ContainerShape;
import dev.refflow.model.SizeExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Follows a stream pipeline from its terminal operation back to its source, so that
 * {@code IntStream.range(0, N).boxed().collect(Collectors.toList())} is known to build a list of N
 * Integers. Only pipelines whose every stage is understood are followed; anything else is an ordinary call.
 */
final class StreamChains {
    private static final Set<String> TERMINALS = Set.of("collect", "toList", "toArray", "forEach", "forEachOrdered");
    private static final Set<String> SIZE_PRESERVING = Set.of(
            "sorted", "peek", "parallel", "sequential", "unordered", "onClose", "asLongStream", "asDoubleStream");
    private static final Set<String> SIZE_CHANGING = Set.of(
            "filter", "distinct", "flatMap", "flatMapToInt", "flatMapToObj", "takeWhile", "dropWhile", "mapMulti");

    /** A followed pipeline. */
    record Chain(SizeExpr count, Range range, boolean boxed, Expression mapper, String primitiveElement,
                 String sourceElement, String elementType, Allocation target, List<Expression> sideExpressions) {
    }

    /** An int or long range source: first value and exclusive bound. */
    record Range(SizeExpr low, SizeExpr high) {
    }

    private StreamChains() {
    }

    static boolean isTerminal(MethodCallExpr call) {
        return TERMINALS.contains(call.getNameAsString()) && call.getScope().orElse(null) instanceof MethodCallExpr;
    }

    static Chain analyse(MethodCallExpr terminal, ConstantFolder folder, LibraryModels models, ModelTypes types) {
        List<MethodCallExpr> stages = new ArrayList<>();
        Expression e = terminal.getScope().orElse(null);
        while (e instanceof MethodCallExpr m) {
            stages.add(0, m);
            e = m.getScope().orElse(null);
            if (e != null && !(e instanceof MethodCallExpr)) {
                break;
            }
        }
        if (stages.isEmpty()) {
            return null;
        }
        MethodCallExpr source = stages.get(0);
        String scope = source.getScope().map(Object::toString).orElse("");
        String name = source.getNameAsString();
        List<Expression> side = new ArrayList<>(source.getArguments());
        SizeExpr count;
        Range range = null;
        String primitive;
        boolean infinite = false;
        switch (scope + "." + name) {
            case "IntStream.range", "LongStream.range" -> {
                if (source.getArguments().size() != 2) {
                    return null;
                }
                SizeExpr low = folder.fold(source.getArgument(0));
                SizeExpr high = folder.fold(source.getArgument(1));
                count = SizeExpr.binary("max", SizeExpr.of(0), SizeExpr.binary("-", high, low));
                range = new Range(low, high);
                primitive = scope.startsWith("Int") ? "int" : "long";
            }
            case "IntStream.rangeClosed", "LongStream.rangeClosed" -> {
                if (source.getArguments().size() != 2) {
                    return null;
                }
                SizeExpr low = folder.fold(source.getArgument(0));
                SizeExpr high = SizeExpr.binary("+", folder.fold(source.getArgument(1)), SizeExpr.of(1));
                count = SizeExpr.binary("max", SizeExpr.of(0), SizeExpr.binary("-", high, low));
                range = new Range(low, high);
                primitive = scope.startsWith("Int") ? "int" : "long";
            }
            case "Stream.generate", "Stream.iterate" -> {
                count = SizeExpr.UNKNOWN;
                primitive = null;
                infinite = source.getArguments().size() < 3;
            }
            case "IntStream.generate", "IntStream.iterate", "LongStream.generate", "LongStream.iterate" -> {
                count = SizeExpr.UNKNOWN;
                primitive = scope.startsWith("Int") ? "int" : "long";
                infinite = source.getArguments().size() < 3;
            }
            case "Stream.of" -> {
                count = SizeExpr.of(source.getArguments().size());
                primitive = null;
            }
            default -> {
                return null;
            }
        }
        boolean boxed = false;
        Expression mapper = null;
        String elementType = "";
        for (int i = 1; i < stages.size(); i++) {
            MethodCallExpr stage = stages.get(i);
            String op = stage.getNameAsString();
            if (op.equals("boxed")) {
                boxed = true;
                primitive = null;
            } else if (op.equals("mapToObj") || op.equals("map") && primitive == null) {
                if (stage.getArguments().size() != 1) {
                    return null;
                }
                Expression f = stage.getArgument(0);
                if (f instanceof MethodReferenceExpr ref && isBoxingReference(ref)) {
                    boxed = true;
                    mapper = null;
                } else {
                    mapper = f instanceof LambdaExpr ? f : null;
                    if (mapper == null) {
                        side.add(f);
                    }
                    boxed = false;
                    elementType = "";
                }
                primitive = null;
            } else if (op.equals("map")) {
                side.addAll(stage.getArguments());
            } else if (op.equals("mapToInt") || op.equals("mapToLong") || op.equals("mapToDouble")) {
                side.addAll(stage.getArguments());
                primitive = op.equals("mapToInt") ? "int" : op.equals("mapToLong") ? "long" : "double";
                mapper = null;
                boxed = false;
            } else if (op.equals("limit") && stage.getArguments().size() == 1) {
                SizeExpr n = folder.fold(stage.getArgument(0));
                count = infinite ? n : SizeExpr.binary("min", count, n);
                infinite = false;
                side.addAll(stage.getArguments());
            } else if (op.equals("skip") && stage.getArguments().size() == 1) {
                count = SizeExpr.binary("max", SizeExpr.of(0), SizeExpr.binary("-", count, folder.fold(stage.getArgument(0))));
                side.addAll(stage.getArguments());
            } else if (SIZE_PRESERVING.contains(op)) {
                side.addAll(stage.getArguments());
            } else if (SIZE_CHANGING.contains(op)) {
                side.addAll(stage.getArguments());
                count = SizeExpr.UNKNOWN;
                range = null;
            } else {
                return null;
            }
        }
        if (infinite) {
            return null;
        }
        String sourceElement = primitive != null ? primitive : boxed ? (range == null ? "int" : "int") : "";
        if (scope.startsWith("Long") && boxed) {
            sourceElement = "long";
        }
        Allocation target = target(terminal, primitive, models, types);
        return new Chain(count, mapper == null && (boxed || primitive != null) ? range : range, boxed, mapper,
                terminal.getNameAsString().equals("toArray") ? primitive : null, sourceElement, elementType, target,
                side);
    }

    /**
     * What the terminal operation allocates, or null when it allocates nothing the model sizes: the library models
     * say what {@code toList()} and each collector create.
     */
    private static Allocation target(MethodCallExpr terminal, String primitive, LibraryModels models,
                                     ModelTypes types) {
        String name = terminal.getNameAsString();
        if (name.equals("toArray")) {
            return Allocation.array(primitive != null ? primitive : "Object", List.of());
        }
        if (name.equals("toList")) {
            return created(models.declared("java.util.stream.Stream", "toList", 0).orElse(null));
        }
        if (!name.equals("collect") || terminal.getArguments().size() != 1
                || !(terminal.getArgument(0) instanceof MethodCallExpr collector)) {
            return null;
        }
        String scope = collector.getScope().map(Object::toString).orElse("");
        String collectors = scope.isEmpty() ? "java.util.stream.Collectors" : types.of(scope);
        if (!collectors.equals("java.util.stream.Collectors")) {
            return null;
        }
        LibraryModels.Match m = models.declared(collectors, collector.getNameAsString(),
                collector.getArguments().size()).orElse(null);
        if (m != null && m.has(Effect.Calls.class) && collector.getArguments().size() == 1) {
            // toCollection(ArrayList::new): what the factory creates
            return collectionFactory(collector.getArgument(0), models, types);
        }
        return created(m);
    }

    /** The container a row says its call creates, or null. */
    private static Allocation created(LibraryModels.Match m) {
        if (m == null) {
            return null;
        }
        List<Effect.Fresh> fresh = m.effects(Effect.Fresh.class);
        if (fresh.isEmpty() || fresh.get(0).shape() == null) {
            return null;
        }
        Allocation a = Allocation.container(fresh.get(0).shape(), "");
        return m.has(Effect.Exact.class) ? a.withExactStorage() : a;
    }

    private static Allocation collectionFactory(Expression factory, LibraryModels models, ModelTypes types) {
        String type = null;
        if (factory instanceof MethodReferenceExpr ref && ref.getIdentifier().equals("new")) {
            type = ref.getScope().toString();
        } else if (factory instanceof LambdaExpr l && l.getExpressionBody().orElse(null) instanceof ObjectCreationExpr o
                && o.getArguments().isEmpty()) {
            type = o.getType().asString();
        }
        String model = type == null ? "" : types.of(type);
        return model.isEmpty() ? null : created(models.declared(model, "new", 0).orElse(null));
    }

    private static boolean isBoxingReference(MethodReferenceExpr ref) {
        String target = ref.getScope().toString() + "::" + ref.getIdentifier();
        return target.equals("Integer::valueOf") || target.equals("Long::valueOf");
    }
}
