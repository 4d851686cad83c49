public import WeChatBot
import WeChatMessages

extension RulesFile {
    /// A bot answering with these rules, in file order; each rule's location is the file and its line. The
    /// file's menu is the bot's declared menu (``WeChatBot/Bot/menu``), checked against its click rules.
    public func bot(configuration: Bot.Configuration) -> Bot {
        Bot(configuration: configuration) {
            if let menu {
                MenuBar(menu, fileID: fileName, line: menuLine)
            }
            for rule in rules {
                rule.botRules(fileID: fileName)
            }
        }
    }
}

extension RulesFile.Rule {
    /// The WeChatBot rule this file rule stands for.
    fileprivate func botRules(fileID: String) -> Rules {
        let reply = reply
        switch trigger {
        case .keyword(let keyword):
            return RuleBuilder.buildExpression(On(.text(keyword), fileID: fileID, line: line) { _, _ in reply })
        case .contains(let fragment):
            return RuleBuilder.buildExpression(
                On(.text(contains: fragment), fileID: fileID, line: line) { _, _ in reply })
        case .prefix(let prefix):
            return RuleBuilder.buildExpression(On(.text(prefix: prefix), fileID: fileID, line: line) { _, _ in reply })
        case .regex(let pattern):
            guard let regex = try? Regex(pattern) else { return .empty }
            return RuleBuilder.buildExpression(
                On(.text(matching: regex), fileID: fileID, line: line) { _, context in
                    reply.substituting(context.captures)
                }
            )
        case .event(let name):
            return RuleBuilder.buildExpression(
                On(.event(EventKind(named: name)), fileID: fileID, line: line) { _, _ in reply })
        case .menu(let key):
            return RuleBuilder.buildExpression(On(.click(key: key), fileID: fileID, line: line) { _, _ in reply })
        case .otherwise:
            return RuleBuilder.buildExpression(Otherwise(fileID: fileID, line: line) { _, _ in reply })
        }
    }
}

extension Reply {
    /// A text reply with `$1`, `$2`, … replaced by the regex captures (highest numbers first, so `$10` is
    /// not read as `$1` followed by `0`); other replies unchanged.
    fileprivate func substituting(_ captures: RuleCaptures) -> Reply {
        guard case .text(var text) = self, captures.count > 1 else { return self }
        for index in (1..<captures.count).reversed() {
            text = text.replacing("$\(index)", with: captures[index] ?? "")
        }
        return .text(text)
    }
}
