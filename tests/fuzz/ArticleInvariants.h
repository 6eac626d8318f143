#pragma once

#include "model/Article.h"
#include "store/StoreError.h"

#include <QString>
#include <QStringList>

namespace newsroom::test {

// What every article an importer produces must satisfy, whatever the file held. Each check
// reports through fail() (FuzzCheck.h) with the kind named here.

// "headline": a headline is never empty (the importers fall back to "Untitled").
void checkHeadline(const Article &article);

// "nul:FIELD": no text field holds U+0000 (C code downstream would cut the text there).
// `extra` are more strings that end up in the archive (the related items' slugs).
void checkNoNul(const Article &article, const QStringList &extra = {});

// "amplification": the article's text is at most kAmplification times the file's
// (plus kAmplificationSlack): an importer may repeat text (a YAML alias names a value
// twice, a related blurb is also its title) but never multiply it without bound.
inline constexpr qsizetype kAmplification = 64;
inline constexpr qsizetype kAmplificationSlack = 64 * 1024;
void checkSize(const Article &article, qsizetype inputChars);

// "roundtrip:FIELD": what MarkdownArticle promises: writing the article as Markdown with
// front matter and reading that back gives every field an editor can set unchanged
// (headline, dek, slug, byline, dateline, section, language, tags, body, status,
// ai_generated, disclosure, sources, related items' title, summary and URL, created and
// published times to the second; the archive keeps whole seconds). Writing what was read
// back gives the same file again. One thing written on purpose differently: a published
// article without a publication time gets `date` from its creation time.
void checkRoundTrip(const Article &article);

// "refusal": a refused file (over FrontMatterLimits) says why on one line a person can read.
void checkRefusal(const StoreError &error);

// Every text field, for size and NUL checks, with its name.
QList<std::pair<QString, QString>> textFields(const Article &article);

} // namespace newsroom::test
