package dev.refflow.flow;

import dev.refflow.model.NameContext;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.refflow.model.SizeExpr;

import java.util.List;
import java.util.Set;

/**
 * Facts about the shape of a loop that need no abstract state: its step, whether its body can leave or skip
 * iterations early, and which names a body assigns. A loop only counts as running a known number of times
 * when its index advances by a constant step, nothing else assigns the index, and no break or continue cuts
 * an iteration short.
 */
final class LoopShapes {
    private LoopShapes() {
    }

    static long stepOf(Expression update, String var) {
        if (update instanceof UnaryExpr u && u.getExpression() instanceof NameExpr n && n.getNameAsString().equals(var)) {
            return switch (u.getOperator()) {
                case POSTFIX_INCREMENT, PREFIX_INCREMENT -> 1;
                case POSTFIX_DECREMENT, PREFIX_DECREMENT -> -1;
                default -> 0;
            };
        }
        if (update instanceof AssignExpr a && a.getTarget() instanceof NameExpr n && n.getNameAsString().equals(var)) {
            long k = new ConstantFolder(NameContext.empty(), x -> SizeExpr.UNKNOWN)
                    .fold(a.getValue()).evaluate().orElse(0);
            return switch (a.getOperator()) {
                case PLUS -> k;
                case MINUS -> -k;
                default -> 0;
            };
        }
        return 0;
    }


    /** True when the loop body may leave the loop or skip the rest of an iteration early. */
    static boolean hasEarlyExit(Statement body, Node loop) {
        for (Node n : body.findAll(Node.class, x -> x instanceof BreakStmt || x instanceof ContinueStmt)) {
            if (insideNestedFunction(n, loop)) {
                continue;
            }
            if (n instanceof BreakStmt b && b.getLabel().isEmpty() && breaksInner(n, loop)) {
                continue;
            }
            if (n instanceof ContinueStmt c && c.getLabel().isEmpty() && continuesInner(n, loop)) {
                continue;
            }
            return true;
        }
        return false;
    }

    private static boolean insideNestedFunction(Node n, Node limit) {
        for (Node p = n.getParentNode().orElse(null); p != null && p != limit; p = p.getParentNode().orElse(null)) {
            if (p instanceof LambdaExpr || p instanceof BodyDeclaration<?>) {
                return true;
            }
        }
        return false;
    }

    private static boolean breaksInner(Node n, Node limit) {
        for (Node p = n.getParentNode().orElse(null); p != null && p != limit; p = p.getParentNode().orElse(null)) {
            if (p instanceof ForStmt || p instanceof ForEachStmt || p instanceof WhileStmt || p instanceof DoStmt
                    || p instanceof SwitchStmt) {
                return true;
            }
        }
        return false;
    }

    private static boolean continuesInner(Node n, Node limit) {
        for (Node p = n.getParentNode().orElse(null); p != null && p != limit; p = p.getParentNode().orElse(null)) {
            if (p instanceof ForStmt || p instanceof ForEachStmt || p instanceof WhileStmt || p instanceof DoStmt) {
                return true;
            }
        }
        return false;
    }

    static void collectAssignedNames(Node node, Set<String> out) {
        // one recursive walk (called for most bodies): cheaper than two findAll passes with their iterators
        if (node instanceof AssignExpr a) {
            if (a.getTarget() instanceof NameExpr n) {
                out.add(n.getNameAsString());
            }
        } else if (node instanceof UnaryExpr u) {
            if (u.getExpression() instanceof NameExpr n && (u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
                    || u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
                    || u.getOperator() == UnaryExpr.Operator.POSTFIX_DECREMENT
                    || u.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT)) {
                out.add(n.getNameAsString());
            }
        }
        List<Node> children = node.getChildNodes();
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            // names, types, literals and annotations hold no assignment: not worth walking into
            if (!(child instanceof SimpleName || child instanceof com.github.javaparser.ast.type.Type
                    || child instanceof com.github.javaparser.ast.expr.LiteralExpr
                    || child instanceof com.github.javaparser.ast.expr.AnnotationExpr
                    || child instanceof NameExpr)) {
                collectAssignedNames(child, out);
            }
        }
    }
}
