// Negative: per-thread caches set only after get() returned null, in both the local-variable and the inline shape.
class LazyInitAfterNullGet {
    static final class Parser {
        int parse(String text) {
            return text.length();
        }
    }

    static final class Scratch {
        final int[] cells = new int[64];
    }

    private static final ThreadLocal<Parser> PARSER = new ThreadLocal<>();
    private static final ThreadLocal<Scratch> SCRATCH = new ThreadLocal<>();

    static Parser parser() {
        Parser p = PARSER.get();
        if (p == null) {
            p = new Parser();
            PARSER.set(p);
        }
        return p;
    }

    static Scratch scratch() {
        if (SCRATCH.get() == null) {
            SCRATCH.set(new Scratch());
        }
        return SCRATCH.get();
    }
}
