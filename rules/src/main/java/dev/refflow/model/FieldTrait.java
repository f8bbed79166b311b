package dev.refflow.model;

/** What a field's initializer says about the container it holds. */
public enum FieldTrait {
    /** weak keys: {@code WeakHashMap}, a cache built with {@code weakKeys()} */
    WEAK_KEYS,
    /** entries can leave by themselves: {@code removeEldestEntry}, {@code maximumSize}, expiry, weak or soft values */
    BOUNDED,
    /** cannot be added to: {@code List.of}, {@code Collections.unmodifiable*}, Guava's immutable collections */
    IMMUTABLE,
    /** a ThreadLocal with an initial value: {@code withInitial}, an overridden {@code initialValue} */
    INITIAL_VALUE
}
