// libFuzzer's start-up hook, the same for every target (each one links this file): Qt's warnings off.
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    rd::fuzz::quietQt();
    return 0;
}
