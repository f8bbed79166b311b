package dev.refflow.model;

/** How an object outlives the method, ordered from shortest- to longest-lived root. */
public enum EscapeKind {
    /** handed to the caller by {@code return} */
    RETURN("returned to the caller"),
    /** added to a container, or stored in an object, that came from outside the method */
    OUTSIDE("added to a container from outside the method"),
    /** stored in an instance field: lives as long as {@code this} */
    FIELD("stored in a field"),
    /** stored in a static field or a static container: lives as long as the class loader */
    STATIC("held by a static field");

    private final String description;

    EscapeKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
