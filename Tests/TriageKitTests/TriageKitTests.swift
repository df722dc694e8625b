import Testing
import TriageKit
