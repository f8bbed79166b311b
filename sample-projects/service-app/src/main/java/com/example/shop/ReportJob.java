package com.example.shop;

import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * LEAK (ListenerNeverRemoved): a prototype bean (a new one per report) registers itself with the singleton JobEvents
 * and never unregisters: the singleton keeps every ReportJob, and its rows, alive.
 */
@Component
@Scope("prototype")
public class ReportJob implements JobEvents.Listener {
    private final JobEvents events;
    private final StringBuilder rows = new StringBuilder();

    public ReportJob(JobEvents events) {
        this.events = events;
    }

    public void run(String name) {
        events.addListener(this);
        rows.append(name);
    }

    @Override
    public void finished(String job) {
        rows.append(job);
    }
}
