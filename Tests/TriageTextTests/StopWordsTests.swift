import Testing
import TriageText

@Suite struct StopWordsTests {
    @Test func listsFunctionWordsButNotNegationsOrQuestionWords() {
        let list = StopWords.english
        for word in ["the", "a", "my", "is", "was", "to", "and", "of", "it's", "i'm", "ve"] {
            #expect(list.contains(word), "\(word)")
        }
        for word in ["not", "no", "never", "nor", "none", "cannot", "can't", "don't", "won't", "isn't", "t",
                     "why", "how", "what", "when", "where", "still", "yet", "again", "up", "out", "off", "down",
                     "please", "refund", "card"] {
            #expect(!list.contains(word), "\(word)")
        }
    }

    @Test func listHasNoDuplicatesAndIsLowerCase() {
        #expect(StopWords.englishList.count == StopWords.english.count)
        #expect((150...200).contains(StopWords.english.count))
        for word in StopWords.englishList {
            #expect(word == word.lowercased())
        }
    }

    @Test func byteTableAgreesWithTheSet() {
        var probes = StopWords.englishList
        probes += ["", "thee", "th", "themselvesx", "yourselvesyourselves", "not", "i'", "ourselve", "A", "The"]
        for word in probes {
            var copy = word
            let inTable = copy.withUTF8 { StopWords.isEnglish($0) }
            #expect(inTable == StopWords.english.contains(word), "\(word)")
        }
    }
}
