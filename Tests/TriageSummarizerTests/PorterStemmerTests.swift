import Testing
import TriageSummarizer

/// Expected stems were produced by NLTK 3.10 `PorterStemmer()` (default mode) and
/// `PorterStemmer(PorterStemmer.ORIGINAL_ALGORITHM)`: word, NLTK-mode stem, original stem.
private let cases: [(String, String, String)] = {
    let table = """
    caresses:caress:caress ponies:poni:poni ties:tie:ti cats:cat:cat feed:feed:feed agreed:agre:agre
    plastered:plaster:plaster motoring:motor:motor sing:sing:sing conflated:conflat:conflat troubled:troubl:troubl
    sized:size:size hopping:hop:hop falling:fall:fall hissing:hiss:hiss failing:fail:fail filing:file:file
    happy:happi:happi sky:sky:sky skies:sky:ski dying:die:dy news:news:new relational:relat:relat
    conditional:condit:condit rational:ration:ration valenci:valenc:valenc digitizer:digit:digit
    conformabli:conform:conform radicalli:radic:radic differentli:differ:differ vileli:vile:vile
    analogousli:analog:analog vietnamization:vietnam:vietnam predication:predic:predic operator:oper:oper
    feudalism:feudal:feudal decisiveness:decis:decis hopefulness:hope:hope callousness:callous:callous
    formaliti:formal:formal sensitiviti:sensit:sensit sensibiliti:sensibl:sensibl triplicate:triplic:triplic
    formative:form:form formalize:formal:formal electriciti:electr:electr electrical:electr:electr
    hopeful:hope:hope goodness:good:good revival:reviv:reviv allowance:allow:allow inference:infer:infer
    airliner:airlin:airlin gyroscopic:gyroscop:gyroscop adjustable:adjust:adjust defensible:defens:defens
    irritant:irrit:irrit replacement:replac:replac adjustment:adjust:adjust dependent:depend:depend
    adoption:adopt:adopt homologou:homolog:homolog communism:commun:commun activate:activ:activ
    angulariti:angular:angular homologous:homolog:homolog effective:effect:effect bowdlerize:bowdler:bowdler
    probate:probat:probat rate:rate:rate cease:ceas:ceas controll:control:control roll:roll:roll
    generously:gener:gener geology:geolog:geologi archaeology:archaeolog:archaeologi enjoy:enjoy:enjoi
    spied:spi:spi died:die:di cried:cri:cri fully:fulli:fulli exported:export:export timeout:timeout:timeout
    payroll:payrol:payrol
    """
    return table.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { item in
        let parts = item.split(separator: ":").map(String.init)
        return parts.count == 3 ? (parts[0], parts[1], parts[2]) : nil
    }
}()

@Suite struct PorterStemmerTests {
    @Test func nltkModeMatchesNLTKDefault() {
        #expect(cases.count == 84)
        let stemmer = PorterStemmer(mode: .nltkExtensions)
        for (word, nltk, _) in cases {
            #expect(stemmer.stem(word) == nltk, "\(word)")
        }
    }

    @Test func originalModeMatchesPublishedAlgorithm() {
        let stemmer = PorterStemmer(mode: .original)
        for (word, _, original) in cases {
            #expect(stemmer.stem(word) == original, "\(word)")
        }
    }

    @Test func oddInputNeverCrashes() {
        let stemmer = PorterStemmer()
        for word in ["", "a", "y", "yy", "ies", "eed", "ing", "sses", "\u{E9}t\u{E9}s", "123", "logi", "alli"] {
            _ = stemmer.stem(word)
            _ = PorterStemmer(mode: .original).stem(word)
        }
        #expect(stemmer.stem("") == "")
    }
}
