// Positive: the dispatcher is a singleton because a @Bean method returns it; its own listener list grows per order.
import java.beans.PropertyChangeSupport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class BeanMethodSubject {
    @Bean
    Dispatcher dispatcher() {
        return new Dispatcher();
    }
}

class Dispatcher {
    private final PropertyChangeSupport support = new PropertyChangeSupport(this);

    void onOrder(String orderId) {
        // expect: ListenerAddedPerCall warning
        support.addPropertyChangeListener(e -> System.out.println(orderId + " " + e.getPropertyName()));
        support.firePropertyChange("order", null, orderId);
    }
}
