#include "line.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "zp.h"

/* The separators of a row of links (| ｜) or of a breadcrumb (> » › ＞ →). */
static bool is_bar(uint32_t cp) { return cp == '|' || cp == 0xFF5C; }
static bool is_arrow(uint32_t cp)
{
    return cp == '>' || cp == 0x00BB || cp == 0x203A || cp == 0xFF1E || cp == 0x2192;
}

static bool is_opening_bracket(uint32_t cp)
{
    return cp == '(' || cp == '[' || cp == 0xFF08 /* （ */ || cp == 0x3010 /* 【 */ ||
           cp == 0x3014 /* 〔 */ || cp == 0x3016 /* 〖 */ || cp == 0xFF3B /* ［ */;
}

/* Leftover markup at the end: …</p>, …?/p>, …<br/>. */
static bool ends_in_markup(const unsigned char *s, size_t n)
{
    if (n < 3 || s[n - 1] != '>')
        return false;
    size_t from = n > 8 ? n - 8 : 0;
    for (size_t i = from; i + 1 < n; i++)
        if (s[i] == '/' || s[i] == '<')
            return true;
    return false;
}

void line_measure(struct features *f, const unsigned char *s, size_t n)
{
    *f = (struct features){0};
    uint32_t part = 0, last = 0;
    for (size_t at = 0; at < n;) {
        uint32_t cp;
        if (s[at] < 0x80)
            cp = s[at++];
        else
            at += zp_utf8_char(s + at, n - at, &cp);
        f->chars++;
        last = cp;
        if (cp >= 0x4E00 && cp <= 0x9FFF) { /* most of the text */
            f->han++;
            f->function += zp_is_function_char(cp);
            part++;
            continue;
        }
        switch (cp) {
        case ' ': f->spaces++; continue;
        case 0xFF0C: case 0x3001: case ',': f->commas++; break;         /* ，、, */
        case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF1B:             /* 。！？； */
        case '!': case '?': case ';': f->stops++; break;
        default:
            if (is_bar(cp) || is_arrow(cp)) {
                f->separators++;
                part = 0;
                continue;
            }
            if (zp_is_han(cp))
                f->han++;
            else if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
                f->latin++;
            else if (cp >= '0' && cp <= '9')
                f->digits++;
            break;
        }
        if (++part > f->longest_part)
            f->longest_part = part;
    }
    if (part > f->longest_part)
        f->longest_part = part;
    if (zp_ends_sentence(s, n)) {
        f->end = END_SENTENCE;
        /* the stop at the end is no stop inside */
        f->stops -= f->stops > 0 && (last == 0x3002 || last == 0xFF01 || last == 0xFF1F ||
                                      last == 0xFF1B || last == '!' || last == '?' || last == ';');
    } else if (zp_ends_open(s, n)) {
        f->end = END_OPEN;
        f->commas -= f->commas > 0 && last != 0x2014;
    } else if (ends_in_markup(s, n)) {
        f->end = END_MARKUP;
    }
    size_t enumerator_len;
    f->enumerator = zp_enumerator(s, n, &enumerator_len);
    f->enumerator_len = (uint8_t)enumerator_len;
    size_t label_len;
    f->label = zp_label(s, n, &label_len);
    f->label_len = (uint16_t)(label_len < UINT16_MAX ? label_len : UINT16_MAX);
    f->start = keywords_start(s, n);
    if (n > 0 && f->enumerator == ZP_ENUM_NONE) {
        uint32_t first;
        zp_utf8_char(s, n, &first);
        f->bracketed = is_opening_bracket(first);
    }
}

static bool is_parenthesised(const unsigned char *s, size_t n)
{
    uint32_t first, last;
    if (n < 2)
        return false;
    zp_utf8_char(s, n, &first);
    zp_utf8_last(s, n, &last);
    return (first == 0xFF08 || first == '(') && (last == 0xFF09 || last == ')');
}

/* A row of navigation or site names: four or more words of at most four
 * characters (or one Latin word each), with nothing but spaces between. */
