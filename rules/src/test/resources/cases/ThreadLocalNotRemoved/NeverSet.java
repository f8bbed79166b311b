// Negative: a ThreadLocal that is only read (never set) holds nothing per call.
class NeverSet {
    static final ThreadLocal<String> OVERRIDE = new ThreadLocal<>();

    static String user(String fallback) {
        String override = OVERRIDE.get();
        return override != null ? override : fallback;
    }
}
