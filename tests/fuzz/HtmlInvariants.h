#pragma once

#include <QByteArray>
#include <QString>

namespace newsroom::test {

// What every HTML fragment from MarkdownRenderer must satisfy, checked independently of the
// renderer's own code: only the tags and attributes it is meant to write (so no script,
// iframe, object, embed, no on* handler), every href and src on an allowed scheme (http,
// https, mailto or relative), tags properly nested and closed, no raw '<', '>' or stray '&'
// in text. Returns what is wrong, or an empty string.
QString htmlViolation(const QByteArray &html);

// The size every rendering must stay within for a Markdown source of `sourceBytes`.
qsizetype htmlSizeBound(qsizetype sourceBytes);

} // namespace newsroom::test
