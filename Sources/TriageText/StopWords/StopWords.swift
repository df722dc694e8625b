/// Stop-word lists.
public enum StopWords {
    /// Our English stop-word list: 181 function words, lower case, matched after normalisation.
    ///
    /// The principle: a word is listed only if it is a *function word* (article, determiner, pronoun,
    /// auxiliary or modal verb, preposition, conjunction, a degree adverb, or an affirmative contraction of
    /// these) **and** removing it cannot change what a support request asks for. So the list leaves out:
    /// - negations and negative contractions: `not`, `no`, `nor`, `never`, `none`, `nothing`, `without`,
    ///   `cannot`, `can't`, `don't`, `won't`, `isn't`, … (and the `t` fragment of a spaced `don ' t`):
    ///   "card arrived" and "card not arrived" are different tickets;
    /// - question words: `what`, `which`, `who`, `whom`, `whose`, `why`, `how`, `when`, `where`
    ///   ("why was I charged" vs "how do I pay" separates intents);
    /// - aspect and repetition adverbs: `still`, `yet`, `already`, `again`, `only`, `twice`;
    /// - particles of phrasal verbs, which carry the meaning in support text: `up` (top up, sign up),
    ///   `out` (cash out, log out), `off`, `down` (the site is down), `over`, `back`;
    /// - quantifiers (`all`, `more`, `many`, `much`) and politeness words (`please`, `thanks`), which a
    ///   classifier weighs better than a list does.
    ///
    /// The spaced contraction fragments of some transcripts (`I ' ve`, `you ' re`, `it ' s`) are listed
    /// (`ve`, `re`, `s`, `m`, `ll`, `d`); `t` is not (it is the negation).
    public static let english: Set<String> = Set(englishList)

    /// ``english`` as an array in a fixed order (articles and determiners, pronouns, auxiliaries and modals,
    /// contractions, prepositions, conjunctions, adverbs, fragments).
    public static let englishList: [String] = [
        // Articles and determiners
        "a", "an", "the", "this", "that", "these", "those", "each", "every", "either", "such", "some", "any",
        "another", "other", "others", "own", "same",
        // Personal, possessive and reflexive pronouns
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
        "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
        "itself", "they", "them", "their", "theirs", "themselves", "one", "someone", "something", "anyone",
        "anything", "everyone", "everything",
        // Auxiliaries and modals (affirmative)
        "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does",
        "did", "doing", "done", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "ought", "get", "got",
        // Affirmative contractions
        "i'm", "i've", "i'll", "i'd", "you're", "you've", "you'll", "you'd", "he's", "he'll", "he'd", "she's",
        "she'll", "she'd", "it's", "it'll", "we're", "we've", "we'll", "we'd", "they're", "they've", "they'll",
        "they'd", "that's", "there's", "here's", "let's",
        // Prepositions
        "about", "above", "across", "after", "against", "along", "among", "around", "at", "before", "behind",
        "below", "beside", "between", "beyond", "by", "during", "for", "from", "in", "inside", "into", "near",
        "of", "on", "onto", "outside", "per", "since", "through", "to", "toward", "towards", "under", "until",
        "upon", "via", "with", "within",
        // Conjunctions and subordinators
        "and", "but", "or", "so", "because", "as", "if", "than", "then", "though", "although", "while",
        "whether", "both", "also",
        // Deictic and degree adverbs
        "there", "here", "very", "too", "quite", "rather", "just", "really",
        // Fragments of spaced contractions (I ' ve, you ' re, it ' s, I ' m, we ' ll, I ' d)
        "s", "ve", "re", "m", "ll", "d",
    ]

    /// Whether the UTF-8 bytes of an already normalised term are in ``english``, without building a `String`.
    ///
    /// - Complexity: O(1): one hash and at most a few probes of a fixed open-addressing table.
    package static func isEnglish(_ term: UnsafeBufferPointer<UInt8>) -> Bool {
        englishTable.contains(term)
    }

    /// The byte-level table behind ``isEnglish(_:)``.
    package static let englishTable = StopWordTable(englishList)
}
