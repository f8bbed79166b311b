// Calling on* callbacks of listeners (passing `this` as the event source) notifies them; it registers nothing.
import java.util.ArrayList;
import java.util.List;

class NotifyingListenersIsNotRegistering {
    interface ChangeListener {
        void onChanged(Object source);
    }

    interface DoneCallback {
        void onDone(Object source);
    }

    static class Model {
        private final List<ChangeListener> listeners = new ArrayList<>();
        private final DoneCallback callback;
        private int value;

        Model(DoneCallback callback) {
            this.callback = callback;
        }

        void addChangeListener(ChangeListener listener) {
            listeners.add(listener);
        }

        void removeChangeListener(ChangeListener listener) {
            listeners.remove(listener);
        }

        void set(int newValue) {
            value = newValue;
            for (ChangeListener listener : listeners) {
                listener.onChanged(this);
            }
        }

        void finish() {
            callback.onDone(this);
        }
    }
}
