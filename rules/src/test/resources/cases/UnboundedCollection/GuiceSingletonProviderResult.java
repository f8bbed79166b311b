// Positive: a Guice @Provides @Singleton method returns the tracker, whose list grows per visit. The interface the
// method declares is not the root: the object it makes is.
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

interface Tracker {
    void visit(String page);
}

class ListTracker implements Tracker {
    // expect: UnboundedCollection warning
    private final List<String> visits = new ArrayList<>();

    @Override
    public void visit(String page) {
        visits.add(page + System.nanoTime());
    }
}

class GuiceSingletonProviderResult {
    @Provides
    @Singleton
    Tracker tracker() {
        return new ListTracker();
    }
}
