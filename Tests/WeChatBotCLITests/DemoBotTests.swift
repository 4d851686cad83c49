import Testing
import WeChatBot
import WeChatBotCLI
import WeChatBotTesting
import WeChatMessages

@testable import EchoBot

/// `serve`'s demo restates EchoBot's rules (a library cannot import an executable): hold them to the same answers.
@Suite("Demo bot answers as EchoBot does")
struct DemoBotTests {
    static let messages: [TestMessage] = [
        .text("你好 ]]> <&> 😀"),
        .image(mediaID: "IMG"),
        .voice(mediaID: "VOICE"),
        .video(mediaID: "VIDEO"),
        .shortVideo(mediaID: "SHORT"),
        .location(latitude: 23.1, longitude: 113.3, label: "广州"),
        .link(title: "t", description: "d", url: "https://example.com"),
        .subscribe(),
        .subscribe(scene: "42"),
        .click(key: "MENU"),
        .scan(scene: "7"),
        .unsubscribe,
        .locationEvent(latitude: 1, longitude: 2),
        .view(url: "https://example.com"),
        .unknown(msgType: "file"),
    ]

    @Test("same response for every kind", arguments: 0..<messages.count)
    func sameResponse(index: Int) async {
        let message = Self.messages[index]
        var echoed: BotResponse?
        await Bot.echo.test { client in echoed = await client.send(message) }
        await Bot.demo(configuration: .init()).test { client in
            #expect(await client.send(message) == echoed)
        }
    }
}
