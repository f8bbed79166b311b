// Note: the container makes a RequestScoped bean for every request, which the code does not show: each one makes
// its own ThreadLocal. Partial evidence, so a note.
import org.springframework.web.context.annotation.RequestScope;

@RequestScope
class InstanceFieldInRequestScopedBean {
    static final class Cart {
        int items;
    }

    // expect: ThreadLocalNotRemoved note
    private final ThreadLocal<Cart> cart = ThreadLocal.withInitial(Cart::new);

    void add() {
        cart.get().items++;
    }
}
