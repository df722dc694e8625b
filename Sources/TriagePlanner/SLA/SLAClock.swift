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
        func dueDate(_ duration: BusinessDuration) -> Date {
            calendar.adding(duration, to: arrival)
                ?? arrival.addingTimeInterval(TimeInterval(duration.minutes(workingDayMinutes: 1440) * 60))
        }
        return Decision.SLA(firstResponseDue: dueDate(targets.firstResponse), resolutionDue: dueDate(targets.resolution))
    }
}
