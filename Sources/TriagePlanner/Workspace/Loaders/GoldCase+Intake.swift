import TriageTickets

extension GoldCase {
    /// The ticket the engine should see for this case: the raw e-mail read through e-mail intake when the case
    /// has one (with the stub ticket's id, customer and form fields carried over), otherwise the case's ticket.
    public var intakeTicket: Ticket {
        guard let raw = rawEmail else { return ticket }
        guard var parsed = try? EmailIntake.record(bytes: Array(raw.utf8), file: "gold:\(id)").get() else { return ticket }
        parsed.id = ticket.id
        if let customer = ticket.customer {
            var merged = parsed.customer ?? customer
            if let tier = customer.tier { merged.tier = tier }
            if let name = customer.name { merged.name = name }
            if let email = customer.email { merged.email = email }
            if let cid = customer.id { merged.id = cid }
            parsed.customer = merged
        }
        for (k, v) in ticket.fields { parsed.fields[k] = v }
        if let created = ticket.createdAt { parsed.createdAt = created }
        return parsed
    }
}
