// Negative: the subject is made in the same call: it and its listener die together.
import java.beans.PropertyChangeSupport;

class SubjectMadePerCall {
    String render(String name) {
        PropertyChangeSupport local = new PropertyChangeSupport(this);
        StringBuilder out = new StringBuilder();
        local.addPropertyChangeListener(e -> out.append(e.getPropertyName()));
        local.firePropertyChange(name, 0, 1);
        return out.toString();
    }
}
