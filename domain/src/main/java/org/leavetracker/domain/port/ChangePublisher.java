package org.leavetracker.domain.port;

import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.model.SettingsArea;

/**
 * Announces read-side changes to live subscribers (AppSync's IAM-only publish… mutations in the cloud, the local
 * runtime's subscription hub locally). Called after the read tables were updated, never by the write path.
 */
public interface ChangePublisher {

    void leaveRequestChanged(LeaveRequestView request);

    void balanceChanged(Balance balance);

    /** A part of the organization's set-up changed (its read items are written): open screens reload it. */
    void settingsChanged(String orgId, SettingsArea area);
}
