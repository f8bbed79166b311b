import java.util.ArrayList;
import java.util.List;

// Negative: the owner is a singleton (its class holds its one instance in a static field), or an enum: it lives as
// long as its class, so nothing it registers with can keep it alive longer.
class SingletonOwnerLivesAsLongAsAnything {
    interface Listener {
        void changed();
    }

    interface Bus {
        void addListener(Listener l);

        void removeListener(Listener l);
    }

    static final class Registry implements Listener {
        static final Registry INSTANCE = new Registry();
        private Bus bus;
        private int changes;

        private Registry() {
        }

        void connect(Bus bus) {
            this.bus = bus;
            bus.addListener(this);
        }

        @Override
        public void changed() {
            changes++;
        }
    }

    enum Mode implements Listener {
        ON, OFF;

        void watch(Bus bus) {
            bus.addListener(this);
        }

        @Override
        public void changed() {
        }
    }
}
