import Foundation

/// Computes a ticket's SLA due times from its intent's targets and the workspace's business hours.
public struct SLAClock: Sendable {
    /// The business calendar.
    public let calendar: BusinessCalendar

    public init(hours: BusinessHours) {
        self.calendar = BusinessCalendar(hours: hours)
    }

    /// Due times for a ticket that arrived at `arrival`.
    ///
    /// When the schedule has no opening (all days holidays), the targets are counted in plain hours instead.
    public func due(_ targets: SLATargets, arrival: Date) -> Decision.SLA {
        let workingDay = calendar.hours.workingDayMinutes
        // Both targets from one lookup of the opening after arrival.
        if let due = calendar.adding(minutes: [targets.firstResponse.minutes(workingDayMinutes: workingDay),
                                              targets.resolution.minutes(workingDayMinutes: workingDay)], to: arrival) {
            return Decision.SLA(firstResponseDue: due[0], resolutionDue: due[1])
        }
        func plain(_ duration: BusinessDuration) -> Date {
            arrival.addingTimeInterval(TimeInterval(duration.minutes(workingDayMinutes: 1440) * 60))
        }
        return Decision.SLA(firstResponseDue: plain(targets.firstResponse), resolutionDue: plain(targets.resolution))
    }
}
