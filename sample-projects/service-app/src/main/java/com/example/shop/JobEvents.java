package com.example.shop;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** A singleton bean that tells listeners when a job finishes. */
@Component
public class JobEvents {
    public interface Listener {
        void finished(String job);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    public void finished(String job) {
        listeners.forEach(l -> l.finished(job));
    }
}
