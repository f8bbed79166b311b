// Listeners added to a model that the same method creates (with new, also through var) cannot outlive the listener.
import java.util.ArrayList;
import java.util.List;

class ObjectCreatedInSameMethod {
    interface ChangeListener {
        void changed();
    }

    static class Model {
        private final List<ChangeListener> listeners = new ArrayList<>();

        void addChangeListener(ChangeListener listener) {
            listeners.add(listener);
        }

        void load() {
            for (ChangeListener listener : listeners) {
                listener.changed();
            }
        }
    }

    static class Loader implements ChangeListener {
        private int changes;

        int loadOnce() {
            Model model = new Model();
            model.addChangeListener(this);
            model.load();
            return changes;
        }

        int loadWithVar() {
            var model = new Model();
            model.addChangeListener(() -> changes++);
            model.load();
            return changes;
        }

        @Override
        public void changed() {
            changes++;
        }
    }
}
