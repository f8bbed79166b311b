package dev.refflow.model;

/** What kind of code body a {@link MethodFlow} models. */
public enum BodyKind {
    METHOD, CONSTRUCTOR, INSTANCE_INITIALIZER, STATIC_INITIALIZER
}
