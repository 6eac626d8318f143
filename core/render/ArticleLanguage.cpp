#include "ArticleLanguage.h"

#include <QStringList>
#include <algorithm>
#include <array>

namespace newsroom::language {

namespace {
QString fromScript(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Hangul:
        return QStringLiteral("ko");
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return QStringLiteral("ja");
    case QChar::Script_Han:
        return QStringLiteral("zh");
    case QChar::Script_Arabic:
        return QStringLiteral("ar");
    case QChar::Script_Hebrew:
        return QStringLiteral("he");
    case QChar::Script_Cyrillic:
        return QStringLiteral("ru");
    case QChar::Script_Greek:
        return QStringLiteral("el");
    case QChar::Script_Thai:
        return QStringLiteral("th");
    case QChar::Script_Devanagari:
        return QStringLiteral("hi");
    default:
        return QStringLiteral("en");
    }
}
} // namespace

QString of(const Article &article)
{
    if (!article.language.trimmed().isEmpty())
        return article.language.trimmed();
    std::array<int, QChar::ScriptCount> letters{};
    const QString sample = article.headline + article.dek + article.body.left(2000);
    for (const uint cp : sample.toUcs4()) {
        if (cp >= 'A' && cp <= 'z')
            ++letters[QChar::Script_Latin]; // the common case, without a table lookup
        else if (QChar::isLetter(cp))
            ++letters[QChar::script(cp)];
    }
    // Japanese mixes Kana into Han text: any Kana at all means Japanese.
    if (letters[QChar::Script_Hiragana] + letters[QChar::Script_Katakana] > 0)
        return QStringLiteral("ja");
    const auto best = std::max_element(letters.begin(), letters.end());
    return fromScript(*best > 0 ? QChar::Script(best - letters.begin()) : QChar::Script_Latin);
}

bool isRightToLeft(const QString &languageTag)
{
    static const QStringList rtl{QStringLiteral("ar"), QStringLiteral("he"), QStringLiteral("fa"),
                                 QStringLiteral("ur"), QStringLiteral("yi"), QStringLiteral("ps")};
    return rtl.contains(languageTag.section(QLatin1Char('-'), 0, 0).toLower());
}

} // namespace newsroom::language
