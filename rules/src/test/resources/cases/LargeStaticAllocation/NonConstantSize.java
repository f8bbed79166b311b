// A size from a static that is not final and is changed at run time is not a constant: unknown size, no finding.
class NonConstantSize {
    private static int capacity = 1_000_000;
    private static int[] slots;

    static void configure(int newCapacity) {
        capacity = newCapacity;
    }

    static void allocate() {
        slots = new int[capacity];
    }

    static int free() {
        return slots.length;
    }
}
