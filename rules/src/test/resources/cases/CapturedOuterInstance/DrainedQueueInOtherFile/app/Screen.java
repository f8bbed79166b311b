// Offers `this::refresh` to another class's static queue, which is drained there: a transient hold.
package app;

public class Screen {
    private int refreshes;

    public void invalidate() {
        Dispatcher.QUEUE.offer(this::refresh);
    }

    private void refresh() {
        refreshes++;
    }
}
