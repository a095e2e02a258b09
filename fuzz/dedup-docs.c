/* dedup-docs on one file of any bytes, with the explain log on; each input
 * starts from an empty index, so that memory does not grow over a run.  The
 * core (src/dedup-docs/stream.c and the rest) is linked without main. */
#include "../src/dedup-docs/stream.h"
#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_init("dedup-docs");
    zp_side_open(&dedup_options.explain, "/dev/null");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dedup_start();
    dedup_path(fuzz_file(data, size));
    dedup_finish();
    return 0;
}
