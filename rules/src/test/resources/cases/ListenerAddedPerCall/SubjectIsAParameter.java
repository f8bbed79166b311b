// Negative: the subject is whatever the caller passes: how long it lives is the caller's business.
import java.beans.PropertyChangeSupport;

class SubjectIsAParameter {
    static void attach(PropertyChangeSupport support, String label) {
        support.addPropertyChangeListener(e -> System.out.println(label));
    }
}
