package com.example.shop;

import java.beans.PropertyChangeSupport;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Service;

/** FIXED twin of AuditTrail: one listener, registered as the bean starts; the event carries the order. */
@Service
public class FixedAuditTrail implements InitializingBean {
    private final PropertyChangeSupport changes = new PropertyChangeSupport(this);

    @Override
    public void afterPropertiesSet() {
        changes.addPropertyChangeListener("status", e -> System.out.println(e.getNewValue()));
    }

    public void audit(Order order) {
        changes.firePropertyChange("status", null, order.id() + " audited");
    }
}
