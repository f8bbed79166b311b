package dev.refflow.flow;

import dev.refflow.model.FieldTrait;
import dev.refflow.model.TypeNames;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

import java.util.EnumSet;
import java.util.Set;

/**
 * Reads a field's initializer for what kind of container it creates, syntactically: weak keys, bounds,
 * immutability, a ThreadLocal's initial value. Names are matched as written (JDK, Guava, Caffeine).
 */
public final class FieldInitializers {
    private static final Set<String> BOUNDING_CALLS = Set.of(
            "maximumSize", "maximumWeight", "expireAfterAccess", "expireAfterWrite", "expireAfter", "softValues",
            "weakValues", "weakKeys", "softKeys", "refreshAfterWrite");
    private static final Set<String> IMMUTABLE_SCOPES = Set.of(
            "ImmutableList", "ImmutableSet", "ImmutableMap", "ImmutableSortedMap", "ImmutableSortedSet",
            "ImmutableMultimap", "ImmutableListMultimap", "ImmutableSetMultimap", "ImmutableBiMap", "ImmutableTable");
    private static final Set<String> FIXED_CAPACITY = Set.of("ArrayBlockingQueue");

    private FieldInitializers() {
    }

    public static Set<FieldTrait> traits(Expression initializer) {
        Set<FieldTrait> traits = EnumSet.noneOf(FieldTrait.class);
        if (initializer == null) {
            return traits;
        }
        Expression e = unwrap(initializer);
        for (ObjectCreationExpr o : e.findAll(ObjectCreationExpr.class)) {
            String raw = TypeNames.rawSimpleName(o.getType().asString());
            if (raw.startsWith("Weak") && raw.endsWith("Map")) {
                traits.add(FieldTrait.WEAK_KEYS);
                traits.add(FieldTrait.BOUNDED);
            }
            if (o.getAnonymousClassBody().isPresent()) {
                for (var member : o.getAnonymousClassBody().get()) {
                    if (member instanceof MethodDeclaration m) {
                        if (m.getNameAsString().equals("removeEldestEntry")) {
                            traits.add(FieldTrait.BOUNDED);
                        } else if (m.getNameAsString().equals("initialValue")) {
                            traits.add(FieldTrait.INITIAL_VALUE);
                        }
                    }
                }
            }
            if (FIXED_CAPACITY.contains(raw) || raw.endsWith("BlockingQueue") && raw.startsWith("Linked")
                    && o.getArguments().size() == 1) {
                traits.add(FieldTrait.BOUNDED);
            }
        }
        for (MethodCallExpr c : e.findAll(MethodCallExpr.class)) {
            String name = c.getNameAsString();
            if (name.equals("weakKeys")) {
                traits.add(FieldTrait.WEAK_KEYS);
            }
            if (BOUNDING_CALLS.contains(name)) {
                traits.add(FieldTrait.BOUNDED);
            }
            if (name.equals("withInitial") || name.equals("withInitialValue")) {
                traits.add(FieldTrait.INITIAL_VALUE);
            }
        }
        if (e instanceof MethodCallExpr top) {
            String name = top.getNameAsString();
            String scope = top.getScope().map(s -> TypeNames.rawSimpleName(s.toString())).orElse("");
            boolean immutableFactory = (scope.equals("List") || scope.equals("Set") || scope.equals("Map"))
                    && (name.equals("of") || name.equals("copyOf") || name.equals("ofEntries"))
                    || scope.equals("Collections") && (name.startsWith("unmodifiable") || name.startsWith("empty")
                    || name.startsWith("singleton") || name.equals("nCopies"))
                    || scope.equals("Arrays") && name.equals("asList")
                    || IMMUTABLE_SCOPES.contains(scope)
                    || name.equals("build") && top.toString().contains("Immutable")
                    || name.equals("toList") || name.equals("toUnmodifiableList");
            if (immutableFactory) {
                traits.add(FieldTrait.IMMUTABLE);
            }
        }
        return traits;
    }

    /** The raw type the initializer allocates, looking through wrappers such as {@code Collections.synchronizedMap}. */
    public static String allocatedType(Expression initializer) {
        if (initializer == null) {
            return "";
        }
        Expression e = unwrap(initializer);
        if (e instanceof ObjectCreationExpr o) {
            return TypeNames.rawSimpleName(o.getType().asString());
        }
        if (e instanceof MethodCallExpr c && c.getArguments().size() == 1
                && c.getScope().map(s -> s.toString().equals("Collections")).orElse(false)
                && c.getArgument(0) instanceof ObjectCreationExpr inner) {
            return TypeNames.rawSimpleName(inner.getType().asString());
        }
        return "";
    }

    private static Expression unwrap(Expression e) {
        while (e instanceof EnclosedExpr || e instanceof CastExpr) {
            e = e instanceof EnclosedExpr en ? en.getInner() : ((CastExpr) e).getExpression();
        }
        return e;
    }
}
