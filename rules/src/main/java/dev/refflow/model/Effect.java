package dev.refflow.model;

import java.util.List;

/**
 * One thing a library method does with references, as a library model row says ({@link LibraryModels}). Arguments
 * are referred to by {@link Args}. The interpreter applies the container and creation effects where the call is
 * made; the rules read the rest (registrations, hooks, per-thread values, collector calls).
 */
public sealed interface Effect {

    /** Which arguments an effect is about: one index, the last one, all from an index on ({@code *} is from 0). */
    record Args(int index, boolean last, boolean onwards) {
        public static final Args ALL = new Args(0, false, true);

        public static Args of(int index) {
            return new Args(index, false, false);
        }

        /** The argument positions of a call with {@code count} arguments. */
        public int[] positions(int count) {
            if (last) {
                return count == 0 ? new int[0] : new int[] {count - 1};
            }
            if (onwards) {
                int n = Math.max(0, count - index);
                int[] out = new int[n];
                for (int i = 0; i < n; i++) {
                    out[i] = index + i;
                }
                return out;
            }
            return index < count ? new int[] {index} : new int[0];
        }

        /** True when argument {@code position} of a call with {@code count} arguments is one of these. */
        public boolean includes(int position, int count) {
            for (int p : positions(count)) {
                if (p == position) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return last ? "last" : onwards ? (index == 0 ? "*" : index + "..") : Integer.toString(index);
        }
    }

    // ------------------------------------------------------------------ the receiver as a container

    /** The receiver holds the arguments as elements ({@code add}, {@code push}, {@code offer}, {@code set}). */
    record Adds(Args args) implements Effect {
    }

    /** The receiver holds every element of an argument ({@code addAll}, {@code putAll}). */
    record AddsAll(Args args) implements Effect {
    }

    /**
     * The receiver maps argument {@code key} to argument {@code value}.
     *
     * @param replaces true when the value replaces one already under the key ({@code put}); false when an existing
     *                 value stays ({@code putIfAbsent}, {@code merge})
     */
    record Puts(int key, int value, boolean replaces) implements Effect {
    }

    /** The receiver maps argument {@code key} to what callback {@code function} returns for it ({@code computeIfAbsent}). */
    record Computes(int key, int function) implements Effect {
    }

    /** The receiver lets go of the element or key given by an argument ({@code remove(x)}). */
    record Removes(Args args) implements Effect {
    }

    /** The receiver lets go of elements RefFlow cannot name ({@code poll}, {@code removeIf}, {@code retainAll}). */
    record RemovesSome() implements Effect {
    }

    /** The receiver lets go of everything ({@code clear}). */
    record Clears() implements Effect {
    }

    /** The receiver gets bigger without keeping a reference ({@code StringBuilder.append}). */
    record Grows() implements Effect {
    }

    /** The receiver gets smaller ({@code StringBuilder.setLength}). */
    record Shrinks() implements Effect {
    }

    /** The container effects of this row apply to argument {@code target} instead of the receiver ({@code Collections.addAll}). */
    record Into(int target) implements Effect {
    }

    /** Returns one of the receiver's elements ({@code get}, {@code peek}, {@code poll}). */
    record ReturnsElement() implements Effect {
    }

    /**
     * Returns a live view of the receiver ({@code keySet()}, {@code iterator()}): a removal through it removes from the
     * receiver.
     *
     * @param kind what the view is: {@code Set}, {@code Collection}, {@code List}, {@code Map} or {@code Iterator}
     */
    record ReturnsView(String kind) implements Effect {
    }

    /** Returns a view or wrapper over argument {@code arg} ({@code Collections.synchronizedMap(m)}). */
    record ViewOf(int arg) implements Effect {
    }

    /** The view this row returns cannot change what it is over ({@code Collections.unmodifiableList}). */
    record ReadOnly() implements Effect {
    }

    // ------------------------------------------------------------------ creation

    /**
     * Returns a new object: a container of a layout the size model knows, or a plain object ({@code shape} null).
     * Unless {@link Elements}, {@link Entries}, {@link Repeats} or {@link Copies} say otherwise, a container's first
     * argument is read as a constructor's: an initial capacity, a collection to copy, or a comparator.
     */
    record Fresh(ContainerShape shape) implements Effect {
    }

    /** The new container's elements are these arguments ({@code List.of(a, b)}). */
    record Elements(Args args) implements Effect {
    }

    /** The new map's entries are these arguments, key then value ({@code Map.of(k1, v1, k2, v2)}). */
    record Entries(Args args) implements Effect {
    }

    /** The new list holds argument {@code element} argument-{@code count} times ({@code Collections.nCopies}). */
    record Repeats(int count, int element) implements Effect {
    }

    /** The new container holds the elements of argument {@code arg} ({@code List.copyOf}, {@code Arrays.copyOf}). */
    record Copies(int arg) implements Effect {
    }

    /** The new array's length is argument {@code arg} ({@code Arrays.copyOf(a, n)}). */
    record Length(int arg) implements Effect {
    }

