#include "TextSimilarity.h"

#include "search/MultilingualTokenizer.h"

#include <QByteArray>
#include <QSet>

namespace newsroom::textsimilarity {

namespace {
QSet<QByteArray> terms(const QString &text)
{
    QSet<QByteArray> set;
    MultilingualTokenizer::tokenize(text.toUtf8(), [&](const MultilingualTokenizer::Token &t) {
        set.insert(t.term.toByteArray());
        return true;
    });
    return set;
}
} // namespace

double termOverlap(const QString &a, const QString &b)
{
    const QSet<QByteArray> left = terms(a);
    const QSet<QByteArray> right = terms(b);
    if (left.isEmpty() || right.isEmpty())
        return 0;
    const qsizetype shared = QSet<QByteArray>(left).intersect(right).size();
    return double(shared) / double(left.size() + right.size() - shared);
}

} // namespace newsroom::textsimilarity
