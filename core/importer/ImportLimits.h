#pragma once

#include "model/Article.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace newsroom {

// What an imported article may hold. Files come from anywhere, so both importers pass
// every article through enforce(): control characters out (a NUL or an ESC in a headline
// reaches the page, the feed and the terminal), and each field cut to a length no real
// article comes near. Cutting is noted, never silent.
class ImportLimits
{
    Q_DECLARE_TR_FUNCTIONS(ImportLimits)
public:
    // Characters (UTF-16 code units) per field.
    static constexpr qsizetype kHeadline = 300;
    static constexpr qsizetype kDek = 1000;
    static constexpr qsizetype kByline = 200;
    static constexpr qsizetype kDateline = 100;
    static constexpr qsizetype kSection = 100;
    static constexpr qsizetype kLanguage = 35; // the longest BCP 47 tag in use
    static constexpr qsizetype kDisclosure = 2000;
    static constexpr qsizetype kTag = 100;
    static constexpr qsizetype kUrl = 2048; // sources and related links
    static constexpr qsizetype kRelatedTitle = 300;
    static constexpr qsizetype kRelatedSummary = 1000;
    // Items per list.
    static constexpr qsizetype kTags = 50;
    static constexpr qsizetype kSources = 100;
    static constexpr qsizetype kRelated = 100;

    enum class Lines
    {
        Single,  // \n and \t become spaces
        Multiple // \n and \t stay
    };

    // Cleans `article` in place; one note (translated) for each field or list that was cut.
    // A headline left empty becomes "Untitled".
    static QStringList enforce(Article &article);
    // `text` without NUL, C0 and C1 control characters, DEL, Unicode noncharacters and U+FEFF
    // (a line break or tab is kept in Multiple, turned into a space in Single; a carriage
    // return is a line break); a lone surrogate (half a pair) becomes U+FFFD.
    static QString withoutControls(const QString &text, Lines lines);
};

} // namespace newsroom
