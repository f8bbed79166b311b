package dev.refflow.model;


import java.util.List;
import java.util.Set;

/**
 * What one file says about one of its types.
 *
 * @param name             fully qualified name ({@code a.b.Outer.Inner}, {@code a.b.Outer$1} for anonymous classes)
 * @param kind             class, interface, enum, record, annotation or anonymous
 * @param line             line of the declaration
 * @param hasOuterInstance true for inner classes that hold their enclosing instance
 * @param fields           declared fields
 * @param methodNames      declared method names
 * @param superTypes       raw simple names of the types it extends or implements
 * @param superClass       raw simple name of the class it extends, empty when none is written
 * @param constructorParams per constructor (by parameter count), what it does with each parameter
 */
public record TypeFacts(String name, String kind, int line, boolean hasOuterInstance, List<FieldInfo> fields,
                        Set<String> methodNames, List<String> superTypes, String superClass,
                        java.util.Map<Integer, List<ParameterUse>> constructorParams) implements java.io.Serializable {
    public TypeFacts {
        fields = List.copyOf(fields);
        methodNames = Set.copyOf(methodNames);
        superTypes = List.copyOf(superTypes);
        constructorParams = java.util.Map.copyOf(constructorParams);
    }

    public String simpleName() {
        int dot = Math.max(name.lastIndexOf('.'), name.lastIndexOf('$'));
        return dot < 0 ? name : name.substring(dot + 1);
    }
}
