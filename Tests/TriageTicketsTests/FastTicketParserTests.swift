import Foundation
import Testing
import TriageTickets

/// The byte-level ticket reader gives exactly what `JSONDecoder` gives, or leaves the record to it.
@Suite struct FastTicketParserTests {
    static func slow(_ line: String) -> Ticket? {
        try? JSONDecoder().decode(Ticket.self, from: Data(line.utf8))
    }

    /// Records the fast reader must handle itself, each equal to the JSONDecoder result.
    static let handled: [String] = [
        #"{"id":"B-1","text":"Hi, none of our 12 locations can load the schedule."}"#,
        #"{"id":"B-2","channel":"email","created_at":"2026-10-07T02:27:00Z","subject":"seats","messages":[{"author":"customer","at":"2026-10-07T02:27:00Z","text":"Hi,\n\nI need more seats.\n\nThanks!"}],"fields":{"order_id":"A-28977"},"tags":[]}"#,
        #"{"id":"B-3","channel":"api","messages":[],"fields":{},"tags":["a","b"],"customer":{"id":"C-1","email":"u@example.com","tier":"enterprise","plan":{"seats":[true,null,"x"]}}}"#,
        #"  {"id" : "B-4" , "channel" : "E-Mail" , "priority" : "P1" , "defects" : ["x"] , "text" : "esc \"q\" \\ \/ \b\f\r\t \u00e9 \ud83d\ude00 \u0000 end" }  "#,
        #"{"id":"B-5","text":null,"subject":true,"created_at":null,"customer":null,"fields":null,"tags":null,"messages":null}"#,
        #"{"id":"B-6","messages":[{"author":"Support","text":null,"quoted":"> old","signature":"--\nBob","attachments":["a.png"],"html":true,"id":"m1","lang":"de"},{"author":null,"html":null}],"text":"also in extras"}"#,
        #"{"id":"B-7","fields":{"plan":"pro","paid":false,"note":null},"zzz":{"deep":[[["x"]]]},"ünïcode key":"välue ✓"}"#,
        #"{"id":"B-8","channel":null,"priority":null,"text":"\u2028line\u2029"}"#,
        "{\"id\":\"B-9\",\"text\":\"tab\\tand raw unicode 日本語 and DEL \u{7F}\"}",
        #"{"text":"before id","id":"B-10","created_at":"2026-01-01T00:00:00Z"}"#,
    ]

    /// Records left to JSONDecoder (numbers, errors, duplicates, oddities): the reader must say `nil`.
    static let leftToDecoder: [String] = [
        #"{"id":12,"text":"numeric id"}"#,
        #"{"id":"N-2","fields":{"count":3}}"#,
        #"{"id":"N-3","extra":{"k":1.5}}"#,
        #"{"id":"N-4","id":"again"}"#,
        #"{"id":"N-5","messages":[{"author":"martian","text":"x"}]}"#,
        #"{"id":"N-6","priority":"whenever"}"#,
        #"{"id":"N-7","text":"raw"} trailing"#,
        #"{"id":"N-8","text":"bad \x escape"}"#,
        #"{"id":"N-9","text":"lone \udc00 surrogate"}"#,
        #"{"text":"no id"}"#,
        #"{"id":null}"#,
        #"["not an object"]"#,
        #"{"id":"N-13","tags":["a",null]}"#,
        #"{"id":"N-14","text":"unterminated}"#,
        "{\"id\":\"N-15\",\"text\":\"raw\nnewline\"}",
        #"{"id":"N-16","customer":"C-1"}"#,
        #"{"id":"N-17","html":"yes","messages":[{"html":"yes","text":"x"}]}"#,
        #"{"id":"N-18","a":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["deep"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"#,
        "",
        "{}",
    ]

    @Test func handledRecordsEqualJSONDecoder() throws {
        for line in Self.handled {
            let fast = FastTicketParser.ticket(Array(line.utf8))
            let slow = try #require(Self.slow(line), "JSONDecoder rejects \(line)")
            #expect(fast == slow, "\(line)")
        }
    }

    @Test func unusualRecordsAreLeftToJSONDecoder() {
        for line in Self.leftToDecoder {
            #expect(FastTicketParser.ticket(Array(line.utf8)) == nil, "\(line)")
        }
    }

    /// Every record of the default workspace's prior tickets and gold set: handled, and equal.
    @Test func corpusRecordsEqualJSONDecoder() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Corpus")
        let text = try String(contentsOf: corpus.appendingPathComponent("tickets/prior.jsonl"), encoding: .utf8)
        var count = 0
        for line in text.split(separator: "\n") where !line.isEmpty {
            let fast = FastTicketParser.ticket(Array(line.utf8))
            #expect(fast != nil && fast == Self.slow(String(line)), "\(line.prefix(80))")
            count += 1
        }
        #expect(count >= 300)
    }

    /// The string reader skips plain bytes eight at a time: an escape, a quote or a control byte at every
    /// position of texts up to three words long is found exactly where JSONDecoder finds it.
    @Test(arguments: [#"\n"#, #"\""#, #"\\"#, #"\u00e9"#, "\u{01}", "\u{7F}", "é", #"\"#])
    func specialBytesAtEveryPosition(_ special: String) {
        for length in 0...24 {
            for position in 0...length {
                let text = String(repeating: "a", count: position) + special + String(repeating: "b", count: length - position)
                let line = #"{"id":"P-1","text":""# + text + #""}"#
                let fast = FastTicketParser.ticket(Array(line.utf8))
                #expect(fast == Self.slow(line), "\(line)")
            }
        }
    }

    /// Random byte damage to real records never makes the two readers disagree.
    @Test func damagedRecordsNeverDisagree() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            seed &+= 0x9E37_79B9_7F4A_7C15
            var z = seed
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let alphabet = Array(#"{}[]:,"\ nul0123456789tfeu"#.utf8)
        for base in Self.handled {
            for _ in 0..<200 {
                var bytes = Array(base.utf8)
                let edits = 1 + Int(next() % 3)
                for _ in 0..<edits where !bytes.isEmpty {
                    let at = Int(next() % UInt64(bytes.count))
                    let b = alphabet[Int(next() % UInt64(alphabet.count))]
                    switch next() % 3 {
                    case 0: bytes[at] = b
                    case 1: bytes.insert(b, at: at)
                    default: bytes.remove(at: at)
                    }
                }
                guard String(validating: bytes, as: UTF8.self) != nil else { continue }
                if let fast = FastTicketParser.ticket(bytes) {
                    let slow = try? JSONDecoder().decode(Ticket.self, from: Data(bytes))
                    #expect(fast == slow, "\(String(decoding: bytes, as: UTF8.self))")
                }
            }
        }
    }
}
