package dev.refflow.project;

import dev.refflow.flow.FieldInfo;

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
 * @param constructorFields per constructor (by parameter count), which parameter index each field is set from
 *                         ({@code this.next = next;}): the constructor keeps that argument
 */
public record TypeFacts(String name, String kind, int line, boolean hasOuterInstance, List<FieldInfo> fields,
                        Set<String> methodNames, List<String> superTypes,
                        java.util.Map<Integer, java.util.Map<Integer, String>> constructorFields) {
    public TypeFacts {
        fields = List.copyOf(fields);
        methodNames = Set.copyOf(methodNames);
        superTypes = List.copyOf(superTypes);
        constructorFields = java.util.Map.copyOf(constructorFields);
    }

    /** The field a constructor with {@code arity} parameters sets from parameter {@code index}, or null. */
    public String fieldKeptFromArgument(int arity, int index) {
        java.util.Map<Integer, String> stores = constructorFields.get(arity);
        return stores == null ? null : stores.get(index);
    }

    public String simpleName() {
        int dot = Math.max(name.lastIndexOf('.'), name.lastIndexOf('$'));
        return dot < 0 ? name : name.substring(dot + 1);
    }
}