static bool is_word_row(const unsigned char *s, size_t n)
{
    size_t words = 0, word = 0, letters = 0;
    for (size_t at = 0, len; at <= n; at += len) {
        uint32_t cp = ' ';
        len = at < n ? zp_utf8_char(s + at, n - at, &cp) : 1;
        if (cp == ' ') {
            if (word > 0 || letters > 0)
                words++;
            word = letters = 0;
            continue;
        }
        if (zp_is_han(cp)) {
            if (letters > 0 || ++word > 4)
                return false;
        } else if (((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') && word == 0) {
            letters++;
        } else {
            return false;
        }
    }
    return words >= 4;
}

/* A row of links joined by - or _ (site names, search terms): three or
 * more joints between words, and no punctuation. */
static bool is_link_row(const unsigned char *s, size_t n, const struct features *f)
{
    if (f->commas + f->stops > 0 || f->end == END_SENTENCE)
        return false;
    size_t joints = 0;
    for (size_t i = 1; i + 1 < n; i++)
        joints += (s[i] == '-' || s[i] == '_') && s[i - 1] != s[i] && s[i - 1] >= 0x80 &&
                  s[i + 1] >= 0x80;
    return joints >= 3;
}

static bool has_semicolon(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] == ';' || (s[i] == 0xEF && i + 2 < n && s[i + 1] == 0xBC && s[i + 2] == 0x9B))
            return true;
    return false;
}

/* A date stamp and, after it, no sentence: names, a weekday, counts. */
static bool is_date_led(const unsigned char *s, size_t n, const struct features *f)
{
    size_t date = zp_date_stamp(s, n);
    return date > 0 && f->commas == 0 && f->stops == 0 && f->end != END_SENTENCE &&
           zp_count_chars(s + date, n - date) <= 40;
}

enum line_class line_classify(const struct line *l, const char **rule)
{
    const struct features *f = &l->f;
    const unsigned char *s = l->text;
    size_t n = l->len, chars = f->chars;
    bool sentence = f->end == END_SENTENCE;
    *rule = NULL;
#define BAD(why) \
    do { \
        *rule = (why); \
        return CLASS_BAD; \
    } while (0)
    if (chars == f->spaces) {
        *rule = "blank";
        return CLASS_BLANK;
    }
    switch (f->start) {
    case KW_TEASER:
    case KW_DISCLAIMER:
        BAD(keyword_class_name(f->start));
    case KW_BREADCRUMB:
    case KW_PUBLICATION:
    case KW_PREVNEXT:
    case KW_PROMOTION:
        if (chars <= 2 * SHORT_MAX)
            BAD(keyword_class_name(f->start));
        break;
    case KW_BYLINE:
        if (chars <= 40 && (!sentence || chars <= 20))
            BAD("byline");
        break;
    case KW_CAPTION:
    case KW_EDITOR:
    case KW_SHARE:
    case KW_FONT:
        if (chars <= SHORT_MAX)
            BAD(keyword_class_name(f->start));
        break;
    default:
        break;
    }
    if (f->label != ZP_LABEL_NONE) {
        if (f->label_len >= n)
            BAD("label");
        /* an abstract is the article's own text; the rest of a page's
         * head is not */
        if (f->label != ZP_LABEL_ABSTRACT)
            BAD(zp_label_name(f->label));
    }
    /* a copyright or licence keyword drops a sentence too, unless the
     * sentence is long enough to be prose that names one */
    if (chars <= 150) {
        enum keyword_class rights = keywords_any_of(
            s, n, (1u << KW_COPYRIGHT) | (1u << KW_LICENCE) | (sentence ? 0 : 1u << KW_RIGHTS));
        if (rights != KW_NONE && (!sentence || chars <= SHORT_MAX || rights != KW_RIGHTS))
            BAD(keyword_class_name(rights));
    }
    if (is_link_row(s, n, f))
        BAD("links");
    if (line_is_affiliation(l))
        BAD("affiliation");
    /* key terms between semicolons are no prose anywhere: a sentence with
     * semicolons has longer clauses and function characters */
    if (chars <= 2 * SHORT_MAX && f->stops + sentence > 0 && has_semicolon(s, n) &&
        zp_is_term_list(s, n))
        BAD("keywords");
    if (chars <= SHORT_MAX && !sentence) {
        enum keyword_class any = keywords_any(s, n);
        if (any == KW_BYLINE && chars > HEADING_MAX)
            any = KW_NONE;
        if (any != KW_NONE)
            BAD(keyword_class_name(any));
        enum keyword_class row = keywords_token_row(s, n);
        if (row != KW_NONE)
            BAD(keyword_class_name(row));
        if (keywords_end(s, n, KW_CAPTION) != KW_NONE)
            BAD("caption");
        if (chars <= HEADING_MAX && keywords_end(s, n, KW_DISCLAIMER) != KW_NONE)
            BAD("disclaimer");
        if (f->separators >= 2 && f->longest_part <= 12)
            BAD("footer");
        if (f->separators >= 1 && f->longest_part <= 12 && f->enumerator == ZP_ENUM_NONE)
            BAD("breadcrumb");
        if (f->han == 0 && chars <= 40)
            BAD("no-text");
        if (is_date_led(s, n, f))
            BAD("date");
        if (zp_is_journal_issue(s, n))
            BAD("journal");
        if (is_parenthesised(s, n) && f->enumerator == ZP_ENUM_NONE)
            BAD("caption");
        if (is_word_row(s, n))
            BAD("navigation");
    }
#undef BAD
    /* Han text, not Latin: digits and marks count for neither */
    bool hanish = f->han > f->latin;
    uint32_t punct = f->commas + f->stops + sentence;
    /* prose ties its clauses with function characters, or runs to two
     * clauses and a sentence end */
    if (hanish && chars >= GOOD_MIN && f->han >= 15 &&
        ((punct >= 1 && f->function >= 1) || (punct >= 3 && sentence)))
        return CLASS_GOOD;
    if (hanish && f->han >= 4 &&
        (sentence || f->end == END_OPEN || f->end == END_MARKUP ||
         (punct >= 1 && f->function >= 1) || chars > HEADING_MAX ||
         (f->han >= 10 && f->function >= 2)))
        return CLASS_NEAR_GOOD;
    return CLASS_SHORT;
}

