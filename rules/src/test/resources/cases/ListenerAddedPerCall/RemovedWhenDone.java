// Negative: the listener added per call is kept and removed again when the call is done.
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

class RemovedWhenDone {
    private static final PropertyChangeSupport SUPPORT = new PropertyChangeSupport(RemovedWhenDone.class);

    static void during(String label, Runnable work) {
        PropertyChangeListener l = e -> System.out.println(label);
        SUPPORT.addPropertyChangeListener(l);
        try {
            work.run();
        } finally {
            SUPPORT.removePropertyChangeListener(l);
        }
    }
}
