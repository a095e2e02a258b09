/* faults.so, for LD_PRELOAD: makes the Nth call of read, write or close
 * fail, in the style of jq's fault tests.  ZP_FAULT=CALL:N[:ERRNO] names the
 * call, the count and the error (default EIO; a number, or ENOSPC, EPIPE,
 * EBADF).  When it fails a call it says so on standard error, as
 * "faults: CALL call N failed in OBJECT", OBJECT being the file of the code
 * that called (the filter, or a library such as libopencc), so that a test
 * knows the fault was met and whose it was.  fwrite counts as a write.
 * ZP_FAULT_FROM=TEXT counts only the calls made from an object whose file
 * name holds TEXT (libminizip: the writes of a workbook's zip file, not
 * those of libxlsxwriter's temporary files).  ZP_FAULT_IN=PROGRAM limits the
 * faults to that program, not the shell that starts it. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static struct {
    char call[8];
    long at, count;
    int error;
    const char *from;
    int ready; /* 0: ZP_FAULT not read yet; 1: read; -1: none or bad */
} fault;

static void read_setting(void)
{
    if (fault.ready)
        return;
    fault.ready = -1;
    const char *setting = getenv("ZP_FAULT");
    char error_name[16] = "";
    const char *only_in = getenv("ZP_FAULT_IN");
    if (!setting || sscanf(setting, "%7[a-z]:%ld:%15s", fault.call, &fault.at, error_name) < 2 ||
        (only_in && strcmp(only_in, program_invocation_short_name) != 0))
        return;
    fault.from = getenv("ZP_FAULT_FROM");
    fault.error = EIO;
    if (strcmp(error_name, "ENOSPC") == 0)
        fault.error = ENOSPC;
    else if (strcmp(error_name, "EPIPE") == 0)
        fault.error = EPIPE;
    else if (strcmp(error_name, "EBADF") == 0)
        fault.error = EBADF;
    else if (error_name[0] >= '0' && error_name[0] <= '9')
        fault.error = atoi(error_name);
    fault.ready = 1;
}

static ssize_t (*next_write)(int, const void *, size_t);

/* Whether this call of `call`, made from code at caller, is the one to
 * fail. */
static int fails(const char *call, const void *caller)
{
    read_setting();
    if (fault.ready != 1 || strcmp(call, fault.call) != 0)
        return 0;
    Dl_info info;
    const char *object = dladdr(caller, &info) && info.dli_fname ? info.dli_fname : "?";
    if ((fault.from && !strstr(object, fault.from)) || ++fault.count != fault.at)
        return 0;
    char note[512];
    int len = snprintf(note, sizeof note, "faults: %s call %ld failed in %s\n", call, fault.at,
                       object);
    if (len < 0 || (size_t)len >= sizeof note)
        len = (int)sizeof note - 1;
    if (!next_write)
        next_write = (ssize_t(*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
    if (next_write(STDERR_FILENO, note, (size_t)len) < 0)
        return 1; /* the note is lost; the fault still happens */
    return 1;
}

ssize_t read(int fd, void *buf, size_t n)
{
    static ssize_t (*next)(int, void *, size_t);
    if (!next)
        next = (ssize_t(*)(int, void *, size_t))dlsym(RTLD_NEXT, "read");
    if (fails("read", __builtin_return_address(0))) {
        errno = fault.error;
        return -1;
    }
    return next(fd, buf, n);
}

ssize_t write(int fd, const void *buf, size_t n)
{
    if (!next_write)
        next_write = (ssize_t(*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
    if (fd != STDERR_FILENO && fails("write", __builtin_return_address(0))) {
        errno = fault.error;
        return -1;
    }
    return next_write(fd, buf, n);
}

/* stdio writes reach write(2) inside the C library, past this file's
 * write(); a library that writes its output through stdio (minizip, for
 * to-xlsx) meets its faults here, counted as writes. */
size_t fwrite(const void *data, size_t size, size_t n, FILE *stream)
{
    static size_t (*next)(const void *, size_t, size_t, FILE *);
    if (!next)
        next = (size_t(*)(const void *, size_t, size_t, FILE *))dlsym(RTLD_NEXT, "fwrite");
    /* writing nothing cannot fail: not a call to count */
    if (stream != stderr && size * n > 0 && fails("write", __builtin_return_address(0))) {
        errno = fault.error;
        return 0;
    }
    return next(data, size, n, stream);
}

int close(int fd)
{
    static int (*next)(int);
    if (!next)
        next = (int (*)(int))dlsym(RTLD_NEXT, "close");
    if (fails("close", __builtin_return_address(0))) {
        /* the descriptor is closed all the same, as Linux does on EIO */
        next(fd);
        errno = fault.error;
        return -1;
    }
    return next(fd);
}
