package dev.refflow.model;

/** Why one abstract object refers to another. */
public enum EdgeKind {
    /** membership: a collection, map (key or value) or array holding the object */
    CONTAINER,
    /** a field of an object of the project's own types */
    FIELD,
    /** a lambda, anonymous or local class instance capturing a variable */
    CAPTURE,
    /** a view or wrapper over another object ({@code Collections.unmodifiableList}, an iterator) */
    VIEW,
    /** an object given to a constructor the model cannot see into: it may keep it */
    OPAQUE
}
