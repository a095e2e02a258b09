/* strip-boilerplate on one file of any bytes, on one thread, with the
 * explain log on. */
#define main strip_main
#include "../src/strip-boilerplate/strip.c"
#undef main
#include "fuzz.h"

static struct buffer pending;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_init("strip-boilerplate");
    explain = fopen("/dev/null", "w");
    if (!explain)
        zp_fatal("cannot open /dev/null");
    keywords_init();
    start_pool(1);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    strip_file(fuzz_file(data, size), &pending);
    while (write_oldest(true))
        ;
    return 0;
}
