/* decode on one file of any bytes, with detection, repair and a header.
 * The core (src/decode/convert.c and the rest) is linked without main. */
#include "../src/decode/convert.h"
#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_init("decode");
    decode_settings.text.repair = true;
    decode_start();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    decode_path(fuzz_file(data, size), true);
    return 0;
}
