/* to-csv on one file of any bytes, as a first file: its first line is the
 * header.  The input's first byte picks the options (--raw, --quote-all,
 * --excel-safe, --crlf), the rest is the file. */
#define main to_csv_main
#include "../src/to-csv/to-csv.c"
#undef main
#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_init("to-csv");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned flags = size > 0 ? data[0] : 0;
    options.raw = flags & 1;
    options.quote_all = flags & 2;
    options.excel_safe = flags & 4;
    options.crlf = flags & 8;
    /* each input a first file, with a header of its own */
    free(header);
    header = NULL;
    have_header = false;
    convert_file(size > 0 ? fuzz_file(data + 1, size - 1) : fuzz_file(data, 0));
    return 0;
}
