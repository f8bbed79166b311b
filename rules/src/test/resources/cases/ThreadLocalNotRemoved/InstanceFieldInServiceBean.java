// Negative: an instance ThreadLocal in a Spring @Service: a singleton-scoped bean, made once by the container, so
// one ThreadLocal for the application's life, however often its methods run.
import org.springframework.stereotype.Service;

@Service
class InstanceFieldInServiceBean {
    static final class Scratch {
        final StringBuilder text = new StringBuilder();
    }

    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    String render(String name) {
        Scratch s = scratch.get();
        s.text.setLength(0);
        return s.text.append("hello ").append(name).toString();
    }
}
