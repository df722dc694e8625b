import Testing
import TriagePlanner
