package demo.io;

import static demo.config.Sizes.MB;

import demo.config.Sizes;

// Static arrays sized by constants from another file, qualified and statically imported.
final class Pools {
    // expect: LargeStaticAllocation
    static final byte[] POOL = new byte[16 * Sizes.MB];
    // expect: LargeStaticAllocation
    private static final char[] TEXT = new char[4 * MB];
    private static final byte[] SMALL = new byte[4 * Sizes.KB];

    private Pools() {
    }

    static int first() {
        return POOL[0] + TEXT[0] + SMALL[0];
    }
}
