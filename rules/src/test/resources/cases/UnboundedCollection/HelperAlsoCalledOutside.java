import java.util.HashMap;
import java.util.Map;

// A private fill helper is initialization only while the static initializer is its only caller; here a public method calls it too.
class HelperAlsoCalledOutside {
    // expect: UnboundedCollection
    private static final Map<String, Integer> CODES = new HashMap<>();

    static {
        define("OK", 200);
        define("NOT_FOUND", 404);
    }

    private static void define(String name, int code) {
        CODES.put(name, code);
    }

    public static void custom(String name, int code) {
        define(name, code);
    }

    static Integer code(String name) {
        return CODES.get(name);
    }
}
