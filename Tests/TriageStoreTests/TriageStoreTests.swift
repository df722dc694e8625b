import Testing
import TriageStore
