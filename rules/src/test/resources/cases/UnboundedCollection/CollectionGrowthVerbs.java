import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.Stack;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;

// Every collection growth verb: add, addAll, addFirst, addLast, offer, push.
class CollectionGrowthVerbs {
    // expect: UnboundedCollection
    private static final List<String> LOG = new ArrayList<>();
    // expect: UnboundedCollection
    private static final Set<String> KNOWN = new TreeSet<>();
    // expect: UnboundedCollection
    private static final Deque<String> RECENT = new ArrayDeque<>();
    // expect: UnboundedCollection
    private static final LinkedList<String> HISTORY = new LinkedList<>();
    // expect: UnboundedCollection
    private static final Queue<String> EVENTS = new ConcurrentLinkedQueue<>();
    // expect: UnboundedCollection
    private static final Stack<String> TRAIL = new Stack<>();

    static void log(String line) {
        LOG.add(line);
    }

    static void learn(Collection<String> words) {
        KNOWN.addAll(words);
    }

    static void touch(String item) {
        RECENT.addFirst(item);
    }

    static void record(String item) {
        HISTORY.addLast(item);
    }

    static void publish(String event) {
        EVENTS.offer(event);
    }

    static void enter(String frame) {
        TRAIL.push(frame);
    }

    static int total() {
        return LOG.size() + KNOWN.size() + RECENT.size() + HISTORY.size() + EVENTS.size() + TRAIL.size();
    }
}
