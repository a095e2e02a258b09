#define _GNU_SOURCE
#include "fuzz.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "zp.h"

static int input_fd = -1;
static char input_name[64];

void fuzz_init(const char *progname)
{
    zp_init(progname);
    int null = open("/dev/null", O_WRONLY);
    if (null < 0 || dup2(null, STDOUT_FILENO) < 0)
        zp_fatal("cannot send standard output to /dev/null");
    close(null);
    input_fd = memfd_create("fuzz-input", 0);
    if (input_fd < 0)
        zp_fatal("memfd_create failed");
    snprintf(input_name, sizeof input_name, "/proc/self/fd/%d", input_fd);
}

const char *fuzz_file(const uint8_t *data, size_t size)
{
    if (ftruncate(input_fd, 0) != 0 || (size > 0 && pwrite(input_fd, data, size, 0) != (ssize_t)size))
        zp_fatal("cannot write the input to the memfd");
    return input_name;
}
