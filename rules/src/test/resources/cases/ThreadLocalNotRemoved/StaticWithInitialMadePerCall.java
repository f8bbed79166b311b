// Negative: the owner is made per call, but its ThreadLocal is static: one ThreadLocal for all instances, and a
// withInitial cache object is a per-thread cache.
class StaticWithInitialMadePerCall {
    static final class Scratch {
        final int[] cells = new int[256];
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);
    private final int seed;

    StaticWithInitialMadePerCall(int seed) {
        this.seed = seed;
    }

    int compute() {
        return SCRATCH.get().cells[seed & 255];
    }

    static int handle(int seed) {
        return new StaticWithInitialMadePerCall(seed).compute();
    }
}
