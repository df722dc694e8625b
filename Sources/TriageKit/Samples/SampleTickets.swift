import TriageTickets

/// Bundled sample tickets, one of each kind of situation the engine meets (`triage demo` decides them).
public enum SampleTickets {
    public static let all: [Ticket] = [
        Ticket(
            id: "DEMO-1", channel: .chat, createdAt: "2026-11-30T10:05:00Z",
            customer: Customer(id: "C-1001", email: "lena.fischer@northwind-logistics.example", name: "Lena Fischer", tier: "standard"),
            messages: [Message(author: .customer, at: "2026-11-30T10:05:00Z",
                               text: "Hi! I forgot my password and the login page won't let me in. How do I reset it?")]),
        Ticket(
            id: "DEMO-2", channel: .email, createdAt: "2026-11-30T16:40:00Z", subject: "Where is my refund?",
            customer: Customer(id: "C-2040", email: "ap@brightpath-care.example", name: "Omar Haddad", tier: "premium"),
            messages: [Message(author: .customer, at: "2026-11-30T16:40:00Z",
                               text: "Hello, we cancelled two seats last week and were promised a refund, but nothing has arrived on our card yet. Can you check the status of the refund?")]),
        Ticket(
            id: "DEMO-3", channel: .email, createdAt: "2026-11-30T11:20:00Z", subject: "Refund for INV-204417",
            customer: Customer(id: "C-2040", email: "ap@brightpath-care.example", name: "Omar Haddad", tier: "premium"),
            messages: [Message(author: .customer, at: "2026-11-30T11:20:00Z",
                               text: "Hi team, could you tell me the status of the refund for invoice INV-204417? It was approved on Monday.\n\nThanks,\nOmar")]),
        Ticket(
            id: "DEMO-4", channel: .email, createdAt: "2026-12-01T07:12:00Z", subject: "URGENT: Shiftwise is down for everyone",
            customer: Customer(id: "C-3300", email: "it@harbor-health.example", name: "Priya Nair", tier: "enterprise"),
            messages: [Message(author: .customer, at: "2026-12-01T07:12:00Z",
                               text: "The web app has been returning 503 errors for the last 20 minutes and none of our 400 field technicians can see today's schedule. This is an outage for our whole company. Please escalate.")]),
        Ticket(
            id: "DEMO-5", channel: .chat, createdAt: "2026-11-30T13:00:00Z",
            messages: [Message(author: .customer, at: "2026-11-30T13:00:00Z",
                               text: "Can you recommend a good vegetarian lasagne recipe for twelve people?")]),
        Ticket(
            id: "DEMO-6", channel: .email, createdAt: "2026-11-30T09:30:00Z", subject: "Android app crashes when opening the schedule",
            customer: Customer(id: "C-5120", email: "ops@greenleaf-gardens.example", name: "Tom Becker", tier: "standard"),
            messages: [
                Message(author: .customer, at: "2026-11-30T09:30:00Z",
                        text: "Since this morning the Android app closes itself as soon as I tap on the Schedule tab. I already reinstalled it and restarted the phone. Expected: the weekly schedule opens. Actual: the app crashes back to the home screen."),
                Message(author: .agent, at: "2026-11-30T09:45:00Z",
                        text: "Thanks Tom, sorry about that. Which version of the app are you on? You can find it under Settings > About."),
            ]),
    ]
}
