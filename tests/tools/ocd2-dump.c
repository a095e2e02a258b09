/* ocd2-dump FILE.ocd2: every entry of an OpenCC dictionary as t2s's reader
 * sees it, KEY<TAB>FIRST-VALUE a line, for comparing with opencc_dict. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>

#include "ocd2.h"
#include "zp.h"

static void print(const char *key, size_t key_len, const char *value, size_t value_len,
                  void *context)
{
    (void)context;
    zp_write(key, key_len);
    zp_putc('\t');
    zp_write(value, value_len);
    zp_putc('\n');
}

int main(int argc, char **argv)
{
    zp_init(argv[0]);
    if (argc != 2)
        zp_usage_error("usage: ocd2-dump FILE.ocd2");
    char error[600];
    if (!ocd2_each_entry(argv[1], print, NULL, error, sizeof error))
        zp_error(NULL, "%s", error);
    zp_exit();
}
