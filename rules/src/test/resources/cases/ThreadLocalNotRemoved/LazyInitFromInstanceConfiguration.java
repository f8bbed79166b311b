// Negative: the lazily set parser is built from the owner's configuration, not from the call's inputs: a per-thread
// cache, although the method that fills it has parameters.
final class LazyInitFromInstanceConfiguration {
    static final class Config {
        final int depth;

        Config(int depth) {
            this.depth = depth;
        }
    }

    static final class Parser {
        final Config config;

        Parser(Config config) {
            this.config = config;
        }

        int parse(String text) {
            return Math.min(text.length(), config.depth);
        }
    }

    static final LazyInitFromInstanceConfiguration INSTANCE = new LazyInitFromInstanceConfiguration(new Config(8));

    private static final ThreadLocal<Parser> PARSER = new ThreadLocal<>();
    private final Config config;

    private LazyInitFromInstanceConfiguration(Config config) {
        this.config = config;
    }

    int parse(String text) {
        if (PARSER.get() == null) {
            PARSER.set(new Parser(config));
        }
        return PARSER.get().parse(text);
    }
}
