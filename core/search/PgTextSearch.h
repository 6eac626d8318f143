#pragma once

#include "model/Article.h"

#include <QByteArray>
#include <QString>

namespace newsroom::pgtextsearch {

// The server archive's search terms are the app's own (MultilingualTokenizer: case and
// accent folding, Arabic normalisation, CJK bigrams), handed to PostgreSQL as they are:
// the text of a tsvector and of a tsquery, built here and read by the server's plain
// input functions, never re-parsed by to_tsvector (whose parser splits and stems words its
// own way and knows no CJK bigrams).

// Headline (weight A), dek (B), tags (C) and body (D) as tsvector text: 'term':1A,7D ...
// Positions count tokens, with a gap between fields so that no phrase spans two. Bounded
// as the server bounds a tsvector: positions stop at 16383, 256 a term, and what would take
// the terms and their positions past kMaxVectorBytes (under the server's 1 MB) is left out,
// so a 16 MB body still saves and its opening stays searchable.
QByteArray documentVector(const Article &article);
constexpr qsizetype kMaxVectorBytes = 960 * 1024;

// What the person typed (see parseSearchText) as tsquery text: 'harbour' & 'dredg':*,
// phrases and CJK runs as 'a' <-> 'b', OR as |, -excluded as & !(...). Empty when nothing
// searchable is left.
QString queryFor(const QString &userText);
// A looser query the GIN index answers alone, without reading any article's terms: each
// phrase as its tokens anywhere ('a' & 'b'), and excluded phrases left out (a position
// check needs every candidate's terms read). Every article queryFor matches, and more;
// the same text when the query holds no phrase.
QString candidatesFor(const QString &userText);

// One term quoted for a tsvector or tsquery: 'it''s'.
QString quotedTerm(QByteArrayView term);

} // namespace newsroom::pgtextsearch
