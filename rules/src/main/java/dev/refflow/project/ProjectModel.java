package dev.refflow.project;

import dev.refflow.size.ConstantResolver;
import dev.refflow.size.SizeExpr;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The project-wide model reduced from every file's facts: constants (so a bound defined in one file sizes
 * an allocation in another) and the project's own types.
 */
public final class ProjectModel implements ConstantResolver {
    private final List<FileFacts> files;
    private final Map<String, SizeExpr> constants;
    private final Map<String, TypeFacts> types;
    private final Map<String, List<TypeFacts>> typesBySimpleName;

    private ProjectModel(List<FileFacts> files, Map<String, SizeExpr> constants, Map<String, TypeFacts> types,
                         Map<String, List<TypeFacts>> typesBySimpleName) {
        this.files = files;
        this.constants = constants;
        this.types = types;
        this.typesBySimpleName = typesBySimpleName;
    }

    /** Reduces per-file facts, in the given (sorted) order, into the project model. */
    public static ProjectModel reduce(List<FileFacts> files) {
        Map<String, SizeExpr> constants = new HashMap<>();
        Map<String, TypeFacts> types = new TreeMap<>();
        Map<String, List<TypeFacts>> bySimple = new HashMap<>();
        for (FileFacts f : files) {
            constants.putAll(f.constants());
            for (TypeFacts t : f.types()) {
                types.putIfAbsent(t.name(), t);
                bySimple.computeIfAbsent(t.simpleName(), k -> new java.util.ArrayList<>()).add(t);
            }
        }
        return new ProjectModel(List.copyOf(files), Collections.unmodifiableMap(constants),
                Collections.unmodifiableMap(types), Collections.unmodifiableMap(bySimple));
    }

    public List<FileFacts> files() {
        return files;
    }

    @Override
    public Optional<SizeExpr> lookup(String qualifiedName) {
        return Optional.ofNullable(constants.get(qualifiedName));
    }

    public Optional<TypeFacts> type(String qualifiedName) {
        return Optional.ofNullable(types.get(qualifiedName));
    }

    /** True when the project declares a type with this simple name. */
    public boolean declaresTypeNamed(String simpleName) {
        return typesBySimpleName.containsKey(simpleName);
    }
}
