internal import CLibXML2

/// Parses a prepared buffer with libxml2's SAX2 push parser and builds the element tree from its callbacks.
///
/// SAX2 hands over element names and text as the parser meets them, so libxml2 builds no nodes of its own
/// (its reader interface builds and frees a node for every element and text it reports). Any DOCTYPE,
/// entity declaration or entity reference other than the five predefined ones stops the parse.
enum LibXMLTreeParser {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// The callbacks every parse uses; libxml2 copies them into each context it creates. Never mutated (C
    /// function pointers are not `Sendable`, hence `nonisolated(unsafe)`).
    nonisolated(unsafe) private static let handler: xmlSAXHandler = {
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.startElementNs = { context, localName, _, _, _, _, _, _, _ in
            TreeBuilder.from(context).start(localName)
        }
        handler.endElementNs = { context, _, _, _ in
            TreeBuilder.from(context).end()
        }
        handler.characters = { context, characters, count in
            TreeBuilder.from(context).text(characters, count: count, isCDATA: false)
        }
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = { context, characters, count in
            TreeBuilder.from(context).text(characters, count: count, isCDATA: true)
        }
        handler.internalSubset = { context, _, _, _ in
            TreeBuilder.from(context).refuse(.forbiddenDeclaration)
        }
        handler.externalSubset = handler.internalSubset
        handler.entityDecl = { context, _, _, _, _, _ in
            TreeBuilder.from(context).refuse(.forbiddenDeclaration)
        }
        handler.reference = { context, _ in
            TreeBuilder.from(context).refuse(.forbiddenDeclaration)
        }
        // Errors are read from the context after the parse; without a handler libxml2 prints them.
        handler.serror = { _, _ in }
        return handler
    }()

    /// Parses `buffer` (checked by `XMLInputSanitizer`) into its root element.
    static func parse(_ buffer: UnsafeBufferPointer<UInt8>, maximumDepth: Int) throws(XMLDecodingError) -> XMLTree {
        _ = initialized
        guard let base = buffer.baseAddress, let count = Int32(exactly: buffer.count) else { throw .empty }
        // CDATA sections stay their own callbacks so white space beside them can be told from their content.
        let options = wechat_xml_parse_options() & ~Int32(XML_PARSE_NOCDATA.rawValue)
        var lease: XMLParserPool.Lease
        if let reused = XMLParserPool.shared.take(), xmlCtxtResetPush(reused.context, nil, 0, nil, "UTF-8") == 0 {
            lease = reused
        } else if let context = newContext() {
            lease = XMLParserPool.Lease(context: context, bytesRead: 0)
        } else {
            throw .malformed("the parser could not start")
        }
        let context = lease.context
        xmlCtxtUseOptions(context, options)
        var builder = TreeBuilder(context: context, maximumDepth: maximumDepth)
        let status = withUnsafeMutablePointer(to: &builder) { builder in
            context.pointee.userData = UnsafeMutableRawPointer(builder)
            defer { context.pointee.userData = nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                xmlParseChunk(context, characters, count, 1)
            }
        }
        lease.bytesRead += buffer.count
        // Everything read from the context is read before it goes back: from then on another parse may reset it,
        // or the pool may free it.
        let isWellFormed = status == 0 && context.pointee.wellFormed == 1
        let failure = builder.failure ?? (isWellFormed ? nil : .malformed(errorReason(of: context)))
        if failure == nil {
            XMLParserPool.shared.give(lease)
        } else {
            xmlFreeParserCtxt(context)
        }
        if let failure { throw failure }
        guard let root = builder.root, builder.stack.isEmpty else { throw .malformed("no complete root element") }
        return root
    }

    /// A new push-parser context with the callbacks (libxml2 copies them, so a local copy is enough).
    private static func newContext() -> xmlParserCtxtPtr? {
        var callbacks = handler
        return xmlCreatePushParserCtxt(&callbacks, nil, nil, 0, nil)
    }

    private static func errorReason(of context: xmlParserCtxtPtr) -> String {
        let error = context.pointee.lastError
        guard let message = error.message else { return "not well-formed" }
        var reason = String(cString: message)
        while reason.last?.isNewline == true { reason.removeLast() }
        return "line \(error.line): \(reason)"
    }
}

/// The tree a parse builds, reached from libxml2's callbacks through the context's user data.
private struct TreeBuilder {
    let context: xmlParserCtxtPtr
    let maximumDepth: Int
    var stack: [OpenElement] = []
    var root: XMLTree?
    /// Why the document was refused, when a callback refused it.
    var failure: XMLDecodingError?

    init(context: xmlParserCtxtPtr, maximumDepth: Int) {
        self.context = context
        self.maximumDepth = maximumDepth
    }

    /// The builder of the parse that `context` (the user data libxml2 passes back) belongs to.
    static func from(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<TreeBuilder> {
        guard let context else { preconditionFailure("libxml2 called back without the parse's user data") }
        return context.assumingMemoryBound(to: TreeBuilder.self)
    }

    mutating func start(_ localName: UnsafePointer<xmlChar>?) {
        guard failure == nil else { return }
        guard root == nil else { return refuse(.malformed("content after the root element")) }
        guard stack.count < maximumDepth else { return refuse(.tooDeep(limit: maximumDepth)) }
        let name = localName.map { String(cString: $0) } ?? ""
        stack.append(OpenElement(tree: XMLTree(name: name)))
    }

    mutating func end() {
        guard failure == nil else { return }
        guard let element = stack.popLast() else { return refuse(.malformed("unbalanced end tag")) }
        let tree = element.finished
        if stack.isEmpty {
            root = tree
        } else {
            stack[stack.count - 1].tree.children.append(tree)
        }
    }

    mutating func text(_ characters: UnsafePointer<xmlChar>?, count: Int32, isCDATA: Bool) {
        guard failure == nil, let characters, !stack.isEmpty else { return }
        let text = String(decoding: UnsafeBufferPointer(start: characters, count: Int(count)), as: UTF8.self)
        stack[stack.count - 1].append(text, isCDATA: isCDATA)
    }

    /// Records why the document is refused and stops the parser.
    mutating func refuse(_ reason: XMLDecodingError) {
        if failure == nil { failure = reason }
        xmlStopParser(context)
    }
}

extension UnsafeMutablePointer<TreeBuilder> {
    fileprivate func start(_ localName: UnsafePointer<xmlChar>?) { pointee.start(localName) }
    fileprivate func end() { pointee.end() }
    fileprivate func text(_ characters: UnsafePointer<xmlChar>?, count: Int32, isCDATA: Bool) {
        pointee.text(characters, count: count, isCDATA: isCDATA)
    }
    fileprivate func refuse(_ reason: XMLDecodingError) { pointee.refuse(reason) }
}
