package com.example.shop;

import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/** FIXED twin of ReportJob: it unregisters when it is closed. */
@Component
@Scope("prototype")
public class ClosingReportJob implements JobEvents.Listener, AutoCloseable {
    private final JobEvents events;
    private final StringBuilder rows = new StringBuilder();

    public ClosingReportJob(JobEvents events) {
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

    @Override
    public void close() {
        events.removeListener(this);
    }
}
