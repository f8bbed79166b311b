package dev.refflow.model;

import java.util.Optional;

/** Looks up the defining expression of a {@code static final} constant by its fully qualified name. */
@FunctionalInterface
public interface ConstantResolver {
    ConstantResolver NONE = name -> Optional.empty();

    Optional<SizeExpr> lookup(String qualifiedName);

    /** What a caller passed as parameter {@code index} of the body being sized; empty when unknown. */
    default Optional<SizeExpr> parameter(int index) {
        return Optional.empty();
    }

    /**
     * This resolver, with what a call passes as the callee's parameters: the callee's sizes folded where the call
     * is made. {@code arguments} are the caller's expressions, resolved with this resolver.
     */
    default ConstantResolver withParameters(java.util.List<SizeExpr> arguments) {
        ConstantResolver outer = this;
        return new ConstantResolver() {
            @Override
            public Optional<SizeExpr> lookup(String qualifiedName) {
                return outer.lookup(qualifiedName);
            }

            @Override
            public Optional<SizeExpr> parameter(int index) {
                if (index < 0 || index >= arguments.size()) {
                    return Optional.empty();
                }
                java.util.OptionalLong v = arguments.get(index).evaluate(outer);
                return v.isPresent() ? Optional.of(SizeExpr.of(v.getAsLong())) : Optional.empty();
            }
        };
    }
}
