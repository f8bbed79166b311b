// A double-brace map created in an instance method (its anonymous subclass holds the outer instance) is stored in a static field.
import java.util.HashMap;
import java.util.Map;

class DoubleBraceInInstanceMethod {
    static Map<String, Integer> defaults;

    void init() {
        // expect: CapturedOuterInstance
        defaults = new HashMap<>() {{
            put("a", 1);
        }};
    }
}
