// Negative: a set after a null get() of an object built with no arguments is a per-thread cache, even in a method
// that has parameters.
class LazyInitNoArgCache {
    static final class Tokenizer {
        int count(String text) {
            return text.split(" ").length;
        }
    }

    private static final ThreadLocal<Tokenizer> TOKENIZER = new ThreadLocal<>();

    static int words(String text) {
        if (TOKENIZER.get() == null) {
            TOKENIZER.set(new Tokenizer());
        }
        return TOKENIZER.get().count(text);
    }
}
