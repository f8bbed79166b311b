package dev.refflow.flow;

import dev.refflow.size.NameContext;

import java.util.Map;
import java.util.Set;

/**
 * What a body can see of its declaring type and the types around it: fields (with types), method names,
 * name resolution, and whether an enclosing instance exists.
 *
 * @param name          fully qualified name ({@code a.b.Outer.Inner}; anonymous classes get {@code Outer$1})
 * @param outer         the lexically enclosing type's scope, or null
 * @param hasOuterInstance true for inner (non-static member, local or anonymous) classes created in an
 *                      instance context: they hold a reference to their enclosing instance
 * @param names         name resolution for constants
 * @param fields        the type's own fields
 * @param methodNames   the type's own method names
 */
public record ClassScope(String name, ClassScope outer, boolean hasOuterInstance, NameContext names,
                         Map<String, FieldInfo> fields, Set<String> methodNames) {

    /** The field a simple name denotes here, looking outward through enclosing types. */
    public FieldInfo field(String fieldName) {
        for (ClassScope s = this; s != null; s = s.outer) {
            FieldInfo f = s.fields.get(fieldName);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** True when this type or an enclosing one declares a method of that name. */
    public boolean declaresMethod(String methodName) {
        for (ClassScope s = this; s != null; s = s.outer) {
            if (s.methodNames.contains(methodName)) {
                return true;
            }
        }
        return false;
    }

    public String simpleName() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }
}
