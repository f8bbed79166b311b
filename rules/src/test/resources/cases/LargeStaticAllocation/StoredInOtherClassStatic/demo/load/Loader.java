package demo.load;

import demo.data.Holder;

// Stores a 2,000,000-int array (8 MB) into a static field of another class.
public final class Loader {
    private Loader() {
    }

    public static void load() {
        // expect: LargeStaticAllocation
        Holder.data = new int[2_000_000];
    }
}
