import Testing
import WeChatBot
import WeChatBotTesting

@testable import HelloBot

@Suite("HelloBot")
struct HelloBotTests {
    @Test("welcomes followers, answers help and echoes texts")
    func answers() async {
        await Bot.hello.test { client in
            #expect(await client.send(.subscribe()).text == "欢迎关注！回复 help 查看指令。")
            #expect(await client.send(.text("help")).text == "发送任意文字，我会原样回复。")
            #expect(await client.send(.text("你好")).text == "你说：你好")
            #expect(await client.send(.image(mediaID: "m")).text == "目前只认识文字消息。")
        }
    }
}
