package dev.refflow.model;

import java.util.Map;
import java.util.Set;

/**
 * Whether no object can be of two types written in the project: then {@code equals} between them is false (for the
 * JDK's value types, whose {@code equals} compares only with their own class) and a {@code map.remove(x)} whose
 * argument is of the other type removes nothing ({@code Map<String, Session>} and {@code remove(session)}, or
 * {@code Map<Long, V>} and {@code remove(anInt)}). Answers yes only when both types are known: two different JDK
 * value types (primitives counted as the box they are passed as), a JDK value type and a project type, or two project
 * classes neither of which extends the other. Interfaces, type variables, {@code Object} and anything unresolved
 * may be both.
 */
public final class DisjointTypes {
    /** final JDK classes whose equals is true only for their own class */
    private static final Set<String> VALUE_TYPES = Set.of("String", "Integer", "Long", "Short", "Byte", "Character",
            "Boolean", "Double", "Float", "UUID");
    private static final Map<String, String> BOXES = Map.of("int", "Integer", "long", "Long", "short", "Short",
            "byte", "Byte", "char", "Character", "boolean", "Boolean", "double", "Double", "float", "Float");

    private DisjointTypes() {
    }

    /**
     * @param first  a type as written in {@code firstFile}, seen from inside the type {@code firstContext}
     * @param second a type as written in {@code secondFile}, seen from inside {@code secondContext}
     */
    public static boolean disjoint(ProjectModel project, FileFacts firstFile, String firstContext, String first,
                                   FileFacts secondFile, String secondContext, String second) {
        Kind a = kindOf(project, firstFile, firstContext, first);
        Kind b = kindOf(project, secondFile, secondContext, second);
        if (a == null || b == null) {
            return false;
        }
        if (a.value() != null || b.value() != null) {
            // a JDK value type equals only its own class: any other known type is disjoint from it
            return !java.util.Objects.equals(a.value(), b.value());
        }
        TypeIndex types = project.calls().types();
        return !types.ancestry(a.projectClass()).contains(b.projectClass())
                && !types.ancestry(b.projectClass()).contains(a.projectClass());
    }

    /** A JDK value type's simple name, or a project class (not an interface) by qualified name. */
    private record Kind(String value, String projectClass) {
    }

    private static Kind kindOf(ProjectModel project, FileFacts file, String context, String written) {
        if (written == null || written.isEmpty()) {
            return null;
        }
        String raw = TypeNames.rawName(written).trim();
        String boxed = BOXES.getOrDefault(raw, raw);
        String simple = boxed.substring(boxed.lastIndexOf('.') + 1);
        TypeIndex types = project.calls().types();
        String projectType = types.resolve(file, context, raw);
        if (projectType != null) {
            TypeIndex.Declared d = types.type(projectType);
            String kind = d == null ? "" : d.type().kind();
            return kind.equals("class") || kind.equals("enum") || kind.equals("record") ? new Kind(null, projectType)
                    : null;
        }
        if (VALUE_TYPES.contains(simple) && (boxed.equals(simple) || boxed.startsWith("java."))
                && !project.declaresTypeNamed(simple)) {
            return new Kind(simple, null);
        }
        return null;
    }
}
