/* Reading a written workbook back.  libxlsxwriter writes every part of the
 * workbook to a temporary file first and does not check those writes, so a
 * full disk there would leave a part cut or holed, and the workbook broken,
 * without a word.  to-xlsx therefore reads the .xlsx file back: every part
 * must be well-formed XML, and every sheet must hold the rows written. */
#ifndef READBACK_H
#define READBACK_H

#include <stddef.h>
#include <stdint.h>

/* Checks the workbook at path, whose sheet k (1 for the first) must hold
 * rows[k - 1] rows.  Returns NULL when it is whole, else what is wrong, in
 * a static buffer. */
const char *readback_check(const char *path, const uint32_t *rows, size_t sheets);

#endif
