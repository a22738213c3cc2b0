package org.leavetracker.functions.testing;

import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.port.ChangePublisher;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.model.SettingsArea;

/** Subscribers nobody listens to: tests override the announcements they look at. */
public class SilentPublisher implements ChangePublisher {

    @Override
    public void leaveRequestChanged(LeaveRequestView request) {
    }

    @Override
    public void balanceChanged(Balance balance) {
    }

    @Override
    public void settingsChanged(String orgId, SettingsArea area) {
    }
}
