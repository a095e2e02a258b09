/* split-sections on one file of any bytes. */
#define main split_main
#include "../src/split-sections/split.c"
#undef main
#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_init("split-sections");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    split_file(fuzz_file(data, size));
    return 0;
}
