/* A line alone: its features, measured once, and what they say of it
 * without its neighbours (a class, and for chrome the rule that names it).
 * document.c decides the rest from the neighbours. */
#ifndef LINE_H
#define LINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "keywords.h"
#include "repeats.h"
#include "text.h"

/* Shapes, in characters. */
enum {
    SHORT_MAX = 60,    /* chrome that a keyword names is short */
    GOOD_MIN = 25,     /* prose shorter than this is not good on its own */
    LONG_ENUMERATED = 60, /* an enumerated line longer than this is a paragraph */
};

/* Shapes that line.c and the files that judge a page by its neighbours
 * both measure against. */
enum {
    /* a title has five Han characters or more: a shorter line over the
     * text is a column's tag, a place or a button (专题, 河西街道, 返回) */
    TITLE_HAN_MIN = 5,
    /* a site's name, alone or after a title's _ or bar, runs to 20
     * characters (某某市某某区人民政府门户网站); a title that ends as a
     * site's name does and runs longer is a title */
    SITE_NAME_MAX = 20,
    /* a copyright or licence notice runs to 150 characters with the site's
     * name, address and licence numbers; a longer line that names them is
     * prose that mentions 版权 */
    RIGHTS_MAX = 150,
    /* beside the foot's chrome, a clause of the site's terms (1、凡本网注明…)
     * runs to 200 */
    RIGHTS_CLAUSE_MAX = 200,
    /* a field's label has one to six Han characters (来源, 发布机构,
     * 【活动时间】); a salutation before a colon runs longer
     * (各社区居民委员会：) */
    FIELD_LABEL_HAN_MAX = 6,
    /* a person's name: two to four Han characters, four only with a
     * surname of two (欧阳某某) */
    NAME_HAN_MAX = 4,
    /* an author's line, a position and names with no sentence end
     * (某某日报记者 张某 李某, 张 翼 某某研究院院长), runs to 40 characters;
     * a longer one is a sentence about them */
    AUTHOR_LINE_MAX = 40,
    /* credits after the text, in parentheses or alone on their line
     * ((某某街道 撰稿:某某 审核:某某), (文/某某 图/某某)), run to 40
     * characters; a longer group is the text's own aside */
    CREDIT_MAX = 40,
    /* a table of contents' label, spaced to a heading's width or not
     * (目 录, 本文目录), runs to 8 characters */
    CONTENTS_LABEL_MAX = 8,
};

/* What the line alone says, from worst to best.  Bad lines are chrome
 * whatever their neighbours; good lines are article whatever theirs; short
 * and near-good lines are judged by them. */
enum line_class {
    CLASS_BLANK,
    CLASS_BAD,
    CLASS_SHORT,     /* short, no sentence: a heading, a caption, a name */
    CLASS_NEAR_GOOD, /* prose, but short or thin: a short sentence, a piece */
    CLASS_GOOD,      /* Han prose of GOOD_MIN characters or more */
};

/* How the line ends. */
enum line_end {
    END_NONE,     /* no mark: a heading, or a piece the scrape cut */
    END_SENTENCE, /* 。！？…；: inside closing quotes or not */
    END_OPEN,     /* ， 、 , —: the sentence goes on */
    END_MARKUP,   /* leftover markup (…</p>, …?/p>): the paragraph was whole */
};

/* The features of a line.  Counts are of characters; Han characters are
 * those of U+4000 to U+9FFF (the common block and most of Extension A).
 * Every line gets the first ones; the details and the function
 * characters are counted when a decision needs them (short lines, and
 * --explain), so that a long paragraph costs one pass of vector compares. */
enum { FUNCTION_UNKNOWN = UINT32_MAX };
/* - _ [ space, a separator (| ｜ > » › ＞ →), and a middle dot (· ・), which
 * sets names apart as a space does */
enum { SEEN_DASH = 1, SEEN_UNDERSCORE = 2, SEEN_BRACKET = 4, SEEN_SPACE = 8, SEEN_SEPARATOR = 16,
       SEEN_MIDDLE_DOT = 32 };
