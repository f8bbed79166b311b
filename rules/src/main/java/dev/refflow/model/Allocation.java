package dev.refflow.model;


import java.util.List;

/**
 * The shape of an allocation, as far as its memory is concerned.
 *
 * @param shape           the JDK container layout, {@link ContainerShape#ARRAY} for arrays, null for other objects
 * @param componentType   element type of an array ({@code int}, {@code String}), or the collection's
 *                        element type when known ({@code Integer}); empty when unknown
 * @param dimensions      array dimensions, outermost first; empty for non-arrays
 * @param initialCapacity capacity passed to a collection constructor, or {@link SizeExpr#UNKNOWN}
 *                        when none was passed (see {@link #hasInitialCapacity()})
 * @param hasInitialCapacity true when a capacity argument was given
 * @param exactStorage    true when the backing storage is sized exactly at creation (copy constructor,
 *                        {@code toArray}, {@code Stream.toList})
 * @param copyOf          id of the object whose elements this collection copies, or -1
 */
public record Allocation(ContainerShape shape, String componentType, List<SizeExpr> dimensions,
                         SizeExpr initialCapacity, boolean hasInitialCapacity, boolean exactStorage, int copyOf) implements java.io.Serializable {

    public Allocation {
        dimensions = List.copyOf(dimensions);
    }

    public static Allocation object() {
        return new Allocation(null, "", List.of(), SizeExpr.UNKNOWN, false, false, -1);
    }

    public static Allocation container(ContainerShape shape, String elementType) {
        return new Allocation(shape, elementType, List.of(), SizeExpr.UNKNOWN, false, false, -1);
    }

    public static Allocation array(String componentType, List<SizeExpr> dimensions) {
        return new Allocation(ContainerShape.ARRAY, componentType, dimensions, SizeExpr.UNKNOWN, false, true, -1);
    }

    public boolean isContainer() {
        return shape != null;
    }

    public boolean isArray() {
        return shape == ContainerShape.ARRAY;
    }

    public Allocation withInitialCapacity(SizeExpr capacity) {
        return new Allocation(shape, componentType, dimensions, capacity, true, exactStorage, copyOf);
    }

    public Allocation withExactStorage() {
        return new Allocation(shape, componentType, dimensions, initialCapacity, hasInitialCapacity, true, copyOf);
    }

    public Allocation withCopyOf(int source) {
        return new Allocation(shape, componentType, dimensions, initialCapacity, hasInitialCapacity, true, source);
    }
}
