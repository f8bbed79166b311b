package dev.refflow.flow;

import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ForStmt;
import dev.refflow.model.AbstractObject;
import dev.refflow.model.SizeExpr;
import java.util.HashSet;
import java.util.Set;

/**
 * Loops whose trip count the source tells: {@code for (int i = A; i < B; i += S)} and its variants, when nothing in
 * the body moves the index or leaves early. Their bound may be a constant of another file: it stays symbolic.
 */
final class CountedLoops extends InterpreterPart {

    record Range(SizeExpr low, SizeExpr high, int loop) {
    }

    record CountedLoop(String indexVar, SizeExpr tripCount, SizeExpr low, SizeExpr high) {
        Range range() {
            return new Range(low, high, -1);
        }
    }

    /** {@code for (int i = A; i < B; i += S)} and its variants, when the body neither changes {@code i} nor leaves early. */
    CountedLoop countedLoop(ForStmt f) {
        if (f.getInitialization().size() != 1 || f.getCompare().isEmpty() || f.getUpdate().size() != 1) {
            return null;
        }
        String var;
        Expression start;
        Expression init = f.getInitialization().get(0);
        if (init instanceof VariableDeclarationExpr v && v.getVariables().size() == 1
                && v.getVariables().get(0).getInitializer().isPresent()) {
            var = v.getVariables().get(0).getNameAsString();
            start = v.getVariables().get(0).getInitializer().get();
        } else if (init instanceof AssignExpr a && a.getTarget() instanceof NameExpr n
                && a.getOperator() == AssignExpr.Operator.ASSIGN) {
            var = n.getNameAsString();
            start = a.getValue();
        } else {
            return null;
        }
        long step = LoopShapes.stepOf(f.getUpdate().get(0), var);
        if (step == 0) {
            return null;
        }
        if (!(f.getCompare().get() instanceof BinaryExpr cmp)) {
            return null;
        }
        BinaryExpr.Operator op = cmp.getOperator();
        Expression bound;
        if (cmp.getLeft() instanceof NameExpr l && l.getNameAsString().equals(var)) {
            bound = cmp.getRight();
        } else if (cmp.getRight() instanceof NameExpr r && r.getNameAsString().equals(var)) {
            bound = cmp.getLeft();
            op = switch (op) {
                case LESS -> BinaryExpr.Operator.GREATER;
                case GREATER -> BinaryExpr.Operator.LESS;
                case LESS_EQUALS -> BinaryExpr.Operator.GREATER_EQUALS;
                case GREATER_EQUALS -> BinaryExpr.Operator.LESS_EQUALS;
                default -> op;
            };
        } else {
            return null;
        }
        SizeExpr a = folder.fold(start);
        SizeExpr b = boundOf(bound);
        if (a instanceof SizeExpr.Unknown || b instanceof SizeExpr.Unknown) {
            return null;
        }
        // only now is the body worth a look: nothing in it may move the index or cut an iteration short
        Set<String> assignedInBody = new HashSet<>();
        LoopShapes.collectAssignedNames(f.getBody(), assignedInBody);
        if (assignedInBody.contains(var) || LoopShapes.hasEarlyExit(f.getBody(), f)) {
            return null;
        }
        SizeExpr s = SizeExpr.of(Math.abs(step));
        SizeExpr span;
        SizeExpr low;
        SizeExpr high;
        if (step > 0 && (op == BinaryExpr.Operator.LESS || op == BinaryExpr.Operator.LESS_EQUALS)) {
            SizeExpr end = op == BinaryExpr.Operator.LESS ? b : SizeExpr.binary("+", b, SizeExpr.of(1));
            span = SizeExpr.binary("-", end, a);
            low = a;
            high = end;
        } else if (step < 0 && (op == BinaryExpr.Operator.GREATER || op == BinaryExpr.Operator.GREATER_EQUALS)) {
            SizeExpr end = op == BinaryExpr.Operator.GREATER ? SizeExpr.binary("+", b, SizeExpr.of(1)) : b;
            span = SizeExpr.binary("-", SizeExpr.binary("+", a, SizeExpr.of(1)), end);
            low = end;
            high = SizeExpr.binary("+", a, SizeExpr.of(1));
        } else {
            return null;
        }
        SizeExpr trips = SizeExpr.binary("max", SizeExpr.of(0),
                SizeExpr.binary("/", SizeExpr.binary("+", span, SizeExpr.binary("-", s, SizeExpr.of(1))), s));
        return new CountedLoop(var, trips, low, high);
    }

    SizeExpr boundOf(Expression bound) {
        if (bound instanceof FieldAccessExpr f && f.getNameAsString().equals("length")) {
            IntSet arrays = rec.state.get(nameOf(f.getScope()));
            if (f.getScope() instanceof NameExpr && arrays.size() == 1) {
                AbstractObject o = rec.objects.get(arrays.single());
                if (o.isAllocation() && o.allocation().isArray() && !o.allocation().dimensions().isEmpty()) {
                    return o.allocation().dimensions().get(0);
                }
            }
            return SizeExpr.UNKNOWN;
        }
        return folder.fold(bound);
    }
}
