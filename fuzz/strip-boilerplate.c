/* strip-boilerplate on one file of any bytes, on one thread, with the
 * explain log and the metadata table on: the core (pool.c, document.c,
 * line.c, meta.c) linked without strip.c's main. */
#include <stdio.h>

#include "../src/strip-boilerplate/pool.h"
#include "fuzz.h"

static struct zp_side_file explain, meta;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_init("strip-boilerplate");
    zp_side_open(&explain, "/dev/null");
    zp_side_open(&meta, "/dev/null");
    pool_start(1, &explain, &meta);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pool_strip_file(fuzz_file(data, size));
    pool_flush();
    return 0;
}
