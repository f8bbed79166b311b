package dev.refflow.model;

import java.util.List;

/**
 * The reference-flow model of one body: a method, constructor, initializer block or static block (the
 * field initializers of a type are folded into its initializer bodies). Lambdas are modelled inside the
 * body that declares them; bodies of anonymous and local classes get their own model.
 *
 * @param ownerType     fully qualified (binary-style, with {@code .}) name of the declaring type
 * @param name          method name, {@code <init>} for constructors and instance initializers,
 *                      {@code <clinit>} for static initialization
 * @param signature     readable signature: {@code build(int)}
 * @param kind          body kind
 * @param isStatic      true for static methods and static initialization
 * @param mainMethod    true for {@code public static void main(String[])}
 * @param line          first line
 * @param endLine       last line
 * @param parameterTypes the parameters' types as written, in order; their abstract objects are the first
 *                      {@code parameterTypes.size()} objects
 * @param varargs       true when the last parameter is a varargs one
 * @param objects       abstract objects by id
 * @param loops         loops by id
 * @param events        flow events in source order
 * @param exits         heap states at each return and at the end
 * @param calls         call sites
 * @param mapPuts       puts into maps, with whether the value reaches its key
 * @param isPrivate     private methods can only be called from their own top-level class
 * @param describesMemory its documentation (javadoc, or the text of an annotation on it such as a management
 *                      operation's description) speaks of memory, the heap, garbage collection or leaks
 */
public record MethodFlow(String ownerType, String name, String signature, BodyKind kind, boolean isStatic,
                         boolean mainMethod, int line, int endLine, List<String> parameterTypes, boolean varargs,
                         List<AbstractObject> objects, List<Loop> loops, List<FlowEvent> events,
                         List<ExitPoint> exits, List<CallSite> calls, List<MapPut> mapPuts, boolean isPrivate,
                         boolean describesMemory) implements java.io.Serializable {

    public MethodFlow {
        parameterTypes = List.copyOf(parameterTypes);
        objects = List.copyOf(objects);
        loops = List.copyOf(loops);
        events = List.copyOf(events);
        exits = List.copyOf(exits);
        calls = List.copyOf(calls);
        mapPuts = List.copyOf(mapPuts);
    }

    /**
     * A body is itself: two bodies are the same only when they are the same one. (Comparing two whole models
     * component by component would cost as much as building them, and no two places in the source are equal.)
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /**
     * The call site at a position with this text, or null: a chain's calls share their first position
     * ({@code Runtime.getRuntime().gc()}), the text tells them apart.
     */
    public CallSite callAt(int line, int column, String text) {
        CallSite first = null;
        for (CallSite c : calls) {
            if (c.line() == line && c.column() == column) {
                if (c.text().equals(text)) {
                    return c;
                }
                first = first == null ? c : first;
            }
        }
        return first;
    }

    /** The call site at a position, or null. */
    public CallSite callAt(int line, int column) {
        for (CallSite c : calls) {
            if (c.line() == line && c.column() == column) {
                return c;
            }
        }
        return null;
    }

    /** The abstract object of parameter {@code index}. */
    public AbstractObject parameter(int index) {
        return objects.get(index);
    }

    public int parameterCount() {
        return parameterTypes.size();
    }

    /** Whether a call with {@code arguments} arguments can be a call of this body. */
    public boolean accepts(int arguments) {
        return varargs ? arguments >= parameterTypes.size() - 1 : arguments == parameterTypes.size();
    }

    public AbstractObject object(int id) {
        return objects.get(id);
    }

    public FlowEvent event(int index) {
        return events.get(index);
    }

    /** The simple name of the declaring type: {@code Outer.Inner} becomes {@code Inner}. */
    public String ownerSimpleName() {
        int dot = ownerType.lastIndexOf('.');
        return dot < 0 ? ownerType : ownerType.substring(dot + 1);
    }
}
