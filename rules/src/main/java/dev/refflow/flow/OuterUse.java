package dev.refflow.flow;

import dev.refflow.model.FieldInfo;
import dev.refflow.model.TypeNames;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a class body really uses its enclosing instance (Error Prone's ClassCanBeStatic reasoning): it reads
 * or writes an instance field of an enclosing type, calls one of its instance methods unqualified, names
 * {@code Outer.this}, or creates another inner class that does. Names the body declares itself (fields,
 * methods, parameters, locals) shadow the outer ones.
 */
public final class OuterUse {
    private OuterUse() {
    }

    /** The first release whose javac leaves out {@code this$0} when the class body does not use it (JDK-8271623). */
    public static final int OMITS_UNUSED_OUTER_FROM = 18;

    /**
     * Whether an inner, local or anonymous class that does not use its enclosing instance still holds it once compiled:
     * javac below release 18 always gives it the field {@code this$0}; 18 and later leave the field out unless the
     * class is serializable (checked with javap: {@code javac --release 17} keeps {@code this$0} in every such class,
     * {@code --release 18} and {@code 25} only in {@code Serializable} ones and anonymous subclasses of serializable
     * types such as a double-brace {@code HashMap}). Lambdas never capture {@code this} unless they use it.
     *
     * @param unusedOuterKept true for a release below 18
     * @param serializable    true when the class declares itself {@code Serializable} or {@code Externalizable}
     */
    public static boolean keepsUnusedOuter(boolean unusedOuterKept, boolean serializable) {
        return unusedOuterKept || serializable;
    }

    /** Whether a class declaration says it implements {@code Serializable} or {@code Externalizable} itself. */
    public static boolean declaresSerializable(com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c) {
        for (var t : c.getImplementedTypes()) {
            String n = t.getNameWithScope();
            if (n.equals("Serializable") || n.equals("java.io.Serializable") || n.equals("Externalizable")
                    || n.equals("java.io.Externalizable")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param members          the inner (or anonymous, or local) class body
     * @param outer            scope of the enclosing type
     * @param capturingClasses simple names of sibling inner classes already known to capture
     */
    public static boolean usesOuter(List<? extends BodyDeclaration<?>> members, ClassScope outer,
                                    Set<String> capturingClasses) {
        Set<String> own = new HashSet<>();
        Set<String> ownMethods = new HashSet<>();
        for (BodyDeclaration<?> m : members) {
            if (m instanceof FieldDeclaration f) {
                f.getVariables().forEach(v -> own.add(v.getNameAsString()));
            } else if (m instanceof MethodDeclaration md) {
                ownMethods.add(md.getNameAsString());
            }
            for (VariableDeclarator v : m.findAll(VariableDeclarator.class)) {
                own.add(v.getNameAsString());
            }
            for (Parameter p : m.findAll(Parameter.class)) {
                own.add(p.getNameAsString());
            }
        }
        for (BodyDeclaration<?> m : members) {
            if (m instanceof TypeDeclaration<?> t && t.isStatic()) {
                continue;
            }
            for (Node n : m.findAll(Node.class)) {
                if (n instanceof ThisExpr t && t.getTypeName().isPresent()) {
                    return true;
                }
                if (n instanceof SuperExpr s && s.getTypeName().isPresent()) {
                    return true;
                }
                if (n instanceof NameExpr name && !own.contains(name.getNameAsString())) {
                    FieldInfo f = outer.field(name.getNameAsString());
                    if (f != null && !f.isStatic()) {
                        return true;
                    }
                }
                if (n instanceof MethodCallExpr c && c.getScope().isEmpty()
                        && !ownMethods.contains(c.getNameAsString())
                        && outer.declaresInstanceMethod(c.getNameAsString())) {
                    return true;
                }
                if (n instanceof ObjectCreationExpr o && o.getScope().isEmpty()
                        && capturingClasses.contains(TypeNames.rawSimpleName(o.getType().asString()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
