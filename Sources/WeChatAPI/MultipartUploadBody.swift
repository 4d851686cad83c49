import AsyncHTTPClient
import MultipartKit
import NIOCore
import NIOFileSystem
import NIOHTTP1
import WeChatAccountAPI

/// The `multipart/form-data` body of a WeChat upload: the text fields and the file part's head written by
/// MultipartKit, then the file streamed from disk in chunks (never read whole into memory), then the
/// closing boundary.
enum MultipartUploadBody {
    /// Opens the file, builds the streamed body and runs `body` with its content type while the file is open.
    static func withBody<Result: Sendable>(
        of upload: MediaUpload,
        _ body: (_ contentType: String, _ requestBody: HTTPClientRequest.Body) async throws -> Result
    ) async throws -> Result {
        let boundary = "WeChatBotKitBoundary" + String(UInt64.random(in: .min ... .max), radix: 36)
        let (head, tail) = try frame(upload, boundary: boundary)
        return try await FileSystem.shared.withFileHandle(forReadingAt: FilePath(upload.filePath)) { handle in
            let size = try await handle.info().size
            let stream = FramedChunks(head: head, chunks: handle.readChunks(chunkLength: .kibibytes(64)), tail: tail)
            let length = Int64(head.readableBytes) + size + Int64(tail.readableBytes)
            return try await body("multipart/form-data; boundary=\(boundary)", .stream(stream, length: .known(length)))
        }
    }

    /// The bytes before the file's content (every text field, then the file part's headers) and after it.
    static func frame(_ upload: MediaUpload, boundary: String) throws -> (head: ByteBuffer, tail: ByteBuffer) {
        var parts = upload.fields.map { field in
            MultipartPart(headers: ["Content-Disposition": "form-data; name=\"\(field.name)\""], body: field.value)
        }
        let fileName = upload.fileName.replacingQuotes()
        parts.append(
            MultipartPart(
                headers: [
                    "Content-Disposition": "form-data; name=\"\(upload.fieldName)\"; filename=\"\(fileName)\"",
                    "Content-Type": upload.contentType,
                ],
                body: ByteBuffer()
            ))
        var serialized = ByteBuffer()
        try MultipartSerializer().serialize(parts: parts, boundary: boundary, into: &serialized)
        // The serializer ends the (empty) last part with CRLF and the closing boundary; the file goes in between.
        let closing = ByteBuffer(string: "\r\n--\(boundary)--\r\n")
        guard serialized.readableBytes >= closing.readableBytes,
            serialized.getSlice(
                at: serialized.writerIndex - closing.readableBytes, length: closing.readableBytes) == closing
        else {
            throw WeChatAPIError.invalidRequest("multipart framing not as expected")
        }
        let head = serialized.getSlice(at: serialized.readerIndex, length: serialized.readableBytes - closing.readableBytes)!
        return (head, closing)
    }
}

extension String {
    /// The string with `"` and line breaks removed, safe inside a quoted header parameter.
    fileprivate func replacingQuotes() -> String {
        String(unicodeScalars.filter { $0 != "\"" && $0 != "\r" && $0 != "\n" })
    }
}

/// `head`, then every chunk of the file, then `tail`.
struct FramedChunks: AsyncSequence, Sendable {
    typealias Element = ByteBuffer

    let head: ByteBuffer
    let chunks: FileChunks
    let tail: ByteBuffer

    func makeAsyncIterator() -> Iterator {
        Iterator(head: head, chunks: chunks.makeAsyncIterator(), tail: tail)
    }

    struct Iterator: AsyncIteratorProtocol {
        var head: ByteBuffer?
        var chunks: FileChunks.AsyncIterator
        var tail: ByteBuffer?

        mutating func next() async throws -> ByteBuffer? {
            if let head {
                self.head = nil
                return head
            }
            if let chunk = try await chunks.next() { return chunk }
            defer { tail = nil }
            return tail
        }
    }
}
