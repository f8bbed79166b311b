package dev.refflow.model;

/**
 * One reference-flow event at a point in a method.
 *
 * @param index   position in {@link MethodFlow#events()}, which is source order
 * @param kind    what happened
 * @param line    first line of the statement
 * @param column  column of the expression
 * @param endLine last line of the statement
 * @param text    the source text of the expression, on one line
 * @param subject the object acted on (the container added to, the object allocated or returned), or -1
 * @param target  the other object (the element added, the value stored), or -1
 * @param detail  a name that completes the text: the variable, field or container operation
 * @param loops   ids of the loops around the event, outermost first
 * @param element for {@link EventKind#ADD_TO_CONTAINER}, what the add puts in
 * @param condition the branch arms under which the event happens
 */
public record FlowEvent(int index, EventKind kind, int line, int column, int endLine, String text, int subject,
                        int target, String detail, int[] loops, ElementValue element,
                        PathCondition condition) implements java.io.Serializable {
}
