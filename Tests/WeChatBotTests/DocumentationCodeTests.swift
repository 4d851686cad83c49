import Foundation
import Testing

/// Keeps the DocC articles honest: every ```swift block in `Sources/*/*.docc` must appear verbatim (after
/// trimming common indentation) in a compiled Swift file under `Bots/` or `Tests/`, so an article's code
/// compiles with the package and cannot rot. Shell, YAML and other blocks are exempt.
@Suite("Documentation code")
struct DocumentationCodeTests {
    /// The repository root: three levels above this file (`Tests/WeChatBotTests/…`).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test("every swift block of every article is compiled code under Bots/ or Tests/")
    func swiftBlocksAreCompiled() throws {
        let articles = try Self.files(under: "Sources", where: { $0.hasSuffix(".md") && $0.contains(".docc/") })
        #expect(!articles.isEmpty, "no DocC article found under Sources/")
        let compiled = try (Self.files(under: "Bots") + Self.files(under: "Tests"))
            .filter { $0.hasSuffix(".swift") }
            .map { try Self.lines(of: $0) }
        var blockCount = 0
        for article in articles {
            for block in DocumentationBlock.swiftBlocks(in: try String(contentsOfFile: article, encoding: .utf8)) {
                blockCount += 1
                let found = compiled.contains { DocumentationBlock.contains($0, block.lines) }
                #expect(
                    found,
                    "\(article.dropFirst(Self.root.path.count + 1)):\(block.line): this swift block is in no Swift file under Bots/ or Tests/:\n\(block.lines.joined(separator: "\n"))"
                )
            }
        }
        #expect(blockCount > 0, "the articles hold no swift block at all")
    }

    @Test("the block finder reads fences and matches indented copies, and only exact ones")
    func blockFinder() {
        let article = "Text\n\n```swift\nlet a = 1\n    print(a)\n```\n\n```sh\nswift run\n```\n"
        let blocks = DocumentationBlock.swiftBlocks(in: article)
        #expect(blocks.map(\.lines) == [["let a = 1", "    print(a)"]])
        #expect(blocks.map(\.line) == [3])
        let source = ["func f() {", "        let a = 1", "            print(a)", "}"]
        #expect(DocumentationBlock.contains(source, blocks[0].lines))
        #expect(!DocumentationBlock.contains(["let a = 1", "print(a)"], blocks[0].lines))
        #expect(!DocumentationBlock.contains(["let a = 2", "    print(a)"], blocks[0].lines))
    }

    /// Every regular file under `folder` (relative to the root) whose path passes `keep`, sorted.
    static func files(under folder: String, where keep: (String) -> Bool = { _ in true }) throws -> [String] {
        let base = root.appendingPathComponent(folder).path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        return enumerator.compactMap { $0 as? String }
            .filter { !$0.hasPrefix(".build") && !$0.contains("/.build") && keep($0) }
            .map { base + "/" + $0 }
            .sorted()
    }

    static func lines(of path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
    }
}

/// A fenced code block of an article: its lines with their common indentation trimmed, and where it starts.
struct DocumentationBlock: Equatable {
    /// The block's lines, common indentation removed, trailing white space dropped.
    var lines: [String]
    /// The 1-based line of the opening fence.
    var line: Int

    /// The ```swift blocks of a Markdown text.
    static func swiftBlocks(in markdown: String) -> [DocumentationBlock] {
        var blocks: [DocumentationBlock] = []
        var current: (language: String, start: Int, lines: [String])?
        for (index, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if var open = current {
                if trimmed == "```" {
                    if open.language == "swift" {
                        blocks.append(DocumentationBlock(lines: dedented(open.lines), line: open.start))
                    }
                    current = nil
                } else {
                    open.lines.append(String(line))
                    current = open
                }
            } else if trimmed.hasPrefix("```") {
                current = (String(trimmed.dropFirst(3)).trimmingCharacters(in: .whitespaces), index + 1, [])
            }
        }
        return blocks
    }

    /// Whether `source` holds `block` as consecutive lines, up to a common indentation.
    static func contains(_ source: [String], _ block: [String]) -> Bool {
        guard !block.isEmpty, source.count >= block.count else { return block.isEmpty }
        let first = block[0].drop(while: { $0 == " " })
        for start in 0...(source.count - block.count) where source[start].drop(while: { $0 == " " }).hasPrefix(first) {
            let window = Array(source[start..<(start + block.count)])
            if dedented(window) == block { return true }
        }
        return false
    }

    /// `lines` without trailing white space and without the indentation all non-empty lines share.
    static func dedented(_ lines: [String]) -> [String] {
        let trimmed = lines.map { line -> String in
            var line = Substring(line)
            while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
            return String(line)
        }
        let indentation = trimmed.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return trimmed.map { $0.isEmpty ? $0 : String($0.dropFirst(indentation)) }
    }
}
