extension WeChatAPIError {
    /// A credential needed for the call is not stored (e.g. no `component_verify_ticket` pushed yet).
    public static func missingCredential(_ key: CredentialKey) -> WeChatAPIError {
        .missingCredential(storageKey: key.storageKey)
    }
}
