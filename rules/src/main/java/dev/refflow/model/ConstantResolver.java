package dev.refflow.model;

import java.util.Optional;

/** Looks up the defining expression of a {@code static final} constant by its fully qualified name. */
@FunctionalInterface
public interface ConstantResolver {
    ConstantResolver NONE = name -> Optional.empty();

    Optional<SizeExpr> lookup(String qualifiedName);
}
