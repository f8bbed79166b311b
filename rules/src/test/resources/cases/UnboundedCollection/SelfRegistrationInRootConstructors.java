// Negative: each checker registers itself in a static map from the constructor of their abstract base; every
// subclass is a singleton bean, so the constructor runs once per bean: the map holds one entry per bean class.
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

abstract class SelfRegistrationInRootConstructors {
    private static final Map<String, SelfRegistrationInRootConstructors> CHECKERS = new ConcurrentHashMap<>();

    protected SelfRegistrationInRootConstructors() {
        CHECKERS.put(getClass().getSimpleName() + System.nanoTime(), this);
    }

    static SelfRegistrationInRootConstructors find(String name) {
        return CHECKERS.get(name);
    }
}

@Service
class DiskChecker extends SelfRegistrationInRootConstructors {
}

@Service
class NetworkChecker extends SelfRegistrationInRootConstructors {
}
