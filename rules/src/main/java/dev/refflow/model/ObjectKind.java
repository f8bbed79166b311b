package dev.refflow.model;

/** Where an abstract object comes from. Only {@link #ALLOCATION}s are created by the method itself. */
public enum ObjectKind {
    /** {@code new}, an array creation, a collection factory, a stream collected into a collection */
    ALLOCATION,
    /** a lambda or method reference; it refers to what it captures */
    LAMBDA,
    PARAMETER,
    THIS,
    /** an instance field of {@code this}, read or written */
    FIELD,
    STATIC_FIELD,
    /** the result of a call the model does not see into */
    CALL_RESULT;

    /** True for objects that existed before the method ran or are owned by someone else. */
    public boolean fromOutside() {
        return this != ALLOCATION && this != LAMBDA;
    }
}
