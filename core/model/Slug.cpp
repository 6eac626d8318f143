#include "Slug.h"

namespace newsroom::slug {

namespace {
bool isSlugChar(QChar c)
{
    return c.isLetterOrNumber() && !c.isUpper();
}

// Latin letters lose their accents ("Café" -> "cafe"); other scripts keep their letters.
QString foldAccents(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.normalized(QString::NormalizationForm_C);
}
} // namespace

QString fromHeadline(const QString &headline)
{
    const QString folded = foldAccents(headline).toLower();
    QString out;
    bool pendingHyphen = false;
    for (QChar c : folded) {
        if (c == QLatin1Char('\'') || c == QChar(0x2019))
            continue; // "Korea's" -> "koreas", not "korea-s"
        if (!c.isLetterOrNumber()) {
            pendingHyphen = !out.isEmpty();
            continue;
        }
        if (out.size() >= kMaxLength)
            break;
        if (pendingHyphen && out.size() + 1 < kMaxLength)
            out.append(QLatin1Char('-'));
        pendingHyphen = false;
        out.append(c);
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("article") : out;
}

bool isValid(const QString &slug)
{
    if (slug.isEmpty() || slug.size() > kMaxLength)
        return false;
    if (slug.startsWith(QLatin1Char('-')) || slug.endsWith(QLatin1Char('-')))
        return false;
    QChar previous;
    for (QChar c : slug) {
        if (c == QLatin1Char('-')) {
            if (previous == QLatin1Char('-'))
                return false;
        } else if (!isSlugChar(c)) {
            return false;
        }
        previous = c;
    }
    return true;
}

QString withSuffix(const QString &slug, int n)
{
    const QString suffix = QLatin1Char('-') + QString::number(n);
    QString base = slug.left(kMaxLength - suffix.size());
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    return base + suffix;
}

} // namespace newsroom::slug
