import Testing
import TriageSearch
