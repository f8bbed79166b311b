// Negative: a singleton bean publishes itself through a static for code the container does not reach: the instance
// the static keeps is the one that lives as long as the application anyway.
import org.springframework.stereotype.Service;

@Service
class SingletonBeanPublishesItself {
    private static SingletonBeanPublishesItself instance;

    SingletonBeanPublishesItself() {
        instance = this;
    }

    static SingletonBeanPublishesItself get() {
        return instance;
    }
}
