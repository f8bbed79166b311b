package dev.refflow.flow;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.refflow.model.Effect;
import dev.refflow.model.LibraryModels;
import dev.refflow.model.Trait;
import dev.refflow.model.TypeNames;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a field's initializer says about the object it holds, as the library models tell: weak keys, bounds,
 * immutability, a ThreadLocal's initial value. Bounds and weak keys may come from anywhere in the initializer
 * ({@code Collections.synchronizedMap(new WeakHashMap<>())}, a builder's {@code maximumSize}); immutability only from
 * what the initializer finally yields ({@code new ArrayList<>(List.of(...))} is mutable).
 */
final class FieldInitializers {
    private static final Set<Trait> ANYWHERE = EnumSet.of(Trait.WEAK_KEYS, Trait.BOUNDED, Trait.INITIAL_VALUE);

    private final LibraryModels models;
    private final ModelTypes types;

    FieldInitializers(LibraryModels models, ModelTypes types) {
        this.models = models;
        this.types = types;
    }

    Set<Trait> traits(Expression initializer) {
        Set<Trait> traits = EnumSet.noneOf(Trait.class);
        if (initializer == null) {
            return traits;
        }
        Expression top = unwrap(initializer);
        for (ObjectCreationExpr o : top.findAll(ObjectCreationExpr.class)) {
            Set<Trait> created = creationTraits(o);
            add(traits, created, o == top);
        }
        for (MethodCallExpr c : top.findAll(MethodCallExpr.class)) {
            add(traits, callTraits(c), c == top);
        }
        return traits;
    }

    /** Traits from inside the initializer count when they bound or weaken; immutability only from the top. */
    private static void add(Set<Trait> into, Set<Trait> found, boolean isTop) {
        for (Trait t : found) {
            if (isTop || ANYWHERE.contains(t)) {
                into.add(t);
            }
        }
    }

    private Set<Trait> creationTraits(ObjectCreationExpr o) {
        Set<Trait> out = EnumSet.noneOf(Trait.class);
        String type = types.of(o.getType().asString());
        if (type.isEmpty()) {
            return out;
        }
        out.addAll(models.traits(type));
        models.declared(type, "new", o.getArguments().size()).ifPresent(m -> out.addAll(has(m)));
        if (o.getAnonymousClassBody().isPresent()) {
            // an anonymous subclass that overrides a method the models name (removeEldestEntry, initialValue)
            for (var member : o.getAnonymousClassBody().get()) {
                if (member instanceof MethodDeclaration md) {
                    models.declared(type, md.getNameAsString(), md.getParameters().size()).ifPresent(m -> {
                        for (Effect.IfOverridden e : m.effects(Effect.IfOverridden.class)) {
                            out.add(e.trait());
                        }
                    });
                }
            }
        }
        return out;
    }

    /**
     * The traits a call in a builder chain or factory gives what it builds: the row of the call on the chain's type
     * ({@code CacheBuilder.newBuilder().maximumSize(100)}), and the type's own traits for what a row says it returns.
     */
    private Set<Trait> callTraits(MethodCallExpr c) {
        Set<Trait> out = EnumSet.noneOf(Trait.class);
        String type = chainType(c.getScope().orElse(null));
        Optional<LibraryModels.Match> m = type.isEmpty()
                ? anyRow(c)
                : models.declared(type, c.getNameAsString(), c.getArguments().size());
        if (m.isEmpty()) {
            return out;
        }
        out.addAll(has(m.get()));
        for (Effect.ReturnsType r : m.get().effects(Effect.ReturnsType.class)) {
            out.addAll(models.traits(r.type()));
        }
        if (m.get().has(Effect.Fresh.class) && !type.isEmpty()) {
            out.addAll(models.traits(type));
        }
        return out;
    }

    /** When the receiver's type cannot be told, the rows of that name that give a trait (a builder of unknown type). */
    private Optional<LibraryModels.Match> anyRow(MethodCallExpr c) {
        return models.anyDeclaring(c.getNameAsString(), c.getArguments().size(), Effect.Has.class);
    }

    /** The modelled type a chain of calls is on: a type name, {@code new T()}, or what the calls return. */
    private String chainType(Expression scope) {
        if (scope == null) {
            return "";
        }
        Expression s = unwrap(scope);
        if (s instanceof NameExpr || s instanceof FieldAccessExpr) {
            return types.of(s.toString());
        }
        if (s instanceof ObjectCreationExpr o) {
            return types.of(o.getType().asString());
        }
        if (s instanceof MethodCallExpr inner) {
            String type = chainType(inner.getScope().orElse(null));
            if (type.isEmpty()) {
                return "";
            }
            Optional<LibraryModels.Match> m = models.declared(type, inner.getNameAsString(), inner.getArguments().size());
            List<Effect.ReturnsType> returns = m.map(x -> x.effects(Effect.ReturnsType.class)).orElse(List.of());
            // a builder's methods return the builder unless its row says otherwise
            return returns.isEmpty() ? type : returns.get(0).type();
        }
        return "";
    }

    private static Set<Trait> has(LibraryModels.Match m) {
        Set<Trait> out = EnumSet.noneOf(Trait.class);
        for (Effect.Has h : m.effects(Effect.Has.class)) {
            out.add(h.trait());
        }
        return out;
    }

    /** The raw type the initializer allocates, looking through wrappers such as {@code Collections.synchronizedMap}. */
    String allocatedType(Expression initializer) {
        if (initializer == null) {
            return "";
        }
        Expression e = unwrap(initializer);
        if (e instanceof ObjectCreationExpr o) {
            return TypeNames.rawSimpleName(o.getType().asString());
        }
        if (e instanceof MethodCallExpr c && c.getScope().isPresent()) {
            String type = chainType(c.getScope().get());
            Optional<LibraryModels.Match> m = type.isEmpty() ? Optional.empty()
                    : models.declared(type, c.getNameAsString(), c.getArguments().size());
            List<Effect.ViewOf> views = m.map(x -> x.effects(Effect.ViewOf.class)).orElse(List.of());
            if (!views.isEmpty() && views.get(0).arg() < c.getArguments().size()
                    && unwrap(c.getArgument(views.get(0).arg())) instanceof ObjectCreationExpr inner) {
                return TypeNames.rawSimpleName(inner.getType().asString());
            }
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
