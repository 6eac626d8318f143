#include "SafeFileName.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace newsroom::safefilename {

namespace {
// The context of this file's messages, at run time and in the catalogue.
struct SafeFileName
{
    Q_DECLARE_TR_FUNCTIONS(SafeFileName)
};

// C0 and C1 controls, DEL, and the line and paragraph separators: none belongs in a file
// name, and NUL would end it early (turning "README.md\0.html" into "README.md").
bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
           c.category() == QChar::Separator_Paragraph;
}
} // namespace

QString problem(const QString &name)
{
    if (name.isEmpty())
        return SafeFileName::tr("it is empty");
    if (!name.isValidUtf16())
        return SafeFileName::tr("it is not valid Unicode");
    for (QChar c : name) {
        if (isControl(c))
            return SafeFileName::tr("it holds a control character");
        if (c == QLatin1Char('/') || c == QLatin1Char('\\'))
            return SafeFileName::tr("it holds a / or \\");
    }
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return SafeFileName::tr("it is . or ..");
    if (name.startsWith(QLatin1Char('.')))
        return SafeFileName::tr("it starts with a dot (a hidden file)");
    // Exported sites get copied to Windows shares and zip files: a device name there (with
    // any extension) is not a file at all.
    static const QRegularExpression device(
        QStringLiteral("^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (device.match(name).hasMatch())
        return SafeFileName::tr("it is a name Windows reserves for a device");
    const qsizetype bytes = name.toUtf8().size();
    if (bytes > kMaxBytes)
        return SafeFileName::tr("it is %n byte(s) long; at most %1 are allowed", nullptr,
                                int(bytes))
            .arg(kMaxBytes);
    return {};
}

QString forDisplay(const QString &name)
{
    constexpr qsizetype kShown = 60;
    QString out;
    const QString shown = name.size() > kShown
                              ? name.left(kShown / 2) + QChar(0x2026) + name.right(kShown / 2)
                              : name;
    for (QChar c : shown) {
        if (isControl(c))
            out += c.unicode() < 0x100
                       ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                       : QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace newsroom::safefilename
