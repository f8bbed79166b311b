import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

// Adds in a static initializer are initialization, not growth: the map is only read afterwards.
class FilledInStaticBlock {
    private static final Map<String, Integer> PORTS = new HashMap<>();
    private static final Set<String> SECURE = new HashSet<>();

    static {
        PORTS.put("http", 80);
        PORTS.put("https", 443);
        PORTS.put("ssh", 22);
        SECURE.add("https");
        SECURE.add("ssh");
    }

    static int port(String scheme) {
        Integer port = PORTS.get(scheme);
        return port == null ? -1 : port;
    }

    static boolean secure(String scheme) {
        return SECURE.contains(scheme);
    }
}
