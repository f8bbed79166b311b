package com.example.shop;

import java.beans.PropertyChangeSupport;
import org.springframework.stereotype.Service;

/**
 * LEAK (ListenerAddedPerCall): every audited order adds a new listener to the singleton's own change support, and
 * nothing removes it: the listener list, and every order the lambdas captured, grows per call.
 */
@Service
public class AuditTrail {
    private final PropertyChangeSupport changes = new PropertyChangeSupport(this);

    public void audit(Order order) {
        changes.addPropertyChangeListener("status", e -> System.out.println(order.id() + " is " + e.getNewValue()));
        changes.firePropertyChange("status", null, "audited");
    }
}
