// Negative: a singleton bean registers its handlers in a @PostConstruct step and a start() step: once each.
import com.google.common.eventbus.EventBus;
import jakarta.annotation.PostConstruct;
import org.springframework.stereotype.Service;

@Service
class RegisteredInPostConstruct {
    private final EventBus bus = new EventBus();

    static final class Handler {
    }

    @PostConstruct
    void wire() {
        bus.register(new Handler());
    }

    void start() {
        bus.register(new Handler());
    }
}
