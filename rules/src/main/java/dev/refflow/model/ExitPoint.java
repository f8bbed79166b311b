package dev.refflow.model;

import java.util.List;

/**
 * The state of the method's heap where control leaves it: at a {@code return}, or at the end of the body.
 * Rules judge cycles and escapes here, so a removal that breaks a cycle before the return counts.
 *
 * @param returnEvent index of the RETURN event, or -1 at the end of the body
 * @param line        line of the exit
 * @param returned    ids of the objects the return expression may evaluate to
 * @param heap        the points-to edges that may exist here
 * @param escapes     the objects that escaped before this point
 */
public record ExitPoint(int returnEvent, int line, int[] returned, List<HeapEdge> heap, List<Escape> escapes) implements java.io.Serializable {
    public ExitPoint {
        heap = List.copyOf(heap);
        escapes = List.copyOf(escapes);
    }

    public boolean isReturn() {
        return returnEvent >= 0;
    }

    /** True when this is a {@code return} that may hand over object {@code id}. */
    public boolean returns(int id) {
        if (isReturn()) {
            for (int r : returned) {
                if (r == id) {
                    return true;
                }
            }
        }
        return false;
    }
}
