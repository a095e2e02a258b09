/* extract-numbers on one file of any bytes (text stream or sections TSV,
 * as its first line says), with the unmatched list on. */
#include "../src/extract-numbers/input.h"
#include "../src/extract-numbers/record.h"
#include "../src/extract-numbers/tables.h"
#include "fuzz.h"
#include "zp.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_init("extract-numbers");
    zp_side_open(&unmatched, "/dev/null");
    tables_init();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    extract_file(fuzz_file(data, size));
    return 0;
}
