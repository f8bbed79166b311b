// Positive: the subject comes from a project getter that returns a static: every refresh adds one more listener.
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

final class Settings {
    private static final PropertyChangeSupport SUPPORT = new PropertyChangeSupport(Settings.class);

    private Settings() {
    }

    static PropertyChangeSupport support() {
        return SUPPORT;
    }
}

class SingletonGetterSubject {
    static final class Printer implements PropertyChangeListener {
        private final String label;

        Printer(String label) {
            this.label = label;
        }

        @Override
        public void propertyChange(java.beans.PropertyChangeEvent e) {
            System.out.println(label + e.getPropertyName());
        }
    }

    static void refresh(String label) {
        // expect: ListenerAddedPerCall warning
        Settings.support().addPropertyChangeListener(new Printer(label));
    }
}
