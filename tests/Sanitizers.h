#pragma once

// NEWSROOM_ASAN: the test is built with AddressSanitizer (scripts/sanitize-tests.sh), whose
// allocator keeps freed memory in a quarantine of its own.
#if defined(__SANITIZE_ADDRESS__)
#define NEWSROOM_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NEWSROOM_ASAN 1
#endif
#endif
