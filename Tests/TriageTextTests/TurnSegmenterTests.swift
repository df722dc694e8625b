import Foundation
import Testing
import TriageText

@Suite struct TurnSegmenterTests {
    @Test func dialogSumTagsStartTurns() {
        let text = "#Person1#: Hello, how are you?\n#Person2#: Not great.\nMy card is blocked.\n#Person1#: Sorry!"
        let turns = TurnSegmenter().turns(in: text)
        #expect(turns.map(\.speaker) == ["#Person1#", "#Person2#", "#Person1#"])
        #expect(turns.map(\.text) == ["Hello, how are you?", "Not great.\nMy card is blocked.", "Sorry!"])
        let bytes = Array(text.utf8)
        for turn in turns { #expect(String(decoding: bytes[turn.utf8Range], as: UTF8.self) == turn.text) }
        #expect(turns[0].utf8Range == 11..<30)
    }

    @Test func namedSpeakersNeedARoleOrToRecur() {
        let text = """
            Welcome to chat support
            Ana Lima: my card was charged twice
            Agent: Sorry to hear that.
            Note: this is the order A-55812
            Ana Lima: still waiting
            Visit https://acme.com at 10:30
            """
        let turns = TurnSegmenter().turns(in: text)
        #expect(turns.map(\.speaker) == [nil, "Ana Lima", "Agent", "Ana Lima"])
        #expect(turns[2].text == "Sorry to hear that.\nNote: this is the order A-55812")
        #expect(turns[3].text == "still waiting\nVisit https://acme.com at 10:30")
    }

    @Test func emptyInputsAndEmptyTurns() {
        #expect(TurnSegmenter().turns(in: "").isEmpty)
        #expect(TurnSegmenter().turns(in: "#Person1#:\n#Person2#: hi").map(\.text) == ["hi"])
        #expect(TurnSegmenter().turns(in: "no tags here").map(\.speaker) == [nil])
    }

    @Test func everyDialogSumDialogueSplitsIntoTaggedTurns() throws {
        guard let url = SharedData.url("dialogsum/dev.jsonl") else { return }
        var dialogues = 0
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let dialogue = try #require(object?["dialogue"] as? String)
            let turns = TurnSegmenter().turns(in: dialogue)
            let taggedLines = dialogue.split(separator: "\n").filter { $0.hasPrefix("#Person") }.count
            #expect(turns.count <= taggedLines)
            #expect(turns.count >= taggedLines - 2)
            #expect(turns.allSatisfy { $0.speaker?.hasPrefix("#Person") == true })
            dialogues += 1
        }
        #expect(dialogues == 500)
    }
}
