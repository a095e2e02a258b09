/* t2s on one file of any bytes, with OpenCC's t2s dictionaries.  The core
 * (src/t2s/config.c, convert.c) is linked without main. */
#include "../src/t2s/config.h"
#include "../src/t2s/convert.h"
#include "fuzz.h"
#include "zp.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_init("t2s");
    struct keys *keys;
    opencc_t cc = config_open("t2s", true, &keys);
    convert_start(cc, keys, false);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    zp_each_line(fuzz_file(data, size), convert_text_line);
    convert_flush();
    return 0;
}
