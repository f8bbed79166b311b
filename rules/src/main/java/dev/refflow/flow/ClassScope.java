package dev.refflow.flow;

import dev.refflow.model.NameContext;
import dev.refflow.model.FieldInfo;


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
 * @param instanceMethodNames the type's own non-static method names
 * @param capturingTypes simple names of the inner and local classes declared here whose instances hold on
 *                      to this type's instance because their bodies use it
 * @param thisCapturesOuter true when this type's own instances hold their enclosing instance because the body
 *                      uses it (an inner, local or anonymous class)
 * @param modelTypes    the modelled library types of type names written here, shared by the type's bodies
 * @param unusedOuterKept true when the code is compiled for a release below 18: javac then gives every inner,
 *                      local and anonymous class created in an instance context a field {@code this$0} holding the
 *                      enclosing instance, whether its body uses it or not (18 and later keep it only when used, or
 *                      when the class is serializable: JDK-8271623)
 * @param outerKeepingTypes simple names of the inner member classes declared here whose instances hold this type's
 *                      instance although their bodies do not use it (see {@code unusedOuterKept})
 * @param thisKeepsUnusedOuter true when this type's own instances hold their enclosing instance although the body
 *                      does not use it
 */
public record ClassScope(String name, ClassScope outer, boolean hasOuterInstance, NameContext names,
                         Map<String, FieldInfo> fields, Set<String> methodNames, Set<String> instanceMethodNames,
                         Set<String> capturingTypes, boolean thisCapturesOuter, ModelTypes modelTypes,
                         boolean unusedOuterKept, Set<String> outerKeepingTypes, boolean thisKeepsUnusedOuter) {

    /** True when this type or an enclosing one declares an instance method of that name. */
    public boolean declaresInstanceMethod(String methodName) {
        for (ClassScope s = this; s != null; s = s.outer) {
            if (s.instanceMethodNames.contains(methodName)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code new SimpleName()} here creates an object holding this type's instance. */
    public boolean creationCaptures(String simpleName) {
        for (ClassScope s = this; s != null; s = s.outer) {
            if (s.capturingTypes.contains(simpleName)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code new SimpleName()} here creates an object holding this type's instance although its class body
     * does not use it (javac's {@code this$0} for a release below 18, or a serializable inner class).
     */
    public boolean creationKeepsUnusedOuter(String simpleName) {
        for (ClassScope s = this; s != null; s = s.outer) {
            if (s.outerKeepingTypes.contains(simpleName)) {
                return true;
            }
        }
        return false;
    }

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
