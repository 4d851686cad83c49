#ifndef WECHATBOTKIT_CFUZZERDRIVER_H
#define WECHATBOTKIT_CFUZZERDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver entry (linked in by `-sanitize=fuzzer`). SwiftPM renames an executable's `main` to
/// `<Target>_main`, so each harness defines that symbol and starts libFuzzer through this call.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