/* The Han characters of a name at the end (or the start) of s: 2 to 4, or
 * a surname and a given name spaced apart. */
static bool is_name(const unsigned char *s, size_t n)
{
    return n > 0 && n <= 4 * 3 + 1 && zp_is_names_row(s, n);
}

bool line_is_author(const struct line *l)
{
    const unsigned char *s = l->text;
    size_t n = l->len;
    if (l->f.end == END_SENTENCE || l->f.chars > 40 || l->f.spaces == 0)
        return false;
    /* a position, spaces, a name */
    const unsigned char *last_space = s + n;
    while (last_space > s && last_space[-1] != ' ')
        last_space--;
    const unsigned char *before = last_space;
    while (before > s && before[-1] == ' ')
        before--;
    if (before > s && is_name(last_space, (size_t)(s + n - last_space)) &&
        keywords_end(s, (size_t)(before - s), KW_POSITION) != KW_NONE)
        return true;
    /* a name (perhaps spaced), spaces, an office ending in a position */
    const unsigned char *space = memchr(s, ' ', n);
    size_t name_len = (size_t)(space - s);
    if (name_len == 3 && space + 4 <= s + n && space[1] >= 0xE0 && space[4] == ' ') {
        space += 4; /* 张 翼 */
        name_len = (size_t)(space - s);
    }
    return is_name(s, name_len) && keywords_end(s, n, KW_POSITION) != KW_NONE;
}

