package app.events;

import java.util.ArrayList;
import java.util.List;

// Positive (with Panel.java): the project's own bus keeps whatever joins it until it leaves.
public final class Bus {
    private final List<Object> members = new ArrayList<>();

    public void join(Object member) {
        members.add(member);
    }

    public void leave(Object member) {
        members.remove(member);
    }

    public void publish(Object event) {
        for (Object m : members) {
            System.out.println(m + " <- " + event);
        }
    }
}
