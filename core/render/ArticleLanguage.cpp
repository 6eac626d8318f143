#include "ArticleLanguage.h"

#include "i18n/LanguageGuess.h"
#include "i18n/Languages.h"

#include <QStringList>

namespace newsroom::language {

QString of(const Article &article)
{
    if (const QString tag = languages::normalized(article.language); !tag.isEmpty())
        return tag;
    const QString guess = languageguess::fromArticle(article);
    return guess.isEmpty() ? QStringLiteral("en") : guess;
}

bool isRightToLeft(const QString &languageTag)
{
    static const QStringList rtl{QStringLiteral("ar"), QStringLiteral("he"), QStringLiteral("fa"),
                                 QStringLiteral("ur"), QStringLiteral("yi"), QStringLiteral("ps")};
    return rtl.contains(languages::primary(languageTag));
}

} // namespace newsroom::language
