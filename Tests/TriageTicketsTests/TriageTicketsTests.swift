import Testing
import TriageTickets
