// JDK PropertyChangeSupport: `this` is added as a PropertyChangeListener to a parameter and never removed.
// The support object is a parameter: how long it lives is the caller's business, so a note.
import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

class PropertyChangeSupportParameter implements PropertyChangeListener {
    private int changes;

    void bind(PropertyChangeSupport support) {
        // expect: ListenerNeverRemoved note
        support.addPropertyChangeListener(this);
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
        changes++;
    }
}