    /** The new container's storage is sized exactly for what it holds at creation. */
    record Exact() implements Effect {
    }

    /** Given exactly one argument that is an array, the result is a view of that array instead ({@code Arrays.asList}). */
    record ArrayView() implements Effect {
    }

    /** The result's type ({@code Runtime.getRuntime()}: {@code java.lang.Runtime}). */
    record ReturnsType(String type) implements Effect {
    }

    /** Returns argument {@code arg} itself ({@code Objects.requireNonNull}). */
    record Returns(int arg) implements Effect {
    }

    // ------------------------------------------------------------------ references kept or not

    /** Only reads its arguments: passing something here neither keeps nor changes it. */
    record Reads() implements Effect {
    }

    /** The receiver (or the new object) keeps the arguments strongly. */
    record Keeps(Args args) implements Effect {
    }

    /** The receiver (or the new object) refers to the arguments weakly: that does not keep them alive. */
    record KeepsWeakly(Args args) implements Effect {
    }

    /** Runs the callbacks given as these arguments before it returns, and drops them. */
    record Calls(Args args) implements Effect {
    }

    /**
     * Keeps a listener until the matching removal.
     *
     * @param args     which argument is the listener
     * @param undoneBy the verbs that undo it before the registration's noun ({@code remove}: addFooListener is undone
     *                 by removeFooListener), or whole method names written with {@code ()}
     */
    record Registers(Args args, List<String> undoneBy) implements Effect {
        public Registers {
            undoneBy = List.copyOf(undoneBy);
        }
    }

    /** Undoes a registration of this argument. */
    record Unregisters(Args args) implements Effect {
    }

    /** Returns a handle that undoes the registration or task when closed or cancelled. */
    record ReturnsHandle() implements Effect {
    }

    /** Keeps a callback until it has run once, then drops it (a future's listener). */
    record Once(Args args) implements Effect {
    }

    /** Keeps a task until it has run (a periodic one until it is cancelled): timers, executors, schedulers. */
    record RunsLater(Args args) implements Effect {
    }

    /** Hands a task to another thread that runs it soon and drops it: a transient hold ({@code Executor.execute}). */
    record HandsOff(Args args) implements Effect {
    }

    /** Keeps the value for the calling thread until it is removed ({@code ThreadLocal.set}). */
    record KeepsForThread(Args args) implements Effect {
    }

    /** Removes the calling thread's value ({@code ThreadLocal.remove}). */
    record ClearsForThread() implements Effect {
    }

    /** Keeps the argument until the JVM exits ({@code Runtime.addShutdownHook}). */
    record KeepsUntilExit(Args args) implements Effect {
    }

    /**
     * Keeps argument {@code value} strongly for as long as argument {@code key} is otherwise reachable, holding the key
     * itself only weakly or phantomly ({@code Cleaner.register(obj, action)}: the Cleaner's thread keeps the action
     * until the object becomes phantom reachable, then runs it). Like a weak map's put: a value that reaches its key
     * keeps the key, and itself, forever.
     */
    record KeepsUntilCollected(int key, int value) implements Effect {
    }

    /**
     * The result belongs to the class loader of the receiver or of an argument, and so reaches it: a member or an
     * instance of the receiver class ({@code getDeclaredMethods()}, {@code newInstance()}), an object's class
     * ({@code getClass()}), a class's defining loader ({@code getClassLoader()}); every class, member and instance
     * reaches its loader, and a loader keeps every class it defined.
     *
     * @param arg     the argument it shares the loader with, or {@link #RECEIVER}
     * @param certain false when it may belong to another loader instead (a parent's, through delegation:
     *                {@code loadClass}; an inherited member: {@code getMethods()}): partial evidence
     */
    record SameLoader(int arg, boolean certain) implements Effect {
        public static final int RECEIVER = -1;
    }

    /** Undoes a keep of this argument ({@code removeShutdownHook}). */
    record Releases(Args args) implements Effect {
    }

    /** Undoes every keep of the receiver ({@code Timer.cancel()}, {@code Future.cancel}). */
    record ReleasesAll() implements Effect {
    }

    /** Asks for a full garbage collection. */
    record Gc() implements Effect {
    }

    /**
     * Returns only when argument {@code args} names something that exists, and throws otherwise: a lookup by name
     * ({@code Charset.forName}, {@code MessageDigest.getInstance}, {@code Class.forName}). A value that passed it
     * is one of a finite set.
     */
    record Validates(Args args) implements Effect {
    }

    /** Reads the clock: the code around it measures time. */
    record Clock() implements Effect {
    }

    // ------------------------------------------------------------------ what the created or built object is

    /** The object this row creates or builds has the trait ({@code weak-keys}, {@code bounded}, ...). */
    record Has(Trait trait) implements Effect {
    }

    /** A subclass (named or anonymous) that overrides this method has the trait ({@code removeEldestEntry}: bounded). */
    record IfOverridden(Trait trait) implements Effect {
    }
}
