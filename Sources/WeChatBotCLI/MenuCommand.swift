public import ArgumentParser
import WeChatAPI

import Foundation

/// `wechat-bot menu push|show|delete`: the account's custom menu.
public struct MenuCommand: AsyncParsableCommand {
    /// The subcommand's name, help and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "menu", abstract: "Push, show or delete the account's custom menu.",
        subcommands: [Push.self, Show.self, Delete.self])

    /// Creates the command (ArgumentParser fills it).
    public init() {}

    /// `menu push FILE`: WeChat's menu JSON (`{"button": [...]}`) or a rules file's `menu:` section.
    public struct Push: AsyncParsableCommand {
        /// The subcommand's name and help.
        public static let configuration = CommandConfiguration(
            commandName: "push",
            abstract: "Replace the menu with FILE: WeChat's {\"button\": [...]} JSON or a rules file with menu:.")

        @Argument(help: "The menu file.") var file: String
        @OptionGroup var account: AccountOptions

        /// Creates the command (ArgumentParser fills it).
        public init() {}

        /// Reads and validates the menu, then pushes it; nothing is sent if it breaks a limit.
        public func run() async throws {
            let menu = try Self.menu(at: file)
            try menu.validate()
            try await AccountSession.run(account) { api in try await api.menus.create(menu) }
            let count = menu.buttons.count == 1 ? "1 button" : "\(menu.buttons.count) buttons"
            print("menu pushed: \(count), keys \(menu.keys.joined(separator: ", "))")
        }

        /// The menu in `path`: WeChat's JSON when it has a top-level `button`, else a rules file's `menu:`.
        static func menu(at path: String) throws -> Menu {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw WeChatBotCLIError.unreadableFile(path, "\(error)")
            }
            if let menu = try? JSONDecoder().decode(Menu.self, from: data), !menu.buttons.isEmpty { return menu }
            let rules = try RulesFile(text: String(decoding: data, as: UTF8.self), fileName: path)
            guard let menu = rules.menu else {
                throw WeChatBotCLIError.invalidRules(
                    file: path, line: 1, reason: "no menu: neither WeChat's {\"button\": [...]} nor a menu: section")
            }
            return menu
        }
    }

    /// `menu show`: the current default menu as WeChat's JSON.
    public struct Show: AsyncParsableCommand {
        /// The subcommand's name and help.
        public static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Print the current menu as WeChat's {\"button\": [...]} JSON.")

        @OptionGroup var account: AccountOptions

        /// Creates the command (ArgumentParser fills it).
        public init() {}

        /// Prints the default menu; conditional menus are counted on standard error.
        public func run() async throws {
            let menus = try await AccountSession.run(account) { api in try await api.menus.current() }
            guard var menu = menus.menu else {
                print(#"{"button":[]}"#)
                return
            }
            menu.menuID = nil
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(menu), as: UTF8.self))
            if !menus.conditionalMenus.isEmpty {
                FileHandle.standardError.write(Data("(\(menus.conditionalMenus.count) conditional menus not shown)\n".utf8))
            }
        }
    }

    /// `menu delete`: removes the default and conditional menus.
    public struct Delete: AsyncParsableCommand {
        /// The subcommand's name and help.
        public static let configuration = CommandConfiguration(
            commandName: "delete", abstract: "Delete the menu (default and conditional).")

        @OptionGroup var account: AccountOptions

        /// Creates the command (ArgumentParser fills it).
        public init() {}

        /// Deletes the menus.
        public func run() async throws {
            try await AccountSession.run(account) { api in try await api.menus.delete() }
            print("menu deleted")
        }
    }
}
