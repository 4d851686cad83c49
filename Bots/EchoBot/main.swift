print("EchoBot")
