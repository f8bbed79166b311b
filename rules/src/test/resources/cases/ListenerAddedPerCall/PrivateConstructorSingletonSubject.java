// Positive: a singleton (private constructor, its own static final instance) adds a listener per tracked name to
// the support it owns: the support lives as long as the singleton, that is for good.
import java.beans.PropertyChangeSupport;

final class PrivateConstructorSingletonSubject {
    static final PrivateConstructorSingletonSubject INSTANCE = new PrivateConstructorSingletonSubject();

    private final PropertyChangeSupport support = new PropertyChangeSupport(this);

    private PrivateConstructorSingletonSubject() {
    }

    void track(String name) {
        // expect: ListenerAddedPerCall warning
        support.addPropertyChangeListener(name, evt -> System.out.println(name + evt.getNewValue()));
    }
}
