import java.util.ArrayList;
import java.util.List;

// Positive: a project registry with an unregistration method, handed to the owner's constructor (a shared service);
// the owner registers a lambda using this and never unregisters.
class ProjectRegistryGivenByConstructor {
    static final class Registry {
        private final List<Runnable> hooks = new ArrayList<>();

        void onReload(Runnable hook) {
            hooks.add(hook);
        }

        void removeReload(Runnable hook) {
            hooks.remove(hook);
        }
    }

    static final class Cache {
        private final Registry registry;
        private int entries;

        Cache(Registry registry) {
            this.registry = registry;
        }

        void start() {
            // expect: ListenerNeverRemoved warning
            registry.onReload(() -> entries = 0);
        }
    }
}
