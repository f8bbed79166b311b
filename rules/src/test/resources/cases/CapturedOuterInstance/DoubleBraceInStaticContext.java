// Double-brace initializers in a static field initializer, a static block and a static method have no outer instance.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

class DoubleBraceInStaticContext {
    static final Map<String, Integer> LIMITS = new HashMap<>() {{
        put("users", 100);
        put("jobs", 10);
    }};
    static final Set<String> ROLES;
    static List<String> defaults;

    static {
        ROLES = new HashSet<>() {{
            add("admin");
        }};
    }

    static void reset() {
        defaults = new ArrayList<>() {{
            add("guest");
        }};
    }
}
