#ifndef WECHATBOTKIT_CLIBXML2_SHIM_H
#define WECHATBOTKIT_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU; its headers clash with the ICU copy inside Foundation.
// We never need libxml2's ICU-backed encodings (WeChat sends UTF-8 only), so hide them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer that Swift 6 refuses as shared mutable state; call it here.
static inline void wechat_xml_free(void *pointer) {
    xmlFree(pointer);
}

/// The parse options WeChatBotKit always uses: no network, CDATA merged into text, no diagnostics.
/// Never NOENT or DTDLOAD: entities are not expanded and external subsets never loaded.
static inline int wechat_xml_parse_options(void) {
    return XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
}

#endif
