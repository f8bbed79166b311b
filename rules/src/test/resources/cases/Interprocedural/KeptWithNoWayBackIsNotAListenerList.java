import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

// Negative: project methods that keep what they are given but offer no way to take it back are not listener lists.
class KeptWithNoWayBackIsNotAListenerList {
    /** Runs each callback once, then drops it: a one-shot queue. */
    static final class Completion {
        private final Queue<Runnable> pending = new ArrayDeque<>();

        void registerCallback(Runnable callback) {
            pending.add(callback);
        }

        void complete() {
            Runnable next;
            while ((next = pending.poll()) != null) {
                next.run();
            }
        }
    }

    /** Builds a model: a parent gathers its children. */
    static final class Table {
        private final List<Column> columns = new ArrayList<>();

        void addColumn(Column column) {
            columns.add(column);
        }
    }

    static final class Column {
        private final Table table;

        Column(Table table) {
            this.table = table;
        }

        void attach() {
            table.addColumn(this);
        }
    }

    /** Double dispatch: the walker is handed the node it visits. */
    interface Walker {
        void visitNode(Node node);
    }

    static final class Collecting implements Walker {
        private final List<Node> seen = new ArrayList<>();

        @Override
        public void visitNode(Node node) {
            seen.add(node);
        }
    }

    static final class Node {
        private int visits;

        void accept(Walker walker) {
            visits++;
            walker.visitNode(this);
        }
    }

    private final Completion completion;
    private int done;

    KeptWithNoWayBackIsNotAListenerList(Completion completion) {
        this.completion = completion;
    }

    void whenDone() {
        completion.registerCallback(() -> done++);
    }
}
