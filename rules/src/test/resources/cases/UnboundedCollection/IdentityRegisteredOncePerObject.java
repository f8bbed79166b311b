import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

// "Once per object" bookkeeping by identity: the set remembers each object callers hand in, which pins them all
// (a note that suggests weak keys). An identity map keyed by an object made on every call grows per call: a
// warning.
class IdentityRegisteredOncePerObject {
    interface Plugin {
        void init();
    }

    static final class Token {
    }

    // expect: UnboundedCollection note
    private static final Set<Plugin> INITIALIZED = Collections.newSetFromMap(new IdentityHashMap<>());
    // expect: UnboundedCollection warning
    private static final Map<Token, String> ISSUED = new IdentityHashMap<>();

    static void ensureInitialized(Plugin plugin) {
        if (INITIALIZED.add(plugin)) {
            plugin.init();
        }
    }

    static Token issue(String owner) {
        Token t = new Token();
        ISSUED.put(t, owner.trim());
        return t;
    }
}
