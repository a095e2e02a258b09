/* to-xlsx on one file of any bytes, into a workbook in a memfd, read back
 * as a run reads it.  The input's first byte picks the options (--raw,
 * every column text), the rest is the file.  The core (src/to-xlsx/
 * workbook.c, readback.c) is linked without main. */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "../src/to-xlsx/workbook.h"
#include "fuzz.h"
#include "zp.h"

static char output_name[64];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_init("to-xlsx");
    int fd = memfd_create("fuzz-workbook", 0);
    if (fd < 0)
        zp_fatal("memfd_create failed");
    snprintf(output_name, sizeof output_name, "/proc/self/fd/%d", fd);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned flags = size > 0 ? data[0] : 0;
    struct book_options options = {
        .raw = flags & 1,
        .number_columns = flags & 2 ? "" : "section,para,start,line,value,value_max,level,parent",
    };
    struct book *book = book_open(output_name, "fuzz", NULL, &options);
    book_add_file(book, size > 0 ? fuzz_file(data + 1, size - 1) : fuzz_file(data, 0));
    book_close(book);
    return 0;
}
