package dev.refflow.model;

/**
 * One abstract object of a method: an allocation site, a parameter, {@code this}, a field, a call result.
 * An allocation site inside a loop stands for many runtime objects; the model keeps its most recent
 * object apart from all older ones (the <em>summary</em>, {@link #summary()}), so a reference between
 * two objects of one site is only believed to be a self-reference when it really is.
 *
 * @param id          index in {@link MethodFlow#objects()}
 * @param kind        origin
 * @param site        id of the most-recent object of the same allocation site (itself when not a summary)
 * @param summary     true for the object standing for older objects of a site allocated in a loop
 * @param type        the type as written or inferred ({@code ArrayList<Integer>}), may be empty
 * @param name        the variable, parameter or field name it was first bound to, may be empty
 * @param text        the source text that creates or names it
 * @param line        line of the creating expression
 * @param column      column of the creating expression
 * @param allocation  how it was allocated, for {@link ObjectKind#ALLOCATION}s; null otherwise
 * @param loops       ids of the loops around the allocation, outermost first
 * @param condition   the branch arms under which it is allocated
 * @param field       for {@link ObjectKind#FIELD} and {@link ObjectKind#STATIC_FIELD}: the fields it may be,
 *                    most likely first; empty otherwise
 * @param capturesThis true for a lambda, method reference, anonymous or inner class instance that holds on
 *                    to the enclosing {@code this}: its body really uses it
 * @param holdsUnusedOuter true for an anonymous, local or inner class instance (or such a class's own {@code this})
 *                    whose body does not use the enclosing instance but that holds it all the same, as javac compiles
 *                    it: every such class below release 18, a serializable one at any release
 */
public record AbstractObject(int id, ObjectKind kind, int site, boolean summary, String type, String name,
                             String text, int line, int column, Allocation allocation, int[] loops,
                             PathCondition condition, java.util.List<FieldRef> field, boolean capturesThis,
                             boolean holdsUnusedOuter) implements java.io.Serializable {

    public AbstractObject {
        field = java.util.List.copyOf(field);
    }

    public boolean isField() {
        return !field.isEmpty();
    }

    public AbstractObject withName(String newName) {
        return new AbstractObject(id, kind, site, summary, type, newName, text, line, column, allocation, loops,
                condition, field, capturesThis, holdsUnusedOuter);
    }

    public AbstractObject withCapturesThis() {
        return new AbstractObject(id, kind, site, summary, type, name, text, line, column, allocation, loops,
                condition, field, true, false);
    }

    public AbstractObject withHoldsUnusedOuter() {
        return new AbstractObject(id, kind, site, summary, type, name, text, line, column, allocation, loops,
                condition, field, false, true);
    }

    /** True when the object holds the enclosing {@code this}, used by its body or not (as compiled). */
    public boolean holdsOuter() {
        return capturesThis || holdsUnusedOuter;
    }

    public AbstractObject summaryOf(int summaryId) {
        return new AbstractObject(summaryId, kind, id, true, type, name, text, line, column, allocation, loops,
                condition, field, capturesThis, holdsUnusedOuter);
    }

    public boolean isAllocation() {
        return kind == ObjectKind.ALLOCATION;
    }

    /** The raw type's simple name: {@code ArrayList} for {@code java.util.ArrayList<Integer>}. */
    public String rawType() {
        return TypeNames.rawSimpleName(type);
    }

    /** A short label for traces and pictures: {@code list (new ArrayList<>())}. */
    public String label() {
        if (name.isEmpty()) {
            return text;
        }
        return kind == ObjectKind.ALLOCATION || kind == ObjectKind.LAMBDA ? name + " (" + text + ")" : name;
    }
}
