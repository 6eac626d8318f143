#include "PageWords.h"

#include "i18n/Languages.h"

#include <array>

namespace newsroom {

namespace {

struct Table
{
    const char *language;
    std::array<const char *, 14> words; // in the order of PageWords::Word
};

// %1 stands for the names or the section. French puts a narrow no-break space before a
// colon (U+202F).
constexpr std::array kTables{
    Table{"en",
          {"Related Articles", "Sources", "By %1", "AI-generated content",
           "This article was generated with the help of AI.", "Published", "Updated",
           "Skip to the story", "Tags", "No articles yet.", "Latest news",
           "The latest articles, by section.", "More news", "Articles in %1"}},
    Table{"ko",
          {"관련 기사", "출처", "%1 기자", "AI 생성 콘텐츠",
           "이 기사는 AI의 도움을 받아 작성되었습니다.", "입력", "수정", "본문 바로가기", "태그",
           "아직 기사가 없습니다.", "최신 뉴스", "섹션별 최신 기사입니다.", "다른 뉴스",
           "%1 기사"}},
    Table{"ar",
          {"مقالات ذات صلة", "المصادر", "بقلم %1", "محتوى مُولَّد بالذكاء الاصطناعي",
           "أُعدّت هذه المقالة بمساعدة الذكاء الاصطناعي.", "نُشر في", "حُدّث في", "انتقل إلى المقال",
           "الوسوم", "لا توجد مقالات بعد.", "آخر الأخبار", "أحدث المقالات حسب القسم.", "أخبار أخرى",
           "مقالات في %1"}},
    Table{"de",
          {"Mehr zum Thema", "Quellen", "Von %1", "KI-generierter Inhalt",
           "Dieser Artikel wurde mithilfe von KI erstellt.", "Veröffentlicht am", "Aktualisiert am",
           "Zum Artikel springen", "Schlagwörter", "Noch keine Artikel.", "Neueste Nachrichten",
           "Die neuesten Artikel nach Ressort.", "Weitere Nachrichten", "Artikel zu %1"}},
    Table{"fr",
          {"À lire aussi", "Sources", "Par %1", "Contenu généré par IA",
           "Cet article a été rédigé avec l’aide de l’IA.", "Publié le", "Mis à jour le",
           "Aller à l’article", "Mots-clés", "Aucun article pour l’instant.",
           "Dernières actualités", "Les derniers articles, par rubrique.", "Autres actualités",
           "Articles\u202F: %1"}},
    Table{"es",
          {"Artículos relacionados", "Fuentes", "Por %1", "Contenido generado por IA",
           "Este artículo se redactó con ayuda de IA.", "Publicado el", "Actualizado el",
           "Ir al artículo", "Etiquetas", "Aún no hay artículos.", "Últimas noticias",
           "Los artículos más recientes, por sección.", "Más noticias", "Artículos en %1"}},
};

int tableFor(const QString &primary)
{
    for (size_t i = 0; i < kTables.size(); ++i) {
        if (primary == QLatin1StringView(kTables[i].language))
            return int(i);
    }
    return -1;
}

} // namespace

PageWords::PageWords(const QString &languageTag)
{
    const QString tag = languages::normalized(languageTag);
    const int table = tableFor(languages::primary(tag));
    m_table = std::max(table, 0);
    m_language = QString::fromLatin1(kTables[size_t(m_table)].language);
    // Dates in the article's own language even without a table (QLocale knows hundreds);
    // the C locale's dates are no one's.
    const QLocale locale(tag);
    m_locale = tag.isEmpty() || locale.language() == QLocale::C ? QLocale(m_language) : locale;
}

bool PageWords::hasWords(const QString &languageTag)
{
    return tableFor(languages::primary(languages::normalized(languageTag))) >= 0;
}

QString PageWords::word(Word word) const
{
    static_assert(std::tuple_size_v<decltype(Table::words)> == WordCount);
    return QString::fromUtf8(kTables[size_t(m_table)].words[size_t(word)]);
}

QString PageWords::relatedArticles() const
{
    return word(RelatedArticles);
}

QString PageWords::sources() const
{
    return word(Sources);
}

QString PageWords::byline(const QString &names) const
{
    return word(Byline).arg(names);
}

QString PageWords::aiLabel() const
{
    return word(AiLabel);
}

QString PageWords::aiDefaultText() const
{
    return word(AiDefaultText);
}

QString PageWords::published() const
{
    return word(Published);
}

QString PageWords::updated() const
{
    return word(Updated);
}

QString PageWords::skipToStory() const
{
    return word(SkipToStory);
}

QString PageWords::tags() const
{
    return word(Tags);
}

QString PageWords::noArticles() const
{
    return word(NoArticles);
}

QString PageWords::latestNews() const
{
    return word(LatestNews);
}

QString PageWords::latestNewsDescription() const
{
    return word(LatestNewsDescription);
}

QString PageWords::moreNews() const
{
    return word(MoreNews);
}

QString PageWords::articlesIn(const QString &name) const
{
    return word(ArticlesIn).arg(name);
}

QString PageWords::date(const QDateTime &time) const
{
    return m_locale.toString(time.date(), QLocale::LongFormat);
}

} // namespace newsroom
