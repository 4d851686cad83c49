import Testing
import WeChatMessages

/// Every sample of the corpus, by source.
enum CorpusSamples {
    static let all = weRoBot + wechatpy + skit + docs
}

@Suite("Real-payload corpus")
struct CorpusTests {
    @Test("every real payload decodes into its typed case with its field values")
    func corpus() throws {
        var typed = 0
        var unknown: [String] = []
        var fieldsAsserted = 0
        for sample in CorpusSamples.all {
            let (name, fields) =
                sample.isComponentNotice
                ? CorpusRendering.render(try ComponentNotice(parsing: Array(sample.xml.utf8)))
                : CorpusRendering.render(try InboundMessage(parsing: Array(sample.xml.utf8)))
            switch sample.expected {
            case .typed(let expectedName, let expectedFields):
                #expect(name == expectedName, "\(sample.source)")
                for (field, value) in expectedFields.sorted(by: { $0.key < $1.key }) {
                    #expect(fields[field] == value, "\(sample.source): \(field)")
                    fieldsAsserted += 1
                }
                typed += 1
            case .unknown(let reason):
                #expect(["unknown", "event.unknown", "notice.unknown"].contains(name), "\(sample.source)")
                unknown.append("\(sample.source) — \(reason)")
            }
        }
        #expect(CorpusSamples.all.count >= 150)
        print(
            "corpus: \(CorpusSamples.all.count) samples, \(typed) typed, \(unknown.count) unknown"
                + " (\(unknown.joined(separator: "; "))), \(fieldsAsserted) fields asserted"
        )
    }
}
