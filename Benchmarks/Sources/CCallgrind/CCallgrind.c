// The client requests are static inline functions in include/CCallgrind.h; SwiftPM needs one source file.
#include "CCallgrind.h"
