import Foundation
import Testing
import WeChatMessages

@Suite("Customer-service messages")
struct CustomerServiceMessageTests {
    private func json(_ message: CustomerServiceMessage) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(message), as: UTF8.self)
    }

    @Test("passive replies map to the customer-service message with the same content")
    func fromReply() {
        #expect(CustomerServiceMessage(reply: .text("hi")) == .text("hi"))
        #expect(CustomerServiceMessage(reply: .image(mediaID: "m")) == .image(mediaID: "m"))
        #expect(CustomerServiceMessage(reply: .voice(mediaID: "m")) == .voice(mediaID: "m"))
        #expect(
            CustomerServiceMessage(reply: .video(mediaID: "m", title: "t", description: "d"))
                == .video(mediaID: "m", title: "t", description: "d")
        )
        let music = Music(title: "t", thumbMediaID: "th")
        #expect(CustomerServiceMessage(reply: .music(music)) == .music(music))
        #expect(CustomerServiceMessage(reply: .news([Article(title: "a")])) == .news([Article(title: "a")]))
        #expect(CustomerServiceMessage(reply: .transferToCustomerService(kfAccount: "k")) == nil)
    }

    @Test("JSON bodies match WeChat's customer-service message doc")
    func wireJSON() throws {
        #expect(try json(.text("Hello World")) == #"{"msgtype":"text","text":{"content":"Hello World"}}"#)
        #expect(try json(.image(mediaID: "m")) == #"{"image":{"media_id":"m"},"msgtype":"image"}"#)
        #expect(
            try json(.video(mediaID: "m", thumbMediaID: "t"))
                == #"{"msgtype":"video","video":{"media_id":"m","thumb_media_id":"t"}}"#
        )
        #expect(
            try json(.music(Music(title: "t", description: "d", musicURL: "u", hqMusicURL: "h", thumbMediaID: "th")))
                == #"{"msgtype":"music","music":{"description":"d","hqmusicurl":"h","musicurl":"u","thumb_media_id":"th","title":"t"}}"#
        )
        #expect(
            try json(.news([Article(title: "t", description: "d", picURL: "p", url: "u")]))
                == #"{"msgtype":"news","news":{"articles":[{"description":"d","picurl":"p","title":"t","url":"u"}]}}"#
        )
        #expect(try json(.mpNews(mediaID: "m")) == #"{"mpnews":{"media_id":"m"},"msgtype":"mpnews"}"#)
        #expect(
            try json(.mpNewsArticle(articleID: "a"))
                == #"{"mpnewsarticle":{"article_id":"a"},"msgtype":"mpnewsarticle"}"#)
        #expect(
            try json(
                .menu(
                    MessageMenu(
                        headContent: "您对本次服务是否满意呢? ", items: [.init(id: "101", content: "满意")], tailContent: "欢迎再次光临")))
                == #"{"msgmenu":{"head_content":"您对本次服务是否满意呢? ","list":[{"content":"满意","id":"101"}],"tail_content":"欢迎再次光临"},"msgtype":"msgmenu"}"#
        )
        #expect(try json(.card(cardID: "c")) == #"{"msgtype":"wxcard","wxcard":{"card_id":"c"}}"#)
        #expect(
            try json(.miniProgramPage(title: "t", appID: "a", pagePath: "p", thumbMediaID: "m"))
                == #"{"miniprogrampage":{"appid":"a","pagepath":"p","thumb_media_id":"m","title":"t"},"msgtype":"miniprogrampage"}"#
        )
        #expect(
            try json(.link(title: "t", description: "d", url: "u", thumbURL: "th"))
                == #"{"link":{"description":"d","thumb_url":"th","title":"t","url":"u"},"msgtype":"link"}"#
        )
    }

    @Test("every kind decodes back from its JSON")
    func jsonRoundTrip() throws {
        let messages: [CustomerServiceMessage] = [
            .text("a\n<a href=\"x\">b</a>"), .image(mediaID: "i"), .voice(mediaID: "v"),
            .video(mediaID: "m", thumbMediaID: "t", title: "ti", description: "d"), .video(mediaID: "m"),
            .music(Music(thumbMediaID: "th")), .news([Article(title: "t", url: "u")]), .mpNews(mediaID: "m"),
            .mpNewsArticle(articleID: "a"), .menu(MessageMenu(headContent: "h", items: [.init(id: "1", content: "c")])),
            .card(cardID: "c"), .miniProgramPage(title: "t", appID: "a", pagePath: "p", thumbMediaID: "m"),
            .link(title: "t", description: "d", url: "u", thumbURL: "th"),
        ]
        for message in messages {
            let data = try JSONEncoder().encode(message)
            #expect(try JSONDecoder().decode(CustomerServiceMessage.self, from: data) == message)
            #expect(
                message.msgType == (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["msgtype"]
                    as? String)
        }
    }

    @Test("an unknown msgtype is a decoding error")
    func unknownType() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CustomerServiceMessage.self, from: Data(#"{"msgtype":"hologram"}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CustomerServiceMessage.self, from: Data(#"{"msgtype":"msgtype"}"#.utf8))
        }
    }
}
