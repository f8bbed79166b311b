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
 */
public record TypeFacts(String name, String kind, int line, boolean hasOuterInstance, List<FieldInfo> fields,
                        Set<String> methodNames) {
    public TypeFacts {
        fields = List.copyOf(fields);
        methodNames = Set.copyOf(methodNames);
    }

    public String simpleName() {
        int dot = Math.max(name.lastIndexOf('.'), name.lastIndexOf('$'));
        return dot < 0 ? name : name.substring(dot + 1);
    }
}
