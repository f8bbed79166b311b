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
 * @param methods          declared methods and constructors, with or without a body
 * @param superTypes       raw simple names of the types it extends or implements
 * @param superClass       raw simple name of the class it extends, empty when none is written
 * @param constructorParams per constructor (by parameter count), what it does with each parameter
 * @param annotations       the type's annotations as written ({@code Service}, {@code org.acme.Managed}), each with
 *                          the text of its value when it has one ({@code Scope(prototype)})
 */
public record TypeFacts(String name, String kind, int line, boolean hasOuterInstance, List<FieldInfo> fields,
                        List<MethodDecl> methods, List<String> superTypes, String superClass,
                        java.util.Map<Integer, List<ParameterUse>> constructorParams, List<String> annotations)
        implements java.io.Serializable {
    public TypeFacts {
        annotations = List.copyOf(annotations);
        fields = List.copyOf(fields);
        methods = List.copyOf(methods);
        superTypes = List.copyOf(superTypes);
        constructorParams = java.util.Map.copyOf(constructorParams);
    }

    /**
     * A method or constructor as declared.
     *
     * @param name           the name, {@code new} for a constructor
     * @param parameterTypes the parameter types as written
     * @param varargs        true when the last parameter is a varargs one
     * @param isStatic       static (or a constructor: no receiver to dispatch on)
     * @param isAbstract     declared without a body (abstract, or an interface method that is not default)
     * @param isPrivate      private
     */
    public record MethodDecl(String name, List<String> parameterTypes, boolean varargs, boolean isStatic,
                             boolean isAbstract, boolean isPrivate, String returnType, List<String> annotations) {
        public MethodDecl {
            parameterTypes = List.copyOf(parameterTypes);
            annotations = List.copyOf(annotations);
        }

        /** Whether a call with {@code arguments} arguments can be a call of this method. */
        public boolean accepts(int arguments) {
            return varargs ? arguments >= parameterTypes.size() - 1 : arguments == parameterTypes.size();
        }
    }

    /** The names of the methods it declares. */
    public Set<String> methodNames() {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (MethodDecl m : methods) {
            if (!m.name().equals("new")) {
                out.add(m.name());
            }
        }
        return out;
    }

    public String simpleName() {
        int dot = Math.max(name.lastIndexOf('.'), name.lastIndexOf('$'));
        return dot < 0 ? name : name.substring(dot + 1);
    }
}
