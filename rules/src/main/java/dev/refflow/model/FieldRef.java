package dev.refflow.model;

/**
 * A field by its declaring type and name: how uses of one field are joined across bodies and files.
 *
 * @param owner fully qualified name of the declaring type ({@code a.b.Outer.Inner})
 * @param name  the field's name
 */
public record FieldRef(String owner, String name) implements Comparable<FieldRef> {

    /** {@code a.b.Owner.NAME}, a qualified member name, as a field reference. */
    public static FieldRef ofQualified(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return new FieldRef(dot < 0 ? "" : qualified.substring(0, dot), qualified.substring(dot + 1));
    }

    /** The declaring type's simple name: {@code Inner} for {@code a.b.Outer.Inner}. */
    public String ownerSimpleName() {
        int dot = owner.lastIndexOf('.');
        return dot < 0 ? owner : owner.substring(dot + 1);
    }

    @Override
    public int compareTo(FieldRef o) {
        int c = owner.compareTo(o.owner);
        return c != 0 ? c : name.compareTo(o.name);
    }

    /** {@code a.b.Owner#name}. */
    @Override
    public String toString() {
        return owner + "#" + name;
    }
}
