// Negative: the project method hands the new bean to a library registry; the class calls the matching
// unregisterBean when leadership ends, so the registration is undone.
import java.util.ArrayList;
import java.util.List;

final class BeanRegistry {
    private static final BeanRegistry INSTANCE = new BeanRegistry();
    private final List<Object> beans = new ArrayList<>();

    private BeanRegistry() {
    }

    static BeanRegistry get() {
        return INSTANCE;
    }

    void register(Object bean) {
        beans.add(bean);
    }

    void unregister(Object bean) {
        beans.remove(bean);
    }
}

class ServerBeans {
    private Object current;

    void registerBean(Object bean) {
        current = bean;
        BeanRegistry.get().register(bean);
    }

    void unregisterBean() {
        BeanRegistry.get().unregister(current);
    }
}

class UndoneByNamedProjectCall {
    private static final ServerBeans BEANS = new ServerBeans();

    static final class LeaderBean {
    }

    void lead() {
        BEANS.registerBean(new LeaderBean());
        try {
            System.out.println("leading");
        } finally {
            BEANS.unregisterBean();
        }
    }
}