struct features {
    uint32_t chars, han, latin;
    uint32_t commas; /* ， 、 , inside the line */
    uint32_t enumeration_commas; /* the 、 of commas */
    uint32_t stops;  /* 。！？；;!? inside the line, not at its end */
    uint32_t semicolons; /* ； ; */
    /* details (line_details) */
    uint32_t separators; /* | ｜ > » › ＞ → */
    uint32_t function;   /* 的 了 是 在 和 与 为 对 将 ... (line_function_chars) */
    uint16_t label_len;  /* the label's bytes, with brackets and colon */
    /* where the tails that repeats_check takes begin (repeats_tails),
     * found as the marks were counted, for a sentence of 2 * TAIL_MIN
     * characters or more (0: none; TAILS_UNKNOWN: not looked for) */
    uint16_t tail_at[TAILS_MAX];
    uint8_t seen;        /* what some checks need, as SEEN_ bits */
    bool detailed : 1;
    bool function_looked : 1; /* function counted while classifying */
    bool bracketed : 1;  /* opens with an opening bracket: 【 [ 〔 （ ( */
    bool empty_field : 1; /* a table's label alone (line_field), set by line_classify */
    /* a byte each: a document holds a record per line */
    enum line_end end : 8;
    enum zp_enumerator enumerator : 8;
    enum zp_label label : 8;          /* a front-matter label opening the line */
    enum keyword_class start : 8;     /* a `start` keyword opening the line */
};

/* What document.c has looked up in a line's text as classified (bits of
 * its LOOK_ values): kept in the memo of short lines with the features, so
 * that a line met again is not read again for them. */
struct looks {
    uint16_t known, found;
    uint8_t rights; /* the enum keyword_class of line_names_rights */
};

struct line {
    /* what the passes over a document read of most lines first, so that
     * they read one or two of the processor's cache lines of each */
    const char *rule; /* why it was dropped or joined; NULL: kept */
    enum line_class cls : 8;
    bool joined : 1; /* rule says why it continues the kept paragraph before it */
    bool title : 1;  /* the title or its subtitle */
    bool phrase : 1; /* a phrase of a lead set one to a line, kept whatever its neighbours */
    bool met_again : 1; /* its text was in the memo of short lines (document.c) */
    bool jumps : 1;     /* its paragraph goes on in another page ((下转二版)): nothing joins it */
    bool watermarked : 1; /* a site's watermark was cut from its end: its text, not raw, is the line */
    uint16_t passes;    /* the rules of document.c it may call for (PASS_ bits) */
    /* the memo slot of the text as classified (1 + its index; 0: none)
     * and the count of the slot's fills then, which tells whether it still
     * holds the line */
    uint32_t memo_fill;
    const unsigned char *text; /* what is kept: trimmed, or a joined paragraph */
    size_t len;
    struct features f;
    uint16_t memo_slot;
    struct looks looks;
    const unsigned char *raw; /* the line as read, followed by LF in the batch */
    size_t raw_len;
    uintmax_t number; /* in the input file */
};

/* Builds the tables of line_measure; call once, after keywords_init, before
 * any thread measures. */
void line_init(void);

/* Measures s[0, n) into f.  READ_PAST bytes after s + n are read (and not
 * counted): lines stand in a batch that has that many to spare after its
 * last line. */
enum { READ_PAST = 32 };
void line_measure(struct features *f, const unsigned char *s, size_t n);

/* The details of s[0, n), counted once into f. */
void line_details(struct features *f, const unsigned char *s, size_t n);
/* The function characters of s[0, n), counted once into f. */
uint32_t line_function_chars(struct features *f, const unsigned char *s, size_t n);

/* The class of the line from its features and text alone; for CLASS_BAD,
 * *rule names why. */
enum line_class line_classify(struct line *l, const char **rule);
/* A copyright or licence keyword in a line that chrome stands beside: its
 * class, or KW_NONE (document.c asks it of prose lines, which body text may
 * hold such a word in). */
enum keyword_class line_names_rights(const struct line *l);
/* The bytes of the spaces that indent s: ASCII, no-break (U+00A0) and
 * ideographic (U+3000).  Inline for the first byte, which for most lines
 * opens no space: the call cost 250,000 calls on 10 MB of fixture pages. */
/* Where a whole date of digits that ends s begins (…迈向典范2013.08.07,
 * …如何办...2022-1-5); n when none ends it. */
size_t line_date_at_end(const unsigned char *s, size_t n);
size_t line_indent_walk(const unsigned char *s, size_t n);
static inline size_t line_indent_len(const unsigned char *s, size_t n)
{
    if (n == 0 || (s[0] != ' ' && s[0] != 0xC2 && s[0] != 0xE3))
        return 0;
    return line_indent_walk(s, n);
}
/* A field of a notice, its label in 【】 and its value after a colon
 * (【活动地点】：社区广场). */
bool line_is_notice_field(const struct line *l);

/* Shapes that document.c asks of lines in a page's head. */
/* An author under a title: a position and a name (某某区委书记 张某某),
 * or a name and a position (张 翼 某某研究院院长), after a byline's mark
 * if any (□ 张某 某某社区党委书记). */
bool line_is_author(const struct line *l);
/* Where the title starts in a wire's line that sets it after the
 * dateline, 题 and a colon (新华社北京3月12日电 题：某某); 0 in any other
 * line. */
