// Negative: values built from a String or number field of the key copy data but do not refer to the key itself.
import java.util.Map;
import java.util.WeakHashMap;

class KeyFieldCopied {
    static final class User {
        final String name;
        final long id;

        User(String name, long id) {
            this.name = name;
            this.id = id;
        }
    }

    static final class Badge {
        final String text;

        Badge(String text) {
            this.text = text;
        }
    }

    private final Map<User, Badge> badges = new WeakHashMap<>();
    private final Map<User, Long> ids = new WeakHashMap<>();
    private final Map<User, String> names = new WeakHashMap<>();

    void index(User user) {
        badges.put(user, new Badge(user.name));
        ids.put(user, user.id);
        names.put(user, user.name);
    }
}
