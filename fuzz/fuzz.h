/* What every libFuzzer harness of zhpipe shares.  Each harness calls its
 * filter's per-file function, the one main calls for each FILE argument,
 * linked from the filter's core (extract-numbers) or from its main source
 * file included with main renamed (the others); that reads the input the
 * way a run does, through zp_open and the reader. */
#ifndef FUZZ_H
#define FUZZ_H

#include <stddef.h>
#include <stdint.h>

/* Standard output to /dev/null, so that the filter's writes succeed and
 * are not seen; run with -close_fd_mask=2 to silence its messages. */
void fuzz_init(const char *progname);
/* A file name whose contents are data: a memfd, rewritten for each input. */
const char *fuzz_file(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