size_t line_wire_title(const unsigned char *s, size_t n);
/* An outlet's name alone on its line, of 2 to 12 Han characters (某某日报,
 * 某某新闻网, 某某客户端). */
bool line_is_outlet_name(const struct line *l);
/* s[0, n) is such a name and nothing else. */
bool line_names_outlet(const unsigned char *s, size_t n);
/* Where a note in brackets at s's end opens (伍某某(项目主管)); n when s
 * ends in none. */
size_t line_closing_note_at(const unsigned char *s, size_t n);
/* A university's journal by its name alone, its edition in brackets after
 * it or not (某某大学学报, 某某师范大学学报(社会科学版)): a masthead, no
 * title.  The bytes of the name without the edition; 0 when s is none. */
size_t line_journal_name_len(const unsigned char *s, size_t n);
/* The line is a government body's name alone (某某县统计局, 中共某某镇委员会),
 * which ends in a word a title seldom ends in. */
bool line_is_body_name(const struct line *l);
/* A credit alone on its line: an office's name, spaces, a name or a few
 * (某某社区  张某), as a government page signs its news after the text. */
bool line_is_office_credit(const struct line *l);
/* The bytes of the indent and a byline's mark (□ ◎ ◆ • ■) with the spaces
 * after it that open s. */
size_t line_byline_mark_len(const unsigned char *s, size_t n);
/* An author's note in a journal's head: a name, a note in brackets or
 * not, a comma and an office that ends in a position (某某(通讯作者)，某某
 * 大学公共管理学院讲师、硕士生导师); or a name, the year of birth and the
 * sex (某某(1986−),女,…). */
bool line_is_author_note(const struct line *l);
/* Opens as a writer's note without its label: a name, a comma, the
 * writer's sex and a comma (某某,男,1966年生,…). */
bool line_opens_as_writers_note(const struct line *l);
/* A row of names (zp_is_names_row), told from the features where they can
 * tell: they must be the line's as it is (not trimmed since measured). */
bool line_is_names_row(const struct line *l);
/* An affiliation: in parentheses, with a postcode or an institution
 * (（某某大学 公共管理学院,湖北 武汉 430079）). */
bool line_is_affiliation(const struct line *l);
/* Whether l is a section's number in Han numerals (一 to 十) and a word
 * that heads sections, their characters spaced to a heading's width or
 * not (一 引 言, 二 结 语). */
bool line_is_spaced_numbered_heading(const struct line *l);
/* Whether l is institutions and their departments between commas, Han
 * characters alone (某某大学某某研究院,社会与人口学院): a paper's
 * affiliation without brackets or postcode, in its head. */
bool line_is_institutions_row(const struct line *l);
/* An author's institution on its own line, numbered or not, its city's
 * postcode last (1. 某某职业技术学院, 佛山 528041;), as a journal's head
 * lists them one to a line. */
bool line_is_numbered_affiliation(const struct line *l);
/* A field of a table, alone on its line or with its value: a bullet or
 * none, a label of one to six Han characters, a colon (• 索引号：, 有效性:,
 * • 来源：某某科, - 积分:2639); a salutation (各社区居民委员会：) is longer.  When
 * label_end is not NULL, where the label's characters end in the text. */
enum line_field { FIELD_NONE, FIELD_VALUED, FIELD_EMPTY /* nothing after the colon */ };
enum line_field line_field(const struct line *l, size_t *label_end);
/* Ends a sentence with 。！？ or …, not with a colon. */
bool line_ends_in_stop(const struct line *l);
/* The bytes of the text before its last marks, closing quotes and spaces
 * (…供大家参考。 before 。). */
size_t line_before_last_marks(const struct line *l);
/* Ends as the name of a place or an organisation does (某某街道, 某某社区,
 * 某某日报, 某某办公室), which a name of three or four characters may look
 * like, and an issuer's line under a notice is. */
bool line_ends_as_organisation(const unsigned char *s, size_t n);
/* A numbered heading in English (1 Introduction, 2.1 Data and methods). */
bool line_is_english_heading(const unsigned char *s, size_t n);
/* Opens with an enumerator, or a number and a space (一 概述, 1 引言), or
 * a bullet, or ends with a farm's piece number (…述职报告 篇1): a list
 * item or a numbered heading. */
bool line_is_numbered(const struct line *l);
/* Opens with a notice's contact (联系人：某某 联系电话：…): its text's,
 * no chrome's fields. */
bool line_opens_with_contact(const unsigned char *s, size_t n);
/* Whom to ask: a contact's label and its value, after an office's name
 * or not (联系电话：…, 某某镇党政办公室 联系电话：…). */