bool line_is_affiliation(const struct line *l)
{
    static const char *const institutions[] = {"大学", "学院", "研究", "党校", "大學", "學院", "黨校"};
    const unsigned char *s = l->text;
    size_t n = l->len;
    if (!is_parenthesised(s, n) || l->f.end == END_SENTENCE)
        return false;
    size_t digits = 0;
    for (size_t i = 0; i < n; i++) {
        digits = s[i] >= '0' && s[i] <= '9' ? digits + 1 : 0;
        if (digits == 6 && !(i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9'))
            return true;
    }
    for (size_t i = 0; i < sizeof institutions / sizeof institutions[0]; i++)
        for (size_t at = 0; at + 6 <= n; at++)
            if (memcmp(s + at, institutions[i], 6) == 0)
                return true;
    return false;
}

/* Opens with a number and a space (一 概述, 1 引言) or a bullet (- , • ):
 * a list item or a numbered heading, which zp_enumerator leaves alone. */
static bool opens_loosely_enumerated(const unsigned char *s, size_t n)
{
    uint32_t first;
    size_t len = zp_utf8_char(s, n, &first);
    if (first == '-' || first == 0x2022 /* • */ || first == 0x00B7 /* · */)
        return true;
    bool numeral = first == 0x4E00 || first == 0x4E8C || first == 0x4E09 || first == 0x56DB ||
                   first == 0x4E94 || first == 0x516D || first == 0x4E03 || first == 0x516B ||
                   first == 0x4E5D || first == 0x5341 || (first >= '0' && first <= '9');
    return numeral && len < n && s[len] == ' ';
}

bool line_may_be_title(const struct line *l)
{
    const struct features *f = &l->f;
    if (l->cls == CLASS_BAD || l->cls == CLASS_BLANK || f->han < 5 || f->chars > SHORT_MAX)
        return false;
    /* a title has one comma at most: more, and the line is prose */
    if (f->end == END_OPEN || f->end == END_MARKUP || f->stops > 0 || f->commas > 1)
        return false;
    if (f->end == END_SENTENCE) {
        uint32_t last;
        zp_utf8_last(l->text, l->len, &last);
        if (last != 0xFF1F && last != 0xFF01 && last != '?' && last != '!')
            return false;
    }
    if (f->enumerator != ZP_ENUM_NONE || f->label != ZP_LABEL_NONE || f->start != KW_NONE ||
        opens_loosely_enumerated(l->text, l->len))
        return false;
    if (f->chars <= 20 && keywords_end(l->text, l->len, KW_SITE) != KW_NONE)
        return false;
    return !zp_is_names_row(l->text, l->len) && zp_date_stamp(l->text, l->len) == 0;
}

bool line_is_open(const struct line *l)
{
    const struct features *f = &l->f;
    if (l->cls == CLASS_BAD || f->bracketed ||
        (f->label != ZP_LABEL_NONE && f->label != ZP_LABEL_ABSTRACT))
        return false;
    if (f->enumerator != ZP_ENUM_NONE)
        /* an enumerated paragraph, heading and text in one line, goes on
         * where the scrape broke it; an enumerated heading does not */
        return f->end == END_NONE && f->chars > LONG_ENUMERATED && f->stops > 0;
    return f->end == END_OPEN || (f->end == END_NONE && f->chars > HEADING_MAX);
}

bool line_may_continue(const struct line *l)
{
    const struct features *f = &l->f;
    return l->cls != CLASS_BAD && l->cls != CLASS_BLANK && f->enumerator == ZP_ENUM_NONE &&
           f->label == ZP_LABEL_NONE && !f->bracketed;
}

const char *line_class_name(enum line_class c)
{
    static const char *const names[] = {
        [CLASS_BLANK] = "blank", [CLASS_BAD] = "bad", [CLASS_SHORT] = "short",
        [CLASS_NEAR_GOOD] = "near-good", [CLASS_GOOD] = "good",
    };
    return names[c];
}

size_t line_describe(const struct line *l, char *out)
{
    static const char *const ends[] = {
        [END_NONE] = "none", [END_SENTENCE] = "sentence", [END_OPEN] = "open", [END_MARKUP] = "markup",
    };
    const struct features *f = &l->f;
    int len = snprintf(out, FEATURES_MAX,
                       "class=%s chars=%" PRIu32 " han=%" PRIu32 " function=%" PRIu32
                       " punct=%" PRIu32 " end=%s",
                       line_class_name(l->cls), f->chars, f->han, f->function, f->commas + f->stops,
                       ends[f->end]);
    if (len > 0 && f->enumerator != ZP_ENUM_NONE)
        len += snprintf(out + len, FEATURES_MAX - (size_t)len, " enumerated");
    if (len > 0 && f->label != ZP_LABEL_NONE)
        len += snprintf(out + len, FEATURES_MAX - (size_t)len, " label=%s", zp_label_name(f->label));
    if (len > 0 && f->start != KW_NONE)
        len += snprintf(out + len, FEATURES_MAX - (size_t)len, " keyword=%s",
                        keyword_class_name(f->start));
    return len > 0 ? (size_t)len : 0;
}
