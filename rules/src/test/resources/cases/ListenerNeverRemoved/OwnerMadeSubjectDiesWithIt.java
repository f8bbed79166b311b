import java.util.ArrayList;
import java.util.List;

// Negative: the subject is the owner's own, made in its field initializer or constructor; whatever it keeps dies with
// the owner, so registering this with it never outlives the owner.
class OwnerMadeSubjectDiesWithIt {
    interface Listener {
        void changed();
    }

    static final class Model {
        private final List<Listener> listeners = new ArrayList<>();

        void addListener(Listener l) {
            listeners.add(l);
        }

        void removeListener(Listener l) {
            listeners.remove(l);
        }
    }

    static final class Editor implements Listener {
        private final Model model = new Model();
        private final Model history;
        private int changes;

        Editor() {
            this.history = new Model();
            model.addListener(this);
            history.addListener(() -> changes++);
        }

        @Override
        public void changed() {
            changes++;
        }
    }
}
