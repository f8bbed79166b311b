// JDK PropertyChangeSupport: `this` is added as a PropertyChangeListener to a parameter and never removed.
import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

class PropertyChangeSupportParameter implements PropertyChangeListener {
    private int changes;

    void bind(PropertyChangeSupport support) {
        // expect: ListenerNeverRemoved
        support.addPropertyChangeListener(this);
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
        changes++;
    }
}
