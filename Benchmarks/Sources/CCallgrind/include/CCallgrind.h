#ifndef WECHATBOTKIT_CCALLGRIND_H
#define WECHATBOTKIT_CCALLGRIND_H

// Callgrind client requests, so a profile counts only the measured loop (no-ops outside valgrind, and when
// valgrind's headers are not installed).
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
static inline void callgrind_zero_stats(void) { CALLGRIND_ZERO_STATS; }
static inline void callgrind_dump_stats(const char *name) { CALLGRIND_DUMP_STATS_AT(name); }
static inline int callgrind_is_running(void) { return RUNNING_ON_VALGRIND; }
#else
static inline void callgrind_zero_stats(void) {}
static inline void callgrind_dump_stats(const char *name) { (void)name; }
static inline int callgrind_is_running(void) { return 0; }
#endif

#endif
