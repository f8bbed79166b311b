package dev.refflow.model;

/**
 * Where in the referring object a reference is held: which tells why one object refers to another
 * ({@link #kind()}) and which removal or overwrite can drop it.
 */
public sealed interface Slot {
    Element ELEMENT = new Element();
    MapKey KEY = new MapKey();
    View VIEW = new View(false);
    View READ_ONLY_VIEW = new View(true);

    /** Why an object in this slot is referred to. */
    EdgeKind kind();

    /** An element of a collection or array. */
    record Element() implements Slot {
        @Override
        public EdgeKind kind() {
            return EdgeKind.CONTAINER;
        }
    }

    /** A key of a map. */
    record MapKey() implements Slot {
        @Override
        public EdgeKind kind() {
            return EdgeKind.CONTAINER;
        }
    }

    /**
     * The value of a map under one key: a put over the same key replaces it.
     *
     * @param key the key's constant text, or null when the key is not a constant (any put may be another key)
     */
    record MapValue(String key) implements Slot {
        @Override
        public EdgeKind kind() {
            return EdgeKind.CONTAINER;
        }
    }

    /** A field of an object of the project's own types. */
    record Field(String name) implements Slot {
        @Override
        public EdgeKind kind() {
            return EdgeKind.FIELD;
        }
    }

    /**
     * An argument given to a constructor the method does not see into: the project model knows whether that
     * constructor keeps it.
     *
     * @param index the argument's position
     * @param arity how many arguments the constructor takes
     */
    record ConstructorArgument(int index, int arity) implements Slot {
        @Override
        public EdgeKind kind() {
            return EdgeKind.OPAQUE;
        }
    }

    /**
     * A variable captured by a lambda, method reference, anonymous or local class instance.
     *
     * @param variable the local's name, or {@code this} for the enclosing instance
     */
    record Captured(String variable) implements Slot {
        public static final Captured THIS = new Captured("this");

        @Override
        public EdgeKind kind() {
            return EdgeKind.CAPTURE;
        }
    }

    /**
     * The object a view or wrapper is over ({@code keySet()}, {@code Collections.unmodifiableList}).
     *
     * @param readOnly true when the view cannot change what it is over ({@code Collections.unmodifiableList})
     */
    record View(boolean readOnly) implements Slot {
        @Override
        public EdgeKind kind() {
            return EdgeKind.VIEW;
        }
    }
}
