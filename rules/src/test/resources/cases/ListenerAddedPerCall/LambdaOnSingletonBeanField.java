// Positive: a singleton bean's own PropertyChangeSupport gets a new lambda on every watch() call: the bean lives as
// long as the application, so its listener list only grows.
import java.beans.PropertyChangeSupport;
import org.springframework.stereotype.Service;

@Service
class LambdaOnSingletonBeanField {
    private final PropertyChangeSupport changes = new PropertyChangeSupport(this);

    void watch(String key) {
        // expect: ListenerAddedPerCall warning
        changes.addPropertyChangeListener(key, e -> System.out.println(key + " changed"));
    }

    void set(String key, Object value) {
        changes.firePropertyChange(key, null, value);
    }
}
