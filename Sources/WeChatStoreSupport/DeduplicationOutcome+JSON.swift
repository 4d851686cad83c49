import Foundation
package import WeChatBot

extension DeduplicationOutcome {
    /// The outcome as the JSON text the database stores keep.
    package func jsonText() throws -> String {
        String(decoding: try JSONEncoder().encode(self), as: UTF8.self)
    }

    /// Reads an outcome back from ``jsonText()``; `nil` when the text is not such JSON.
    package init?(jsonText: String) {
        guard let outcome = try? JSONDecoder().decode(DeduplicationOutcome.self, from: Data(jsonText.utf8)) else {
            return nil
        }
        self = outcome
    }
}
