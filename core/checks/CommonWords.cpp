#include "CommonWords.h"

#include <QByteArray>
#include <QSet>
#include <initializer_list>

namespace newsroom {

namespace {

QSet<QByteArray> setOf(std::initializer_list<const char *> words)
{
    QSet<QByteArray> set;
    for (const char *word : words)
        set.insert(QByteArray(word));
    return set;
}

// Word lists read better as paragraphs.
// clang-format off
const QSet<QByteArray> &commonWords()
{
    static const QSet<QByteArray> words = setOf({
        // English
        "the", "and", "but", "for", "nor", "yet", "with", "from", "into", "onto", "about", "after",
        "before", "over", "under", "than", "then", "are", "was", "were", "been", "being", "has",
        "have", "had", "having", "does", "did", "will", "would", "shall", "should", "can", "could",
        "may", "might", "must", "its", "this", "that", "these", "those", "she", "they", "them",
        "his", "her", "hers", "their", "theirs", "him", "our", "you", "your", "not", "also",
        "just", "only", "very", "more", "most", "some", "any", "all", "each", "both", "few",
        "other", "such", "own", "same", "too", "there", "here", "when", "where", "which", "who",
        "whom", "whose", "what", "why", "how", "while", "during", "against", "between", "through",
        "until", "since", "per", "via", "said", "says", "say", "told", "tell", "according", "one",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "new", "now",
        "still", "again", "even", "like", "well", "many", "much", "back", "around", "across",
        "near", "out", "off", "down", "because", "though", "although", "whether", "within",
        "without", "among", "another", "first", "last", "next", "year", "years", "week", "weeks",
        "day", "days", "time", "times", "people", "way", "make", "made", "take", "took", "get",
        "got", "going", "go", "went", "come", "came", "would", "don", "isn", "wasn", "didn", "won",
        "doesn", "let", "mr", "mrs", "ms", "dr", "st", "am", "pm", "report", "reports", "reported",
        "reportedly", "news", "story",
        // German
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
        "eines", "und", "oder", "aber", "auf", "aus", "bei", "mit", "nach", "von", "vom", "zum",
        "zur", "fur", "uber", "unter", "vor", "durch", "gegen", "ohne", "ist", "sind", "waren",
        "wird", "werden", "wurde", "wurden", "hat", "haben", "hatte", "hatten", "sein", "seine",
        "seiner", "seinen", "ihr", "ihre", "ihren", "ihrer", "sie", "wir", "sich", "nicht", "auch",
        "noch", "nur", "schon", "wie", "als", "dass", "wenn", "weil", "dort", "hier", "bis",
        "seit", "sowie", "sagte", "teilte", "mehr", "sehr", "alle", "allen", "diese", "dieser",
        "dieses", "kein", "keine", "nun", "jetzt", "heute", "gestern", "beim", "ins", "einem",
        "ab", "laut", "nachdem", "sollen", "soll", "kann", "konnen", "muss", "mussen",
        // French
        "les", "des", "une", "dans", "sur", "sous", "par", "pour", "avec", "sans", "aux", "cet",
        "cette", "ces", "qui", "que", "dont", "elle", "ils", "elles", "nous", "vous", "ses",
        "leur", "leurs", "est", "sont", "etait", "ete", "ont", "avait", "sera", "pas", "plus",
        "tres", "aussi", "comme", "selon", "apres", "avant", "entre", "depuis", "lors", "mais",
        "tout", "tous", "toute", "toutes", "fait", "faire", "peut", "deux", "trois", "notamment",
        "ainsi", "alors", "encore", "donc",
        // Spanish, Italian, Portuguese
        "los", "las", "del", "con", "por", "para", "una", "uno", "unos", "unas", "que", "sus",
        "fue", "han", "como", "mas", "pero", "sobre", "tras", "entre", "hasta", "desde", "este",
        "esta", "estos", "estas", "ese", "esa", "muy", "tambien", "segun", "dijo", "hay", "ser",
        "sido", "cuando", "donde", "gli", "della", "delle", "dei", "nel", "nella", "sono", "anche",
        "dos", "das", "nos", "nas", "pelo", "pela", "foi", "seu", "sua", "num", "numa", "ao",
        "aos",
        // Dutch
        "het", "een", "van", "voor", "met", "niet", "zijn", "werd", "worden", "ook", "naar", "bij",
        "door", "heeft", "hebben",
        // Arabic (letter variants as the tokenizer unifies them)
        "في", "من", "الي", "علي", "عن", "مع", "ان", "التي", "الذي", "الذين", "هذا", "هذه", "ذلك",
        "تلك", "كان", "كانت", "قد", "لا", "ما", "او", "ثم", "بعد", "قبل", "حتي", "كما", "وقد",
        "بين", "عند", "وفي", "وان", "ولا", "لم", "لن", "هو", "هي", "هم", "الا", "اذا", "فيه",
        "فيها", "منذ", "خلال", "وذلك", "حيث", "يوم", "اليوم", "قال", "وقال",
        // Korean: endings and particles, as the two-character terms they leave
        "했다", "한다", "있다", "이다", "에서", "으로", "하는", "했고", "하고", "있는", "밝혔", "혔다", "것으", "것이", "이번",
        "하지", "지만", "에게", "까지", "부터", "에는", "라고", "이라", "다고", "했으", "으며", "하며", "되었", "됐다", "된다",
        "지난", "오는", "통해", "대해", "위해", "따르", "르면", "면서", "이날", "이후", "등을", "등의", "했는", "는데", "있을",
        "것으", "로로", "하기", "했던", "되는", "되고", "있으", "으나", "나타", "타났",
        // Japanese and Chinese: particles and the commonest function characters
        "した", "して", "いる", "です", "ます", "する", "こと", "これ", "それ", "ため", "から", "まで", "など", "我们", "他们",
        "没有", "这个", "一个",
    });
    return words;
}

const QSet<QByteArray> &calendarWords()
{
    static const QSet<QByteArray> words = setOf({
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "januar", "februar", "marz", "juni", "juli", "oktober", "dezember", "lundi", "mardi",
        "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars",
        "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "enero",
        "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre",
    });
    return words;
}

// clang-format on

} // namespace

bool CommonWords::contains(QByteArrayView term)
{
    return commonWords().contains(term.toByteArray());
}

bool CommonWords::isCalendarWord(QByteArrayView term)
{
    return calendarWords().contains(term.toByteArray());
}

} // namespace newsroom
