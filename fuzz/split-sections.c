/* split-sections on one file of any bytes: the core (sections.c) linked
 * without split.c's main. */
#include "../src/split-sections/sections.h"
#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_init("split-sections");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sections_split_file(fuzz_file(data, size));
    return 0;
}
