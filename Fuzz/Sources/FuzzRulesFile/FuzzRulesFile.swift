import CFuzzerDriver
import FuzzSupport
import Logging
import WeChatBot
import WeChatBotCLI

/// The configuration every loaded file's bot is built with; its logger drops the start-up diagnostics.
let configuration = Bot.Configuration(logger: .discarding(label: "FuzzRulesFile"))
let fileName = "fuzz.yaml"
/// What YAML counts as a line break (CR LF counts twice here, so the line count is an upper bound).
let lineBreaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]

/// libFuzzer entry point: any bytes as the text of a rules file. The loader reads YAML and JSON through the
/// same parser (a JSON file is a YAML document), so one call covers both; the seeds hold both forms. A file
/// that loads must build a bot with one routed rule per file rule; a refusal must name a line of the file.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzRulesFile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let text = String(decoding: bytes, as: UTF8.self)
    let lastLine = text.unicodeScalars.count(where: lineBreaks.contains) + 1
    do {
        let file = try RulesFile(text: text, fileName: fileName)
        for rule in file.rules {
            precondition((1...lastLine).contains(rule.line), "rule line \(rule.line) outside the \(lastLine)-line file")
        }
        let bot = file.bot(configuration: configuration)
        precondition(bot.ruleSummary.count == file.rules.count, "the bot lost or gained rules")
    } catch {
        // The loader's typed error (the signature says so); it must be a rules refusal pointing into the file,
        // or just past its end: the YAML parser reports an unexpected end of input on the line after a last
        // line that has no line break.
        guard let line = error.line else { preconditionFailure("not a rules refusal: \(error)") }
        precondition((1...lastLine + 1).contains(line), "refusal line \(line) outside the \(lastLine)-line file")
        precondition(error.description.hasPrefix("\(fileName):\(line): "), "refusal without its location")
    }
    return 0
}

/// The executable's entry point (SwiftPM links `main` to `FuzzRulesFile_main`): hands control to libFuzzer.
@_cdecl("FuzzRulesFile_main")
func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzRulesFile(data, size) }
}
