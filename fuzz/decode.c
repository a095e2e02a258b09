/* decode on one file of any bytes, with detection, repair and a header. */
#define main decode_main
#include "../src/decode/decode.c"
#undef main
#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_init("decode");
    settings.text.repair = true;
    sink = text_sink_new(&settings.text);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    process(fuzz_file(data, size), true);
    return 0;
}
