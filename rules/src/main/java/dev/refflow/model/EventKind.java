package dev.refflow.model;

/**
 * What happens to a reference at one point of a method, in the terms of reference counting: the first
 * group raises an object's count (or makes it reachable from somewhere new), the second lowers it.
 */
public enum EventKind {
    ALLOCATE("allocate"),
    ALIAS("alias"),
    PASS_AS_ARGUMENT("pass as argument"),
    ADD_TO_CONTAINER("add"),
    STORE_FIELD("store in field"),
    STORE_STATIC("store in static"),
    CAPTURE("capture"),
    RETURN("return to caller"),
    REASSIGN("reassign"),
    SET_NULL("set to null"),
    REMOVE_FROM_CONTAINER("remove"),
    CLEAR("clear"),
    SCOPE_EXIT("leave scope");

    private final String verb;

    EventKind(String verb) {
        this.verb = verb;
    }

    /** A short verb for traces: {@code L12 allocate new ArrayList<>()}. */
    public String verb() {
        return verb;
    }
}
