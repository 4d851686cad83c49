print("CafeBot")