bool line_gives_contact(const unsigned char *s, size_t n);
/* Whom a notice or a speech addresses, alone on its line before its text
 * (各村:, 各有关单位：, 同志们:, 某某代表:): the text's first line, which
 * continues no piece. */
bool line_is_salutation(const struct line *l);
/* The bars (| ｜) of the run of bars and spaces that ends s[0, n), as a
 * template leaves them after a title (…的公告 | ||||), and in *before where
 * the run starts. */
uint32_t line_bars_at_end(const unsigned char *s, size_t n, size_t *before);
/* The bytes of a site's address opening s, with the spaces after it
 * (http://www.某某.com.cn/2018年08月23日: up to its last slash, as the
 * date may be glued to it); 0 when none opens it. */
size_t line_site_address_len(const unsigned char *s, size_t n);
/* Whether s[0, n), which ends in a digit, ends in a telephone's number
 * after its label, with no clause before it (line_is_phone_row). */
bool line_ends_in_phone(const unsigned char *s, size_t n);
/* Ends in a document file's name (某某方案.docx, 某某.pdf). */
bool line_ends_in_document_name(const unsigned char *s, size_t n);
/* A row that ends in a telephone's number after its label (…举报电话:
 * 0898-88956837;88260019): contact, no prose, however long its label.
 * Asked of many lines, most of which end in no digit. */
static inline bool line_is_phone_row(const struct line *l)
{
    return l->len > 0 && (unsigned)(l->text[l->len - 1] - '0') < 10 && line_ends_in_phone(l->text, l->len);
}
/* A contact's label alone, the whole of s (咨询电话). */
bool line_is_contact_label(const unsigned char *s, size_t n);
/* Opens with a list's bullet (• , - ), indented or not; the bytes of the
 * indent, the bullet and the spaces after it (0 when none). */
bool line_opens_with_bullet(const struct line *l);
size_t line_bullet_len(const struct line *l);
/* A line of the page's data, no title's though it has a title's shape: a
 * site's address, or a date and a time in digits (某某日报 2023-06-14
 * 08:30 大字); a title may have the day glued to it, never the time. */
bool line_is_page_data(const struct line *l);
/* A title's shape: 5 or more Han characters, at most SHORT_MAX characters,
 * no sentence end but ？ or ！, not a list item, a site name, a label or a
 * tag in brackets. */
bool line_may_be_title(const struct line *l);
/* A line that prose continues on from: it ends open, or it is long and
 * ends in no mark. */
bool line_is_open(const struct line *l);
/* A database record's fields in a row, set apart by spaces, two or more
 * of them numbers (a page, an id, a date), one a date or an id, as an
 * e-paper's page keeps them: 某某日报 要闻 00015 某某标题 2015-11-18
 * 4074654 2.  A heading has one number at most.  The number of its dates
 * and ids; 0 for no record. */
size_t line_record_row_keys(const unsigned char *s, size_t n);
/* Where the parenthesised group that ends s begins; n when s ends in
 * none. */
size_t line_closing_group(const unsigned char *s, size_t n);
/* Where the names start after an office that opens s, a space between,
 * two names or more (某某市人大常委会 张某某 王某某 李某), as a report's
 * page sets its writers under its title; 0 when s is no such line.  One
 * name after an office is a roster's line or a credit. */
size_t line_office_names_at(const unsigned char *s, size_t n);
/* Where what follows a colon (: or ：) at s[at] and the spaces after it
 * starts; 0 when no colon stands there. */
size_t line_after_colon(const unsigned char *s, size_t n, size_t at);
/* A line that may be the next piece of a paragraph. */
bool line_may_continue(const struct line *l);
/* Whether l opens with a speaker's label (社区居民 姚琴:…, 郭某：…): a
 * transcript's turn, which ends with its line. */
bool line_opens_with_speaker(const struct line *l);
/* A line that opens with a lead's dateline (本报讯, 某某网讯 记者…,
 * 新华社某地6月27日电), a page's date stamp before it or not. */
bool line_opens_as_lead(const struct line *l);
/* Text copied from a page set in by a margin of spaces (a PDF's, a
 * flipbook's) breaks at the margin: line l, at the margin, goes on with
 * the open piece above it, at the margin or set in further as a
 * paragraph's first line; a line set in deeper than the margin opens a
 * paragraph. */
bool line_continues_at_margin(const struct line *open, const struct line *l);

/* The class's name, and the features as "name=value ..." for --explain,
 * written into out (room for FEATURES_MAX bytes); their length. */
enum { FEATURES_MAX = 200 };
const char *line_class_name(enum line_class c);
size_t line_describe(struct line *l, char *out);

#endif
