package dev.refflow.model;

/**
 * An object made reachable from something that outlives the method.
 *
 * @param object    the escaping object's id
 * @param kind      what holds it
 * @param event     the event that made it escape
 * @param root      the holder, as written ({@code CACHE}, {@code this.items}, {@code out})
 * @param condition the branch arms under which it escapes
 */
public record Escape(int object, EscapeKind kind, int event, String root, PathCondition condition) implements java.io.Serializable {
}
