package dev.refflow.model;

import java.util.List;
import java.util.Set;

/**
 * What one project method or constructor does with the references it is given and what it gives back, across the
 * calls it makes: per parameter and for the receiver, where it ends up; for the result, where it comes from.
 *
 * @param parameters  per parameter, what happens to it (no use at all: it is only read)
 * @param receiver    what happens to {@code this}
 * @param results     where the returned values come from
 * @param resultHolds the parameters the returned value refers to ({@code of(w)} returning {@code new Peer(w)}: 0)
 * @param links       references the method makes between its parameters ({@code link(a, b)}: a holds b)
 * @param puts        puts into maps held by fields whose key and value are parameters, made here or by the project
 *                    methods it passes them to
 */
public record MethodSummary(List<Set<Use>> parameters, Set<Use> receiver, List<Source> results,
                            Set<Integer> resultHolds, List<Link> links, List<Put> puts) {

    public static final MethodSummary EMPTY = new MethodSummary(List.of(), Set.of(), List.of(), Set.of(), List.of(),
            List.of());

    public MethodSummary {
        parameters = List.copyOf(parameters);
        receiver = Set.copyOf(receiver);
        results = List.copyOf(results);
        resultHolds = Set.copyOf(resultHolds);
        links = List.copyOf(links);
        puts = List.copyOf(puts);
    }

    /** What happens to parameter {@code index}; nothing when it does not exist. */
    public Set<Use> parameter(int index) {
        return index >= 0 && index < parameters.size() ? parameters.get(index) : Set.of();
    }

    /** What a method does with a reference it is given. */
    public sealed interface Use {
    }

    /**
     * It ends up held by a field: of the receiver (an instance field, or an object one of them holds), or a static.
     *
     * @param field    the field, or null when the model knows only that it is one of the receiver's (or a static)
     * @param element  true when a container keeps it (the one the field holds, or one an object the field holds
     *                 keeps), false when a plain field does
     * @param weak     true when it is held weakly (a weak map's key)
     * @param isStatic true for a static field: a root for as long as the class lives
     */
    public record KeptIn(FieldRef field, boolean element, boolean weak, boolean isStatic) implements Use {
    }

    /**
     * It ends up reachable from another parameter.
     *
     * @param holder the parameter that holds it
     * @param how    {@code element} for a container's element, else the field name
     */
    public record HeldBy(int holder, String how) implements Use {
    }

    /** The returned value refers to it. */
    public record Returned() implements Use {
    }

    /**
     * It is handed to a library method that keeps it: a listener registration, a shutdown hook, a per-thread value,
     * a scheduled task (as the library models say).
     *
     * @param how      what kept it: {@code Type.method}
     * @param kind what the library keeps it as
     */
    public record Registered(String how, Kind kind) implements Use {
        /** What a library keep is, as its row says. */
        public enum Kind {
            /** a listener list: each call adds one that stays until the matching removal ({@code registers}) */
            LISTENER,
            /** kept until the JVM exits ({@code keeps-until-exit}: a shutdown hook) */
            UNTIL_EXIT,
            /** a slot of the calling thread that the next set replaces ({@code keeps-for-thread}) */
            PER_THREAD,
            /** a task that runs and is then dropped ({@code runs-later}) */
            TASK,
            /** any other keep ({@code keeps}) */
            KEPT
        }

        /** Whether each such call adds one more entry that stays until removed. */
        public boolean accumulates() {
            return kind == Kind.LISTENER || kind == Kind.UNTIL_EXIT;
        }
    }

    /**
     * It is passed somewhere the model cannot see into: a call it cannot resolve, a store it cannot place. (One value
     * for all such places: where does not matter, only that the model cannot follow it.)
     */
    public record Escapes() implements Use {
    }

    /** It is a container that the method adds to. */
    public record Grows() implements Use {
    }

    /** It is a container that the method removes from or clears. */
    public record Shrinks() implements Use {
    }

    /** It is a ThreadLocal whose value the method removes. */
    public record ClearedForThread() implements Use {
    }

    /** The method removes it from a container held by a field of the receiver (an unregistration). */
    public record RemovedFrom(FieldRef field) implements Use {
    }

    /**
     * Where a returned value comes from.
     */
    public sealed interface Source {
    }

    /**
     * A new object allocated by a project body, reached through calls that returned it.
     *
     * @param method the body that allocates it
     * @param site   the allocation's object id in that body
     * @param path   the calls from the summarized method down to that body, outermost first
     */
    public record Fresh(MethodFlow method, int site, List<CallSite> path) implements Source {
        public Fresh {
            path = List.copyOf(path);
        }

        // written out: compared again and again while results are merged (bodies and call sites by identity)
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Fresh f) || f.method != method || f.site != site || f.path.size() != path.size()) {
                return false;
            }
            for (int i = 0; i < path.size(); i++) {
                if (f.path.get(i) != path.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = System.identityHashCode(method) * 31 + site;
            for (CallSite c : path) {
                h = h * 31 + System.identityHashCode(c);
            }
            return h;
        }
    }

    /** A parameter, given back. */
    public record Param(int index) implements Source {
    }

    /** What a field holds. */
    public record FieldValue(FieldRef field) implements Source {
    }

    /** An element of a container (or the value of a ThreadLocal) a field holds: {@code THREAD_LOCAL.get()}. */
    public record ElementOf(FieldRef field) implements Source {
    }

    /**
     * A reference the method makes from one parameter to another.
     *
     * @param holder    the parameter that holds
     * @param held      the parameter held
     * @param container true when the holder is a container and holds it as an element; false for a field
     * @param label     the operation or field, for pictures ({@code add}, {@code next})
     * @param line      where, in the method's file
     */
    public record Link(int holder, int held, boolean container, String label, int line) {
    }

    /**
     * A put into a map a field holds, with parameters as key and value.
     *
     * @param map   the field holding the map
     * @param key   the parameter that is the key
     * @param value the parameter that is the value
     * @param line  where, in the method's file: the put, or the call of the project method that puts them
     */
    public record Put(FieldRef map, int key, int value, int line) {
    }
}
