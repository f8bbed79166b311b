package dev.refflow.model;

/**
 * Where the keys of a map (or the elements of a set) come from, as far as how many different ones there can be:
 * a map grows with the workload only when its keys do. Ordered from the most to the least bounded.
 */
public enum KeyDomain {
    /** the same value at every call: a literal, a static constant, a class literal's name */
    CONSTANT,
    /** one of a finite set fixed by the program or the platform: an enum, a Boolean, a Charset */
    FINITE,
    /** a name that a lookup which throws for unknown names accepted first ({@code Charset.forName(name)}) */
    VALIDATED,
    /** classes, their members or their names: finite per class loader, but each keeps its class loader */
    CLASS_METADATA,
    /** anything else: a parameter, input data, an id; it can take as many values as the workload brings */
    WORKLOAD;

    /** True when the keys cannot grow with the workload. */
    public boolean bounded() {
        return this != WORKLOAD;
    }

    /** The wider of two domains: a composite key is as open as its most open part. */
    public KeyDomain or(KeyDomain other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
