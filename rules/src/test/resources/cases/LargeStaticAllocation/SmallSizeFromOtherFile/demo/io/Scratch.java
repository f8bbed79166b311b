package demo.io;

import demo.config.Limits;

// Static arrays sized by small constants from another file: 4 KiB and 64 KiB are far below the threshold.
final class Scratch {
    static final byte[] PAGE = new byte[Limits.PAGE];
    static final int[] INDEX = new int[16 * Limits.KB];

    private Scratch() {
    }

    static int first() {
        return PAGE[0] + INDEX[0];
    }
}
