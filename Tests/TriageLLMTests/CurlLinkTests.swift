import Testing
import TriageLLM

@Test func libcurlIsLinked() {
    #expect(CurlRuntime.version.hasPrefix("libcurl/"))
}
