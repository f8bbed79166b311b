package dev.refflow.model;


/**
 * What one add puts into a container, as far as its size is concerned.
 *
 * @param kind   the kind of value
 * @param type   the boxed type for {@link Kind#BOXED} ({@code Integer})
 * @param object the added allocation's object id for {@link Kind#OBJECT}, else -1
 * @param length a String's length for {@link Kind#STRING}
 * @param loop   for a boxed loop variable, the loop whose index it is (its range decides how many values
 *               come from the shared box cache), else -1
 * @param key    true for the key of a map entry: it costs bytes but does not count as another element
 */
public record ElementValue(Kind kind, String type, int object, SizeExpr length, int loop, boolean key) implements java.io.Serializable {

    public enum Kind {
        /** a primitive boxed on the way in: a new wrapper object per add, unless cached */
        BOXED,
        /** a String built per add ({@code "v" + i}) */
        STRING,
        /** a string literal or other shared constant: one object, however often it is added */
        SHARED,
        /** an object allocated in this method */
        OBJECT,
        /** every element of a collection allocated in this method */
        ALL_OF,
        NULL,
        /** something the model cannot size: only the reference slot is counted */
        UNKNOWN
    }

    public static final ElementValue UNKNOWN = new ElementValue(Kind.UNKNOWN, "", -1, SizeExpr.UNKNOWN, -1, false);
    public static final ElementValue SHARED = new ElementValue(Kind.SHARED, "", -1, SizeExpr.UNKNOWN, -1, false);
    public static final ElementValue NULL = new ElementValue(Kind.NULL, "", -1, SizeExpr.UNKNOWN, -1, false);

    public static ElementValue boxed(String type, int loop) {
        return new ElementValue(Kind.BOXED, type, -1, SizeExpr.UNKNOWN, loop, false);
    }

    public static ElementValue string(SizeExpr length) {
        return new ElementValue(Kind.STRING, "String", -1, length, -1, false);
    }

    public static ElementValue object(int id, String type) {
        return new ElementValue(Kind.OBJECT, type, id, SizeExpr.UNKNOWN, -1, false);
    }

    /** All elements of another collection built in the method ({@code addAll}). */
    public static ElementValue allOf(int source) {
        return new ElementValue(Kind.ALL_OF, "", source, SizeExpr.UNKNOWN, -1, false);
    }

    /** The same value, as the key of a map entry. */
    public ElementValue asKey() {
        return new ElementValue(kind, type, object, length, loop, true);
    }

    /** A word for messages: {@code Integer}, {@code String}, {@code int[]}. */
    public String describe() {
        return switch (kind) {
            case BOXED, STRING, OBJECT -> type.isEmpty() ? "objects" : type;
            default -> "references";
        };
    }
}
