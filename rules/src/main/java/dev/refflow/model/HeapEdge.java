package dev.refflow.model;

/**
 * A points-to edge at one program point: {@code from} refers to {@code to}.
 *
 * @param from       referring object id
 * @param to         referred object id
 * @param slot       where in {@code from} it is held (an element, a map value under a key, a field, a capture...),
 *                   which also tells why ({@link #kind()})
 * @param label      the operation or field that made it, for traces and pictures ({@code add}, {@code put}, {@code next})
 * @param event      index of the event that created it
 * @param condition  the branch arms under which it exists
 * @param uncertain  true when a removal may have dropped it on some path (a removal in one branch, of an
 *                   unknown element, or inside a lambda that may run later)
 */
public record HeapEdge(int from, int to, Slot slot, String label, int event, PathCondition condition,
                       boolean uncertain) {
    public EdgeKind kind() {
        return slot.kind();
    }
}
