/* A document's metadata for --meta: its title, publication date, source
 * and authors, read from the lines stripping has decided (mostly the
 * chrome it drops: labelled lines, bylines, datelines, mastheads) and from
 * the title it chose.  One TSV row per document. */
#ifndef META_H
#define META_H

#include "document.h"

/* The table's header line. */
#define META_HEADER "doc\ttitle\tdate\tsource\tauthor\n"

/* Appends the document's row to d->meta and, when d->explain is set, a row
 * there (action meta) for each line a field was read from.  Reads the lines
 * as stripping (document_decide, document_finish) left them; a document
 * without lines (a header alone) gets its row too, with empty fields. */
void meta_read(struct document *d);

#endif
