#include "readback.h"

#include <expat.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <unzip.h>

enum { CHUNK = 1 << 16 };

static char problem[512];

struct part {
    uint64_t rows;
    bool declared;
};

static void row_start(void *part, const XML_Char *name, const XML_Char **attributes)
{
    (void)attributes;
    /* libxlsxwriter writes the default namespace, so no prefix */
    if (strcmp(name, "row") == 0)
        ((struct part *)part)->rows++;
}

/* libxlsxwriter opens every part with an XML declaration: without it, the
 * part's first write was lost, though what follows is well-formed. */
static void declaration(void *part, const XML_Char *version, const XML_Char *encoding,
                        int standalone)
{
    (void)version, (void)encoding, (void)standalone;
    ((struct part *)part)->declared = true;
}

/* Parses the current part of zip as XML, counting its row elements. */
static bool check_part(unzFile zip, const char *name, struct part *part)
{
    static char buf[CHUNK];
    XML_Parser parser = XML_ParserCreate(NULL);
    if (!parser) {
        snprintf(problem, sizeof problem, "out of memory");
        return false;
    }
    XML_SetUserData(parser, part);
    XML_SetStartElementHandler(parser, row_start);
    XML_SetXmlDeclHandler(parser, declaration);
    bool ok = unzOpenCurrentFile(zip) == UNZ_OK;
    int n = 0;
    while (ok && (n = unzReadCurrentFile(zip, buf, sizeof buf)) > 0)
        ok = XML_Parse(parser, buf, n, 0) != XML_STATUS_ERROR;
    if (ok && n == 0)
        ok = XML_Parse(parser, buf, 0, 1) != XML_STATUS_ERROR;
    /* a bad CRC shows at the close of the part */
    bool whole = unzCloseCurrentFile(zip) == UNZ_OK && n >= 0;
    if (!whole)
        snprintf(problem, sizeof problem, "%s is damaged", name);
    else if (!ok)
        snprintf(problem, sizeof problem, "%s is not well-formed XML (line %lu: %s)", name,
                 (unsigned long)XML_GetCurrentLineNumber(parser),
                 XML_ErrorString(XML_GetErrorCode(parser)));
    else if (!part->declared)
        snprintf(problem, sizeof problem, "%s lost its XML declaration", name);
    XML_ParserFree(parser);
    return ok && whole && part->declared;
}

const char *readback_check(const char *path, const uint32_t *rows, size_t sheets)
{
    unzFile zip = unzOpen64(path);
    if (!zip)
        return "not a zip file";
    size_t found = 0;
    bool ok = true;
    for (int at = unzGoToFirstFile(zip); ok && at == UNZ_OK; at = unzGoToNextFile(zip)) {
        char part[256];
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(zip, &info, part, sizeof part, NULL, 0, NULL, 0) != UNZ_OK) {
            snprintf(problem, sizeof problem, "a part cannot be read");
            ok = false;
            break;
        }
        size_t len = strlen(part);
        if (len < 4 || (strcmp(part + len - 4, ".xml") != 0 && strcmp(part + len - 5, ".rels") != 0))
            continue;
        struct part held = {0};
        ok = check_part(zip, part, &held);
        unsigned sheet;
        char end;
        if (ok && sscanf(part, "xl/worksheets/sheet%u.xm%c", &sheet, &end) == 2 && end == 'l' &&
            sheet >= 1 && sheet <= sheets) {
            found++;
            if (held.rows != rows[sheet - 1]) {
                snprintf(problem, sizeof problem, "%s holds %llu rows where %u were written", part,
                         (unsigned long long)held.rows, rows[sheet - 1]);
                ok = false;
            }
        }
    }
    unzClose(zip);
    if (ok && found != sheets) {
        snprintf(problem, sizeof problem, "%zu of %zu sheets are there", found, sheets);
        ok = false;
    }
    return ok ? NULL : problem;
}
