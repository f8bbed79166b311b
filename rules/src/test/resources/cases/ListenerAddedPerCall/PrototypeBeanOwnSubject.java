// Negative: a prototype-scoped bean's own support: a new bean (and support) per use, so the list dies with it.
import java.beans.PropertyChangeSupport;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

@Component
@Scope("prototype")
class PrototypeBeanOwnSubject {
    private final PropertyChangeSupport support = new PropertyChangeSupport(this);

    void watch(String key) {
        support.addPropertyChangeListener(key, e -> System.out.println(key));
    }
}
