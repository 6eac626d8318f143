#include "Languages.h"

#include <QLocale>
#include <QStringList>
#include <algorithm>

namespace newsroom::languages {

const QList<Known> &known()
{
    static const QList<Known> list{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ko"), QStringLiteral("한국어")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("it"), QStringLiteral("Italiano")},
        {QStringLiteral("pt"), QStringLiteral("Português")},
        {QStringLiteral("nl"), QStringLiteral("Nederlands")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("zh"), QStringLiteral("中文")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
    };
    return list;
}

QString normalized(const QString &tag)
{
    const QString text = tag.trimmed();
    if (text.isEmpty() || text.size() > 35)
        return {};
    QStringList parts =
        QString(text).replace(QLatin1Char('_'), QLatin1Char('-')).split(QLatin1Char('-'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString &part = parts[i];
        if (part.isEmpty() || part.size() > 8)
            return {};
        for (const QChar c : part) {
            if (c.unicode() > 0x7f || !c.isLetterOrNumber())
                return {};
        }
        if (i == 0) {
            if (part.size() < 2 ||
                std::any_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); }))
                return {};
            part = part.toLower();
        } else if (part.size() == 4 && part.front().isLetter()) {
            part = part.left(1).toUpper() + part.mid(1).toLower(); // a script: "Hant"
        } else if (part.size() == 2 || (part.size() == 3 && part.front().isDigit())) {
            part = part.toUpper(); // a region: "US", "419"
        } else {
            part = part.toLower();
        }
    }
    return parts.join(QLatin1Char('-'));
}

QString primary(const QString &tag)
{
    return QString(tag.trimmed())
        .replace(QLatin1Char('_'), QLatin1Char('-'))
        .section(QLatin1Char('-'), 0, 0)
        .toLower();
}

QString englishName(const QString &tag)
{
    const QString base = primary(tag);
    const QLocale locale(base);
    if (base.isEmpty() || locale.language() == QLocale::C)
        return tag;
    return QLocale::languageToString(locale.language());
}

} // namespace newsroom::languages
