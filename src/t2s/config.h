/* t2s's OpenCC converter, opened from a configuration's name or path. */
#ifndef CONFIG_H
#define CONFIG_H

#include <opencc.h>
#include <stdbool.h>

#include "keys.h"

/* config: t2s, tw2s, tw2sp or hk2s (zhpipe's own configurations, with the
 * supplementary phrases), another NAME of an OpenCC configuration, or the
 * PATH of the user's own, to an opened converter; an unknown one is a usage
 * error.  With fast_path, and for zhpipe's own configurations only, *keys
 * gets what their dictionaries can change (NULL otherwise: all text then
 * goes to OpenCC). */
opencc_t config_open(const char *config, bool fast_path, struct keys **keys);

#endif
