/* t2s on one file of any bytes, with OpenCC's t2s dictionaries. */
#define main t2s_main
#include "../src/t2s/t2s.c"
#undef main
#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_init("t2s");
    converter = open_converter("t2s");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    zp_each_line(fuzz_file(data, size), process_line);
    flush_batch();
    return 0;
}
