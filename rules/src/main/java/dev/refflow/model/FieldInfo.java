package dev.refflow.model;

/**
 * A field declared in the project's source.
 *
 * @param owner    fully qualified name of the declaring type
 * @param name     field name
 * @param type     declared type as written
 * @param isStatic static (interface fields are)
 * @param isFinal  final (interface fields are)
 * @param line     line of the declaration
 * @param column   column of the variable name
 * @param isPrivate private (only its own top-level class can use it)
 * @param initType the raw type its initializer allocates ({@code WeakHashMap}, {@code LruCache}), empty when none
 * @param traits   what the initializer says about the container it holds
 */
public record FieldInfo(String owner, String name, String type, boolean isStatic, boolean isFinal, int line,
                        int column, boolean isPrivate, String initType, java.util.Set<Trait> traits) implements java.io.Serializable {
    public FieldInfo {
        traits = traits.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(traits);
    }

    /** How uses of this field are joined project-wide. */
    public FieldRef ref() {
        return new FieldRef(owner, name);
    }

    public String rawType() {
        return TypeNames.rawSimpleName(type);
    }
}
