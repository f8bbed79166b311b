package dev.refflow.flow;

import dev.refflow.model.Suppression;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the suppression annotations of one file. Recognized by simple name, so users need no dependency on
 * RefFlow or SpotBugs' annotations jar. Files that mention neither {@code refflow} nor {@code SuppressFBWarnings}
 * are not walked at all.
 */
final class SuppressionCollector {
    private SuppressionCollector() {
    }

    static List<Suppression> collect(CompilationUnit unit, String text, SourceText source, String packageName) {
        if (!text.contains("refflow") && !text.contains("SuppressFBWarnings")) {
            return List.of();
        }
        List<Suppression> out = new ArrayList<>();
        for (AnnotationExpr a : unit.findAll(AnnotationExpr.class)) {
            String name = a.getName().getIdentifier();
            boolean spotBugs = name.equals("SuppressFBWarnings");
            if (!spotBugs && !name.equals("SuppressWarnings")) {
                continue;
            }
            List<String> values = new ArrayList<>();
            String justification = "";
            if (a instanceof SingleMemberAnnotationExpr single) {
                strings(single.getMemberValue(), values);
            } else if (a instanceof NormalAnnotationExpr normal) {
                for (MemberValuePair pair : normal.getPairs()) {
                    if (pair.getNameAsString().equals("value")) {
                        strings(pair.getValue(), values);
                    } else if (pair.getNameAsString().equals("justification")) {
                        List<String> j = new ArrayList<>();
                        strings(pair.getValue(), j);
                        justification = String.join(" ", j);
                    }
                }
            }
            if (!spotBugs && values.stream().noneMatch(v -> v.equals("refflow") || v.startsWith("refflow:"))) {
                continue; // javac's and other tools' warnings
            }
            Node on = a.getParentNode().orElse(null);
            if (on == null || on.getRange().isEmpty() || a.getRange().isEmpty()) {
                continue;
            }
            Position from = on.getRange().get().begin;
            Position to = on.getRange().get().end;
            out.add(new Suppression(a.getRange().get().begin.line, a.getRange().get().begin.column,
                    source.text(a), spotBugs, values, justification, target(on), enclosingType(on, packageName),
                    member(on), from.line, from.column, to.line, to.column));
        }
        return out;
    }

    private static void strings(Expression e, List<String> out) {
        if (e instanceof StringLiteralExpr s) {
            out.add(s.asString());
        } else if (e instanceof ArrayInitializerExpr array) {
            for (Expression v : array.getValues()) {
                strings(v, out);
            }
        }
    }

    private static String target(Node on) {
        if (on instanceof TypeDeclaration<?> t) {
            String kind = t.isEnumDeclaration() ? "enum" : t.isRecordDeclaration() ? "record"
                    : t.isAnnotationDeclaration() ? "annotation" : t instanceof
                    com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c && c.isInterface() ? "interface"
                    : "class";
            return kind + " " + t.getNameAsString();
        }
        if (on instanceof CallableDeclaration<?> c) {
            return (c.isConstructorDeclaration() ? "constructor " : "method ") + signature(c);
        }
        if (on instanceof FieldDeclaration f) {
            return "field " + f.getVariables().stream().map(VariableDeclarator::getNameAsString)
                    .collect(Collectors.joining(", "));
        }
        if (on instanceof VariableDeclarationExpr v) {
            return "variable " + v.getVariables().stream().map(VariableDeclarator::getNameAsString)
                    .collect(Collectors.joining(", "));
        }
        if (on instanceof Parameter p) {
            return "parameter " + p.getNameAsString();
        }
        return "declaration";
    }

    private static String member(Node on) {
        for (Node n = on; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof CallableDeclaration<?> c) {
                return signature(c);
            }
            if (n instanceof FieldDeclaration f) {
                return f.getVariables().stream().map(VariableDeclarator::getNameAsString)
                        .collect(Collectors.joining(", "));
            }
            if (n instanceof TypeDeclaration<?>) {
                return "";
            }
        }
        return "";
    }

    private static String signature(CallableDeclaration<?> c) {
        return c.getNameAsString() + "(" + c.getParameters().stream().map(p -> p.getType().asString())
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String enclosingType(Node on, String packageName) {
        StringBuilder sb = new StringBuilder();
        for (Node n = on; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> t) {
                sb.insert(0, sb.length() == 0 ? t.getNameAsString() : t.getNameAsString() + ".");
            }
        }
        return packageName.isEmpty() ? sb.toString() : packageName + "." + sb;
    }
}
