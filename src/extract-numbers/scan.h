/* The scan of a paragraph: every run of numerals in it read as a quantity
 * and written as a record, or listed on --unmatched with the reason. */
#ifndef SCAN_H
#define SCAN_H

#include <stdbool.h>
#include <stddef.h>

/* Report numbers with no measure word too (--bare). */
extern bool scan_bare;

void scan_paragraph(const unsigned char *s, size_t n);

#endif
