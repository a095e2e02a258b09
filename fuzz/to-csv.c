/* to-csv on one file of any bytes, as a first file: its first line is the
 * header.  The input's first byte picks the options (--raw, --quote-all,
 * --excel-safe, --crlf), the rest is the file.  The core
 * (src/to-csv/convert.c) is linked without main. */
#include "../src/to-csv/convert.h"
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
    to_csv_options.raw = flags & 1;
    to_csv_options.quote_all = flags & 2;
    to_csv_options.excel_safe = flags & 4;
    to_csv_options.crlf = flags & 8;
    /* each input a first file, with a header of its own */
    to_csv_free();
    to_csv_file(size > 0 ? fuzz_file(data + 1, size - 1) : fuzz_file(data, 0));
    return 0;
}
