import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// Calls that look like registrations but keep nothing of the caller: a decorator handing its caller's listener to the
// object it wraps (the caller owns that registration), a keyed registry whose publish replaces the previous entry,
// and a notification that only calls the listener back. None is a finding.
class DecoratorAndPublishAreNotRegistrations {
    interface Listener {
        void changed(Object event);
    }

    static final class Bus {
        private final List<Listener> listeners = new ArrayList<>();

        void addListener(Listener l) {
            listeners.add(l);
        }

        void removeListener(Listener l) {
            listeners.remove(l);
        }
    }

    static final class LoggingBus {
        private final Bus inner;

        LoggingBus(Bus inner) {
            this.inner = inner;
        }

        void addListener(Listener l) {
            System.out.println("adding " + l);
            inner.addListener(l);
        }
    }

    static final class StatusBoard {
        private final Map<String, Object> latest = new HashMap<>();

        void publish(String topic, Object status) {
            latest.put(topic, status);
        }
    }

    static final class Worker {
        Worker(StatusBoard board) {
            board.publish("worker", this);
        }
    }

    static final class Announcer {
        void announce(Listener l) {
            l.changed("ready");
        }
    }

    static final class Greeter implements Listener {
        Greeter(Announcer announcer) {
            announcer.announce(this);
        }

        @Override
        public void changed(Object event) {
        }
    }
}
