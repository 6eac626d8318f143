#pragma once

#include <QComboBox>
#include <QTimer>

namespace newsroom {

class ArticleDocument;

// The article's language: an editable list of the languages the desk writes in, by their
// own names ("한국어 (ko)"), that also takes any BCP 47 tag typed ("pt-BR"). Left empty, the
// language is guessed from the text, and the guess shows in the empty field ("Guessed:
// Korean"), following the text as it changes. A choice goes to the document as one
// undoable step; what is no tag at all is not taken, and the field shows the article's
// language again.
class LanguageField : public QComboBox
{
    Q_OBJECT
public:
    static constexpr int kGuessDelay = 400; // ms after the text last changed

    explicit LanguageField(ArticleDocument &document, QWidget *parent = nullptr);

    // The language guessed from the text (empty when there is no text to guess from);
    // brought up to date first.
    QString guess();
    // The tag what was typed or picked stands for: "English (en)" and "English" are "en",
    // "de_ch" is "de-CH"; an empty text is the empty tag (guess), and a null string means
    // it is no tag.
    static QString tagFor(const QString &text);

private:
    void showLanguage();
    void updateGuess();
    void commit(const QString &text);
    void onPicked(int index);

    ArticleDocument &m_document;
    QString m_guess;
    QTimer m_guessTimer;
    bool m_showing = false; // set while the document's value is being shown
};

} // namespace newsroom
