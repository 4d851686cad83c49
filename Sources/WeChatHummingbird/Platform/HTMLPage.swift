import HTTPTypes
import Hummingbird

/// A small self-contained HTML page (UTF-8, inline style, no external assets) for the platform's web
/// routes; every value put into it is escaped.
struct HTMLPage: Sendable {
    /// A link rendered as the page's one button.
    struct Button: Sendable {
        /// The button's text.
        var title: String
        /// Where it leads.
        var href: String
    }

    /// The `<title>` and heading.
    var title: String
    /// Paragraphs under the heading.
    var paragraphs: [String]
    /// Label/value rows (e.g. the authorized account's name and appid).
    var facts: KeyValuePairs<String, String> = [:]
    /// The call to action, if any.
    var button: Button? = nil
    /// Whether the page reports a failure (drawn in red).
    var isError = false

    /// The complete document.
    var html: String {
        let accent = isError ? "#c62828" : "#07c160"
        var body = "<h1>\(Self.escape(title))</h1>\n"
        body += paragraphs.map { "<p>\(Self.escape($0))</p>\n" }.joined()
        if !facts.isEmpty {
            body += "<dl>\n"
            body += facts.map { "<dt>\(Self.escape($0.key))</dt><dd>\(Self.escape($0.value))</dd>\n" }.joined()
            body += "</dl>\n"
        }
        if let button {
            body +=
                "<p><a id=\"authorize\" class=\"button\" href=\"\(Self.escape(button.href))\">\(Self.escape(button.title))</a></p>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="origin">
            <title>\(Self.escape(title))</title>
            <style>
            body{margin:0;font-family:-apple-system,"PingFang SC","Noto Sans CJK SC",Helvetica,Arial,sans-serif;background:#f5f5f5;color:#222}
            main{max-width:560px;margin:64px auto;padding:32px 40px;background:#fff;border-radius:12px;box-shadow:0 2px 12px rgba(0,0,0,.08);border-top:6px solid \(accent)}
            h1{font-size:24px;margin:0 0 16px}p{line-height:1.6}dl{display:grid;grid-template-columns:max-content 1fr;gap:8px 16px}
            dt{color:#666}dd{margin:0;font-family:monospace;word-break:break-all}
            .button{display:inline-block;margin-top:16px;padding:12px 28px;background:\(accent);color:#fff;border-radius:6px;text-decoration:none;font-size:17px}
            </style>
            </head>
            <body>
            <main>
            \(body)</main>
            </body>
            </html>

            """
    }

    /// What the pages may load: nothing but their inline style; no script, no frame around them, no form.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    /// The page as an HTTP response with `status`; never cached (it may carry a one-time code), never framed
    /// (clickjacking of the authorization button), never run as a script.
    func response(status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                .contentSecurityPolicy: Self.contentSecurityPolicy, .xFrameOptions: "DENY",
                .xContentTypeOptions: "nosniff",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html))
        )
    }

    /// `text` with `& < > " '` replaced by entities, safe inside elements and quoted attributes.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}

extension HTTPField.Name {
    /// `X-Frame-Options`, which HTTPTypes does not name. The name is a valid token, so the failable
    /// initializer never fails; the fallback only spares a force unwrap (the CSP's `frame-ancestors 'none'`
    /// forbids framing as well).
    static var xFrameOptions: Self { Self("X-Frame-Options") ?? .contentSecurityPolicy }
}
