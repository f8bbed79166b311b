package dev.refflow.model;

/** What a constructor does with one of its parameters, as far as keeping it is concerned. */
public sealed interface ParameterUse {
    ReadOnly READ_ONLY = new ReadOnly();
    Unknown UNKNOWN = new Unknown();
    KeptWeakly KEPT_WEAKLY = new KeptWeakly();

    /** Keeps it in a field of the new object. */
    record KeptInField(String field) implements ParameterUse {
    }

    /** Only reads from it: calls its methods, compares it, reads its fields. */
    record ReadOnly() implements ParameterUse {
    }

    /**
     * Hands it to another constructor of the same object: {@code super(...)} or {@code this(...)}.
     *
     * @param superclass true for {@code super(...)}, false for {@code this(...)}
     * @param index      the argument position there
     * @param arity      that constructor's parameter count
     */
    record Forwarded(boolean superclass, int index, int arity) implements ParameterUse {
    }

    /**
     * Keeps it only through a weak or soft reference in a field ({@code this.ref = new WeakReference<>(p)}): the new
     * object does not keep it alive.
     */
    record KeptWeakly() implements ParameterUse {
    }

    /** Passes it somewhere the model does not see. */
    record Unknown() implements ParameterUse {
    }
}
