/* dedup-docs on one file of any bytes, with the explain log on; each input
 * starts from an empty index, so that memory does not grow over a run. */
#define main dedup_main
#include "../src/dedup-docs/dedup.c"
#undef main
#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_init("dedup-docs");
    options.explain = fopen("/dev/null", "w");
    if (!options.explain)
        zp_fatal("cannot open /dev/null");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    index_init(&kept);
    dedup_file(fuzz_file(data, size));
    index_free(&kept);
    return 0;
}
