// Registrations bound to an explicitly supplied lifecycle owner or lifecycle are released by it: not findings.
import java.util.function.Consumer;

class LifecycleOwnerArgument {
    interface LifecycleOwner {
    }

    interface Lifecycle {
    }

    interface Observer<T> {
        void onChanged(T value);
    }

    interface LiveData<T> {
        void observe(LifecycleOwner owner, Observer<T> observer);
    }

    interface EventStream {
        void subscribe(LifecycleOwner owner, Consumer<String> handler);
    }

    interface Registry {
        void register(Lifecycle lifecycle, Object subscriber);
    }

    static class ProfileScreen {
        private final LiveData<String> name;
        private final EventStream events;
        private final Registry registry;
        private String shown;

        ProfileScreen(LiveData<String> name, EventStream events, Registry registry) {
            this.name = name;
            this.events = events;
            this.registry = registry;
        }

        void bind(LifecycleOwner owner, Lifecycle lifecycle) {
            name.observe(owner, this::render);
            events.subscribe(owner, event -> render(event));
            registry.register(lifecycle, this);
        }

        private void render(String value) {
            shown = value;
        }
    }
}
