import Foundation
import Testing
import TriageEvaluation
import TriageText

/// Banking77-sized synthetic predictions: 77 intents, 40 rows each, errors concentrated on neighbour pairs.
func banking77SizedReport() -> ClassificationReport {
    var rng = SplitMix64(seed: 77)
    let labels = (0..<77).map { String(format: "intent_%02d_%@", $0, ["card", "transfer", "top_up", "pin", "refund", "exchange", "cash"][$0 % 7]) }
    var gold: [String] = [], predicted: [String] = [], confidence: [Double] = []
    for (i, label) in labels.enumerated() {
        for _ in 0..<40 {
            let r = rng.nextUnit()
            let p = r < 0.86 ? i : (r < 0.95 ? (i + 7) % 77 : Int(rng.next() % 77))
            gold.append(label)
            predicted.append(labels[p])
            confidence.append(p == i ? 0.55 + 0.45 * rng.nextUnit() : 0.2 + 0.6 * rng.nextUnit())
        }
    }
    return ClassificationReport(gold: gold, predicted: predicted, confidence: confidence)
}

@Suite struct HTMLReportTests {
    @Test func pageIsSelfContainedWithEveryChart() {
        let html = HTMLReport(title: "Banking77-sized", subtitle: "synthetic", classification: banking77SizedReport(),
                              decisions: DecisionMetrics(cases: DecisionMetricsTests.cases)).render()
        for chart in ["Confusion heatmap", "Reliability diagram", "Risk–coverage curve", "Decision breakdown", "Largest confusions"] {
            #expect(html.contains("aria-label=\"\(chart)\""), "missing \(chart)")
        }
        #expect(html.contains("<table>") && html.contains("confused with"))
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("href=\"http") && !html.contains("@import"))
        // Top-confusions view: 30 labels drawn, so 30 row labels in the heatmap.
        #expect(html.contains("30 of 77 intents"))
        #expect(html == HTMLReport(title: "Banking77-sized", subtitle: "synthetic", classification: banking77SizedReport(),
                                   decisions: DecisionMetrics(cases: DecisionMetricsTests.cases)).render())
    }

    @Test func headlessChromiumScreenshotShowsCharts() throws {
        let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let chromium else {
            print("SKIP headlessChromiumScreenshotShowsCharts: chromium not installed (apt-get install chromium)")
            return
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("triage-eval-report")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let page = dir.appendingPathComponent("report.html"), blankPage = dir.appendingPathComponent("blank.html")
        try HTMLReport(title: "Banking77-sized evaluation", subtitle: "77 intents · 3,080 synthetic rows · 6 decision cases",
                       classification: banking77SizedReport(), decisions: DecisionMetrics(cases: DecisionMetricsTests.cases)).write(to: page)
        try Data("<!DOCTYPE html><html><body></body></html>".utf8).write(to: blankPage)
        let shot = dir.appendingPathComponent("report.png"), blankShot = dir.appendingPathComponent("blank.png")
        for (input, output) in [(page, shot), (blankPage, blankShot)] {
            try? FileManager.default.removeItem(at: output)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: chromium)
            p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--screenshot=\(output.path)",
                           "--window-size=1400,2000", input.absoluteString]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
        }
        let size = try #require(try FileManager.default.attributesOfItem(atPath: shot.path)[.size] as? Int)
        let blank = try #require(try FileManager.default.attributesOfItem(atPath: blankShot.path)[.size] as? Int)
        print("report screenshot: \(shot.path) (\(size) bytes; blank page \(blank) bytes)")
        let png = try Data(contentsOf: shot)
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // A blank 1400×2000 page compresses to ~13 KB; charts, text and a heatmap make it many times larger.
        #expect(size > 8 * blank && size > 60_000)
    }
}
